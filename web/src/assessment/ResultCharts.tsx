import type { AssessmentResult, CategoryResult } from '@ocmf/standard';
import { accentStyle, categoryColorIndex } from '../framework/focus';
import { pluralize } from '../ui/format';

/**
 * The results at a glance. Each chart is a list of categories whose bars are drawn for sighted readers only; the
 * numbers beside them are text, so the same figures reach everyone, screen readers and print included.
 */

function Bar({ percent, variant }: { percent: number; variant: 'you' | 'focus' }) {
  return (
    <span className={`bar bar--${variant}`} aria-hidden="true">
      <span className="bar__fill" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
    </span>
  );
}

/** Your leadership time next to the release's Focus %, per category. */
export function TimeFocusChart({ categories }: { categories: readonly CategoryResult[] }) {
  return (
    <figure className="result-chart" aria-labelledby="time-chart-title" data-testid="time-focus-chart">
      <figcaption id="time-chart-title" className="result-chart__caption">
        Leadership time: yours today, next to OCMF’s Focus %
      </figcaption>
      <dl className="chart-rows">
        {categories.map((c, index) => (
          <div
            key={c.categoryKey}
            className="chart-row"
            style={accentStyle(categoryColorIndex(index))}
            data-testid={`time-${c.categoryKey}`}
          >
            <dt>{c.name}</dt>
            <dd className="chart-row__bar">
              <span className="chart-row__label">You</span>
              <Bar percent={c.timePercent ?? 0} variant="you" />
              <span className="chart-row__value">{c.timePercent === null ? 'not given' : `${c.timePercent}%`}</span>
            </dd>
            <dd className="chart-row__bar">
              <span className="chart-row__label">OCMF</span>
              <Bar percent={c.focusPercent} variant="focus" />
              <span className="chart-row__value">{c.focusPercent}%</span>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}

/** Coverage per category: tracked ÷ applicable, partly tracked counting half. */
export function CoverageChart({ categories }: { categories: readonly CategoryResult[] }) {
  return (
    <figure className="result-chart" aria-labelledby="coverage-chart-title" data-testid="coverage-chart">
      <figcaption id="coverage-chart-title" className="result-chart__caption">
        Coverage: the share of OCMF’s measures that apply to you which you track (partly tracked counts half)
      </figcaption>
      <dl className="chart-rows">
        {categories.map((c, index) => (
          <div
            key={c.categoryKey}
            className="chart-row"
            style={accentStyle(categoryColorIndex(index))}
            data-testid={`coverage-${c.categoryKey}`}
          >
            <dt>{c.name}</dt>
            <dd className="chart-row__bar">
              {c.coveragePercent === null ? (
                <span className="chart-row__none">{c.measureCount === 0 ? 'No measure to assess' : 'No measure applies to you'}</span>
              ) : (
                <>
                  <Bar percent={c.coveragePercent} variant="you" />
                  <span className="chart-row__value">
                    {c.coveragePercent}%{' '}
                    <span className="muted">
                      ({c.trackedCount} of {pluralize(c.applicableCount, 'measure')})
                    </span>
                  </span>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}

type UsageRow = { key: string; name: string; figures: Pick<CategoryResult, 'guidingPercent' | 'gradingPercent' | 'trackedCount'> };

/** Of the tracked measures, the share used for guiding, for grading, and not used: over all, then per category. */
export function UsageChart({ result }: { result: AssessmentResult }) {
  const rows: UsageRow[] = [
    { key: 'all', name: 'All categories', figures: result },
    ...result.categories.map((c) => ({ key: c.categoryKey, name: c.name, figures: c })),
  ];
  return (
    <figure className="result-chart" aria-labelledby="usage-chart-title" data-testid="usage-chart">
      <figcaption id="usage-chart-title" className="result-chart__caption">
        Guiding or grading: how the measures you track are used
      </figcaption>
      <p className="usage-legend" aria-hidden="true">
        <span className="usage-swatch usage--guiding" /> Guiding <span className="usage-swatch usage--grading" /> Grading{' '}
        <span className="usage-swatch usage--unused" /> Not used
      </p>
      <dl className="chart-rows">
        {rows.map(({ key, name, figures }) => {
          const guiding = figures.guidingPercent ?? 0;
          const grading = figures.gradingPercent ?? 0;
          return (
            <div key={key} className={`chart-row${key === 'all' ? ' chart-row--total' : ''}`} data-testid={`usage-${key}`}>
              <dt>{name}</dt>
              <dd className="chart-row__bar">
                {figures.trackedCount === 0 ? (
                  <span className="chart-row__none">Nothing tracked</span>
                ) : (
                  <>
                    <span className="bar bar--stacked" aria-hidden="true">
                      <span className="bar__segment usage--guiding" style={{ width: `${guiding}%` }} />
                      <span className="bar__segment usage--grading" style={{ width: `${grading}%` }} />
                    </span>
                    <span className="chart-row__value">
                      {guiding}% guiding, {grading}% grading{' '}
                      <span className="muted">({pluralize(figures.trackedCount, 'measure')} tracked)</span>
                    </span>
                  </>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </figure>
  );
}
