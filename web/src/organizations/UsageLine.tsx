import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';

export const UsageLine_query = graphql(`
  fragment UsageLine_query on Query {
    usageCounts {
      organizations
      products
    }
  }
`);

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Used by N organisations, implemented in M products", linking the adopters and the implementations. */
export function UsageLine(props: { query: FragmentType<typeof UsageLine_query> }) {
  const { usageCounts } = useFragment(UsageLine_query, props.query);
  return (
    <p data-testid="usage-line">
      Used by <Link to="/adopters">{count(usageCounts.organizations, 'organisation', 'organisations')}</Link>, implemented in{' '}
      <Link to="/implementations">{count(usageCounts.products, 'product', 'products')}</Link>.
    </p>
  );
}
