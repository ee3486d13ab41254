import { type FragmentType, graphql, useFragment } from '../gql';
import { accentStyle, categoryColorIndex } from '../framework/focus';
import { formatDate } from '../ui/format';
import { PROGRESS_LIMIT, progressSeries } from './progress';

export const ProgressChart_assessments = graphql(`
  fragment ProgressChart_assessments on Assessment {
    id
    completedAt
    releaseVersion
    result {
      categories {
        categoryKey
        name
        coveragePercent
      }
    }
  }
`);

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * Coverage per category across your completed assessments, oldest on the left: one small chart per category, so
 * each reads at a glance. The bars are for sighted readers; the table under them holds the same numbers.
 */
export function ProgressChart(props: { assessments: FragmentType<typeof ProgressChart_assessments>[] }) {
  const assessments = useFragment(ProgressChart_assessments, props.assessments);
  const { columns, series } = progressSeries(assessments);
  if (columns.length === 0) return <p className="muted">Complete an assessment to start following your progress.</p>;
  return (
    <figure className="progress-chart" aria-labelledby="progress-caption" data-testid="progress-chart">
      <figcaption id="progress-caption" className="result-chart__caption">
        {columns.length === 1
          ? 'Coverage per category in your completed assessment'
          : `Coverage per category in your ${columns.length >= PROGRESS_LIMIT ? `${PROGRESS_LIMIT} most recent` : columns.length} completed assessments, oldest first`}
      </figcaption>
      <div className="progress-chart__grid" aria-hidden="true">
        {series.map((s, index) => {
          const latest = s.points.at(-1)?.coveragePercent ?? null;
          return (
            <div key={s.categoryKey} className="progress-chart__series" style={accentStyle(categoryColorIndex(index))}>
              <span className="progress-chart__name">{s.name}</span>
              <span className="progress-chart__bars">
                {s.points.map((point) => (
                  <span key={point.assessmentId} className="progress-chart__slot">
                    {point.coveragePercent === null ? (
                      <span className="progress-chart__none">–</span>
                    ) : (
                      <span className="progress-chart__bar" style={{ height: `${Math.max(point.coveragePercent, 2)}%` }} />
                    )}
                  </span>
                ))}
              </span>
              <span className="progress-chart__latest">{latest === null ? '–' : `${latest}%`}</span>
            </div>
          );
        })}
        <div className="progress-chart__series progress-chart__axis">
          <span />
          <span className="progress-chart__bars">
            {columns.map((column) => (
              <span key={column.assessmentId} className="progress-chart__slot">
                {shortDate.format(new Date(column.completedAt))}
              </span>
            ))}
          </span>
          <span />
        </div>
      </div>
      <details className="progress-chart__table">
        <summary>The numbers</summary>
        <div className="table-scroll" role="region" aria-label="Coverage per category and assessment" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Category</th>
                {columns.map((column) => (
                  <th key={column.assessmentId} scope="col">
                    <time dateTime={column.completedAt}>{formatDate(column.completedAt)}</time>
                    <span className="muted"> v{column.releaseVersion}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((s) => (
                <tr key={s.categoryKey}>
                  <th scope="row">{s.name}</th>
                  {s.points.map((point) => (
                    <td key={point.assessmentId} className="numeric">
                      {point.coveragePercent === null ? 'n/a' : `${point.coveragePercent}%`}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
