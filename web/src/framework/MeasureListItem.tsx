import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { MeasureStatusBadge } from './MeasureStatusBadge';
import './framework.css';

export const MeasureListItem_measure = graphql(`
  fragment MeasureListItem_measure on Measure {
    key
    name
    status
    definition
    unit
  }
`);

type MeasureListItemProps = { measure: FragmentType<typeof MeasureListItem_measure> };

/** One measure in a list: its name (linking to its page), status and definition. */
export function MeasureListItem(props: MeasureListItemProps) {
  const measure = useFragment(MeasureListItem_measure, props.measure);
  return (
    <li className={`measure-item${measure.status === 'RETIRED' ? ' measure-item--retired' : ''}`} data-testid="measure-item">
      <div className="measure-item__head">
        <Link to={`/measures/${encodeURIComponent(measure.key)}`} className="measure-item__name">
          {measure.name}
        </Link>
        <MeasureStatusBadge status={measure.status} />
      </div>
      <p className="measure-item__definition">{measure.definition}</p>
      <p className="measure-item__meta">Unit: {measure.unit}</p>
    </li>
  );
}
