import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import { PersonLink } from '../people/PersonLink';
import { Badge } from '../ui/Badge';
import { describeError } from '../ui/graphql-errors';
import { Time } from '../ui/Time';
import { choiceLabel } from './voting-rules';
import './voting.css';

// The history grows with every change of vote: the page shows 20 entries at a time (here and in VoteHistoryMore).
export const VoteHistory_voting = graphql(`
  fragment VoteHistory_voting on Voting {
    id
    votes {
      castAt
      voter {
        id
      }
    }
    historyPage(first: 20) {
      ...VoteHistory_page
    }
  }
`);

export const VoteHistory_page = graphql(`
  fragment VoteHistory_page on VoteHistoryPage {
    totalCount
    changedCount
    hasNextPage
    endCursor
    nodes {
      choice
      rationale
      castAt
      current
      voter {
        id
        ...PersonLink_person
      }
    }
  }
`);

/** The next page of a vote history; the cache appends it to the ballot's (see apollo-client.ts). */
export const VoteHistoryMoreQuery = graphql(`
  query VoteHistoryMore($number: Int!, $after: ID!) {
    proposal(number: $number) {
      id
      voting {
        id
        historyPage(first: 20, after: $after) {
          ...VoteHistory_page
        }
      }
    }
  }
`);

/** Every vote as it was cast, oldest first, a page at a time; a vote its voter later changed is marked as such. */
export function VoteHistory(props: { voting: FragmentType<typeof VoteHistory_voting>; proposalNumber: number }) {
  const { historyPage, votes } = useFragment(VoteHistory_voting, props.voting);
  const page = useFragment(VoteHistory_page, historyPage);
  // Pages loaded after the first keep the flags they came with; each voter's current vote (pushed with every change)
  // says which of their entries a later vote has replaced since.
  const currentCastAt = new Map(votes.map((vote) => [vote.voter.id, vote.castAt]));
  const isCurrent = (entry: { current: boolean; castAt: string; voter: { id: string } }) =>
    entry.current && (currentCastAt.get(entry.voter.id) ?? entry.castAt) === entry.castAt;
  const client = useApolloClient();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  if (page.totalCount === 0) return null;
  const showMore = async () => {
    if (!page.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await client.query({
        query: VoteHistoryMoreQuery,
        variables: { number: props.proposalNumber, after: page.endCursor },
        fetchPolicy: 'network-only',
      });
    } catch (error) {
      setMoreError(describeError(error).message);
    } finally {
      setLoadingMore(false);
    }
  };
  const changes = page.changedCount;
  return (
    <section className="voting-block" aria-labelledby="vote-history-title">
      <h3 id="vote-history-title">Vote history</h3>
      <p className="muted" data-testid="vote-history-summary">
        {changes === 0
          ? 'Every vote as it was cast. Nobody has changed their vote.'
          : `Every vote as it was cast, oldest first. ${changes === 1 ? 'One vote was' : `${changes} votes were`} changed later.`}
        {page.hasNextPage ? ` The first ${page.nodes.length} of ${page.totalCount} are shown.` : ''}
      </p>
      <ol className="timeline" data-testid="vote-history">
        {page.nodes.map((vote, index) => (
          <li key={`${vote.voter.id}-${vote.castAt}-${index}`} className="timeline__event" data-testid="vote-history-entry">
            <p className="timeline__what">
              <strong>
                <PersonLink person={vote.voter} /> voted {choiceLabel(vote.choice)}
              </strong>{' '}
              {isCurrent(vote) ? null : <Badge tone="neutral">Changed later</Badge>}
            </p>
            <p className="timeline__meta">
              <Time value={vote.castAt} />
            </p>
            {vote.rationale ? <p className="timeline__reason">Reason: {vote.rationale}</p> : null}
          </li>
        ))}
      </ol>
      {page.hasNextPage ? (
        <p className="load-more">
          <button type="button" className="button button--quiet" onClick={() => void showMore()} disabled={loadingMore}>
            {loadingMore ? 'Loading more votes…' : `Show more votes (${page.totalCount - page.nodes.length} more)`}
          </button>
        </p>
      ) : null}
      {moreError ? (
        <p className="notice" role="alert">
          Could not load more votes. {moreError}
        </p>
      ) : null}
    </section>
  );
}
