import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { audienceLabel, directionLabel, statusExplanation, statusLabel } from './labels';

export const MeasureFacts_measure = graphql(`
  fragment MeasureFacts_measure on Measure {
    audience
    formula
    unit
    direction
    status
    aliases
    category {
      key
      name
    }
  }
`);

type MeasureFactsProps = { measure: FragmentType<typeof MeasureFacts_measure> };

/** The reference facts of a measure, as a description list. */
export function MeasureFacts(props: MeasureFactsProps) {
  const measure = useFragment(MeasureFacts_measure, props.measure);
  return (
    <dl className="facts" data-testid="measure-facts">
      <div>
        <dt>Category</dt>
        <dd>
          <Link to={`/categories/${encodeURIComponent(measure.category.key)}`}>{measure.category.name}</Link>
        </dd>
      </div>
      <div>
        <dt>Suggested for</dt>
        <dd data-testid="measure-audience">{audienceLabel(measure.audience)}</dd>
      </div>
      <div>
        <dt>Unit</dt>
        <dd data-testid="measure-unit">{measure.unit}</dd>
      </div>
      <div>
        <dt>Direction</dt>
        <dd data-testid="measure-direction">{directionLabel(measure.direction)}</dd>
      </div>
      <div>
        <dt>Formula</dt>
        <dd data-testid="measure-formula">
          {measure.formula ? (
            <code className="formula">{measure.formula}</code>
          ) : (
            <span className="muted">No formula: this measure comes from a survey or a judgement.</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd data-testid="measure-status">
          {statusLabel(measure.status)}. {statusExplanation(measure.status)}
        </dd>
      </div>
      <div>
        <dt>Also called</dt>
        <dd data-testid="measure-aliases">
          {measure.aliases.length > 0 ? measure.aliases.join(', ') : <span className="muted">No other names.</span>}
        </dd>
      </div>
    </dl>
  );
}
