import { useId } from 'react';
import { describeImprovement, formatValue } from './case-study-form';

type Outcome = {
  measureKey: string;
  measureName: string;
  unit: string;
  before: number;
  after: number;
  improvementPercent: number | null;
};

const WIDTH = 640;
const LABEL = 200;
const BAR = 300;
const ROW = 64;

/**
 * Baseline against result for each measure, each row scaled to its own larger value (the units differ). A small
 * SVG for sighted readers, named and described as one image, with every figure also in its text.
 */
export function OutcomeChart({ outcomes, title }: { outcomes: readonly Outcome[]; title: string }) {
  const id = useId();
  if (outcomes.length === 0) return null;
  const height = outcomes.length * ROW + 8;
  const description = outcomes
    .map((o) => {
      const change = describeImprovement(o.improvementPercent);
      return `${o.measureName}: from ${formatValue(o.before, o.unit)} to ${formatValue(o.after, o.unit)}${change ? `, ${change}` : ''}.`;
    })
    .join(' ');
  return (
    <figure className="outcome-chart" data-testid="outcome-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {outcomes.map((outcome, index) => {
          const top = index * ROW + 4;
          const scale = Math.max(Math.abs(outcome.before), Math.abs(outcome.after)) || 1;
          const width = (value: number) => Math.max(2, (Math.abs(value) / scale) * BAR);
          const change = describeImprovement(outcome.improvementPercent);
          return (
            <g key={outcome.measureKey}>
              <text x={0} y={top + 16} className="outcome-chart__measure">
                {outcome.measureName.length > 28 ? `${outcome.measureName.slice(0, 27)}…` : outcome.measureName}
              </text>
              {change ? (
                <text
                  x={0}
                  y={top + 36}
                  className={`outcome-chart__change outcome-chart__change--${changeTone(outcome.improvementPercent)}`}
                >
                  {change}
                </text>
              ) : null}
              <rect x={LABEL} y={top + 4} width={width(outcome.before)} height={20} className="outcome-chart__before" />
              <text x={LABEL + width(outcome.before) + 6} y={top + 19} className="outcome-chart__value">
                Before {formatValue(outcome.before, '')}
              </text>
              <rect x={LABEL} y={top + 30} width={width(outcome.after)} height={20} className="outcome-chart__after" />
              <text x={LABEL + width(outcome.after) + 6} y={top + 45} className="outcome-chart__value">
                After {formatValue(outcome.after, '')}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

const changeTone = (percent: number | null) => (percent === null || percent === 0 ? 'neutral' : percent > 0 ? 'better' : 'worse');

type Summary = {
  count: number;
  improved: number;
  worsened: number;
  unchanged: number;
  unknown: number;
  medianImprovementPercent: number | null;
};

/** How the case studies of one measure went: a bar split into improved, unchanged, worse and unknown, and the median. */
export function OutcomeSummaryChart({ summary, measureName }: { summary: Summary; measureName: string }) {
  const id = useId();
  if (summary.count === 0) return null;
  const parts = [
    { key: 'improved', label: 'improved', count: summary.improved },
    { key: 'unchanged', label: 'unchanged', count: summary.unchanged },
    { key: 'worsened', label: 'worse', count: summary.worsened },
    { key: 'unknown', label: 'cannot say', count: summary.unknown },
  ].filter((part) => part.count > 0);
  const median = describeImprovement(summary.medianImprovementPercent);
  const text = `${parts.map((part) => `${part.count} ${part.label}`).join(', ')}${median ? `; median change ${median}` : ''}.`;
  let x = 0;
  return (
    <figure className="outcome-summary" data-testid="outcome-summary">
      <svg viewBox="0 0 400 24" role="img" aria-labelledby={`${id}-title`} width="100%" preserveAspectRatio="none">
        <title
          id={`${id}-title`}
        >{`Outcomes of ${measureName} in ${summary.count} case ${summary.count === 1 ? 'study' : 'studies'}: ${text}`}</title>
        {parts.map((part) => {
          const width = (part.count / summary.count) * 400;
          const rect = <rect key={part.key} x={x} y={0} width={width} height={24} className={`outcome-summary__${part.key}`} />;
          x += width;
          return rect;
        })}
      </svg>
      <figcaption>
        {parts.map((part) => (
          <span key={part.key} className="outcome-summary__legend">
            <span className={`outcome-summary__swatch outcome-summary__${part.key}`} aria-hidden="true" /> {part.count} {part.label}
          </span>
        ))}
        {median ? <strong className="outcome-summary__median"> Median change: {median}</strong> : null}
      </figcaption>
    </figure>
  );
}
