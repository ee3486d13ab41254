import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { ProposalStatusBadge } from './ProposalStatusBadge';

export const ProposalLinks_proposals = graphql(`
  fragment ProposalLinks_proposals on Proposal {
    id
    number
    title
    status
  }
`);

type ProposalLinksProps = { proposals: readonly FragmentType<typeof ProposalLinks_proposals>[]; testId: string };

/** Proposals as a list of links ("#3 Give Business more focus"), each with its status. */
export function ProposalLinks(props: ProposalLinksProps) {
  const proposals = useFragment(ProposalLinks_proposals, props.proposals);
  return (
    <ul className="tight-list" data-testid={props.testId}>
      {proposals.map((proposal) => (
        <li key={proposal.id}>
          <Link to={`/proposals/${proposal.number}`}>
            #{proposal.number} {proposal.title}
          </Link>{' '}
          <ProposalStatusBadge status={proposal.status} />
        </li>
      ))}
    </ul>
  );
}
