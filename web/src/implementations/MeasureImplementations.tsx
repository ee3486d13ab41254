import { IMPLEMENTATION_STATUS_LABELS } from '@ocmf/standard';
import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import './implementations.css';

export const MeasureImplementations_measure = graphql(`
  fragment MeasureImplementations_measure on Measure {
    key
    implementations {
      status
      releaseVersion
      product {
        id
        name
        organization {
          id
          name
        }
      }
    }
  }
`);

/** "Implemented by N products", with their names: the products whose report supports the measure. */
export function MeasureImplementations(props: { measure: FragmentType<typeof MeasureImplementations_measure> }) {
  const measure = useFragment(MeasureImplementations_measure, props.measure);
  const count = measure.implementations.length;
  return (
    <section className="page-section" aria-labelledby="implementations-title" data-testid="measure-implementations">
      <h2 id="implementations-title">
        Implemented by {count} {count === 1 ? 'product' : 'products'}
      </h2>
      {count > 0 ? (
        <ul className="tight-list">
          {measure.implementations.map((implementation) => (
            <li key={implementation.product.id}>
              <Link to={`/products/${implementation.product.id}`}>{implementation.product.name}</Link> by{' '}
              <Link to={`/organizations/${implementation.product.organization.id}`}>{implementation.product.organization.name}</Link>:{' '}
              {IMPLEMENTATION_STATUS_LABELS[implementation.status]} (release {implementation.releaseVersion})
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          No product reports implementing it yet. <Link to="/implementations">See every implementation</Link>.
        </p>
      )}
    </section>
  );
}
