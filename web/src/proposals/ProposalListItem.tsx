import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { PersonLink } from '../people/PersonLink';
import { pluralize } from '../ui/format';
import { Time } from '../ui/Time';
import { ProposalStatusBadge } from './ProposalStatusBadge';
import './proposals.css';

export const ProposalListItem_proposal = graphql(`
  fragment ProposalListItem_proposal on Proposal {
    number
    title
    status
    commentCount
    lastActivityAt
    touchedCategories
    author {
      id
      ...PersonLink_person
    }
  }
`);

type ProposalListItemProps = {
  proposal: FragmentType<typeof ProposalListItem_proposal>;
  /** Category names by key, in the framework's order, to say which categories a proposal touches. */
  categoryNames: ReadonlyMap<string, string>;
};

/** One proposal in the list: number, title, status, author, discussion size, last activity, categories touched. */
export function ProposalListItem(props: ProposalListItemProps) {
  const proposal = useFragment(ProposalListItem_proposal, props.proposal);
  // In the framework's order (the map's), not the API's alphabetical one.
  const order = [...props.categoryNames.keys()];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const touched = [...proposal.touchedCategories].sort((a, b) => rank(a) - rank(b)).map((key) => props.categoryNames.get(key) ?? key);
  return (
    <li className="proposal-item" data-testid="proposal-item">
      <div className="proposal-item__head">
        <h2 className="proposal-item__title">
          <Link to={`/proposals/${proposal.number}`}>
            <span className="proposal-item__number">#{proposal.number}</span> {proposal.title}
          </Link>
        </h2>
        <ProposalStatusBadge status={proposal.status} />
      </div>
      <p className="proposal-item__meta">
        <span>
          by <PersonLink person={proposal.author} />
        </span>
        <span data-testid="comment-count">{pluralize(proposal.commentCount, 'comment')}</span>
        <span>
          Last activity <Time value={proposal.lastActivityAt} show="relative" />
        </span>
      </p>
      {touched.length > 0 ? (
        <p className="proposal-item__touches">
          <span className="muted">Touches:</span> <span data-testid="touched-categories">{touched.join(', ')}</span>
        </p>
      ) : null}
    </li>
  );
}
