import { useId } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import { BreakableName } from '../ui/BreakableName';
import { accentStyle, focusSegments, focusTotal } from './focus';
import './framework.css';

export const FocusChart_categories = graphql(`
  fragment FocusChart_categories on Category {
    key
    name
    focusPercent
  }
`);

type FocusChartProps = { categories: FragmentType<typeof FocusChart_categories>[] };

/**
 * Focus % as one horizontal bar split by category. The bar is decoration for sighted readers; the table
 * under it carries the same numbers (and the total) for everyone, including screen readers.
 */
export function FocusChart(props: FocusChartProps) {
  const categories = useFragment(FocusChart_categories, props.categories);
  const segments = focusSegments(categories);
  const total = focusTotal(categories);
  const captionId = useId();
  return (
    <figure className="focus-chart" data-testid="focus-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="focus-chart__caption">
        Focus % by category: the share of leadership time to spend on each
      </figcaption>
      <div className="focus-chart__bar" aria-hidden="true">
        {segments.map((segment) => (
          <div
            key={segment.key}
            className="focus-chart__segment"
            style={{ ...accentStyle(segment.colorIndex), width: `${segment.focusPercent}%` }}
            title={`${segment.name}: ${segment.focusPercent}%`}
          >
            {segment.focusPercent >= 8 ? <span>{segment.focusPercent}%</span> : null}
          </div>
        ))}
      </div>
      <table className="focus-table">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="numeric">
              Focus %
            </th>
          </tr>
        </thead>
        <tbody>
          {segments.map((segment) => (
            <tr key={segment.key}>
              <th scope="row">
                <span className="swatch" style={accentStyle(segment.colorIndex)} aria-hidden="true" />
                <BreakableName name={segment.name} />
              </th>
              <td className="numeric">{segment.focusPercent}%</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="numeric" data-testid="focus-total">
              {total}%
            </td>
          </tr>
        </tfoot>
      </table>
      {total !== 100 ? (
        <p className="notice" role="note">
          These shares add up to {total}%, not 100%: the data is inconsistent. Please report it.
        </p>
      ) : null}
    </figure>
  );
}
