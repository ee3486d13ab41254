import { useSuspenseQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useViewer } from '../auth/useCurrentUser';
import { graphql } from '../gql';
import type { ProposalStatus } from '../gql/graphql';
import { ProposalStatusBadge } from '../proposals/ProposalStatusBadge';
import { ErrorState } from '../ui/ErrorState';
import { formatDateTime } from '../ui/format';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './for-you.css';

export const ForYouQuery = graphql(`
  query ForYou {
    forYou {
      actionCount
      flaggedComments
      openVotes {
        number
        title
        closesAt
        voted
      }
      readyForVote {
        number
        title
        status
      }
      toMerge {
        number
        title
        status
      }
      awaitingRelease {
        number
        title
        status
      }
      myProposals {
        number
        title
        status
      }
    }
  }
`);

type Item = { number: number; title: string; status: ProposalStatus };

function ProposalList({ items, empty, testId }: { items: Item[]; empty: string; testId: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="for-you-list" data-testid={testId}>
      {items.map((item) => (
        <li key={item.number}>
          <Link to={`/proposals/${item.number}`}>
            #{item.number} {item.title}
          </Link>{' '}
          <ProposalStatusBadge status={item.status} />
        </li>
      ))}
    </ul>
  );
}

/** The signed-in home: votes to cast (with deadlines), an editor's queue, one's own drafts and proposals. */
export function ForYouPage() {
  useDocumentTitle('For you');
  const viewer = useViewer();
  if (!viewer) {
    return (
      <section className="message-panel">
        <h1>For you</h1>
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent('/for-you')}`}>Sign in</Link> to see the votes, proposals and reviews waiting for
          you.
        </p>
      </section>
    );
  }
  return <ForYou editor={viewer.role === 'EDITOR' || viewer.role === 'ADMIN'} />;
}

function ForYou({ editor }: { editor: boolean }) {
  const { data } = useSuspenseQuery(ForYouQuery, { queryKey: useRetryKey(), fetchPolicy: 'cache-and-network' });
  const you = data.forYou;
  return (
    <div className="for-you-page">
      <header className="page-header">
        <h1>For you</h1>
        <p className="lead" data-testid="for-you-summary">
          {you.actionCount === 0 ? 'Nothing waits for you right now.' : `${you.actionCount} waiting for you.`}
        </p>
      </header>
      {you.openVotes.length > 0 ? (
        <section className="page-section" aria-labelledby="for-you-votes">
          <h2 id="for-you-votes">Open votes</h2>
          <ul className="for-you-list" data-testid="for-you-votes">
            {you.openVotes.map((vote) => (
              <li key={vote.number}>
                <Link to={`/proposals/${vote.number}#voting-title`}>
                  #{vote.number} {vote.title}
                </Link>{' '}
                — closes <time dateTime={vote.closesAt}>{formatDateTime(vote.closesAt)}</time>{' '}
                {vote.voted ? (
                  <span className="badge badge--positive">Voted</span>
                ) : (
                  <span className="badge badge--warning">Not yet voted</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {editor ? (
        <section className="page-section" aria-labelledby="for-you-queue">
          <h2 id="for-you-queue">Editor’s queue</h2>
          <h3>In discussion, ready to put to a vote</h3>
          <ProposalList items={you.readyForVote} empty="None." testId="for-you-ready" />
          <h3>Accepted, to merge</h3>
          <ProposalList items={you.toMerge} empty="None." testId="for-you-merge" />
          <h3>Merged, awaiting a release</h3>
          <ProposalList items={you.awaitingRelease} empty="None." testId="for-you-release" />
          <p>
            <Link to="/moderation">{you.flaggedComments === 1 ? '1 flagged comment' : `${you.flaggedComments} flagged comments`}</Link> in
            the moderation queue.
          </p>
        </section>
      ) : null}
      <section className="page-section" aria-labelledby="for-you-mine">
        <h2 id="for-you-mine">Your drafts and proposals</h2>
        <ProposalList items={you.myProposals} empty="None yet." testId="for-you-mine-list" />
        <p>
          <Link to="/proposals/new">Propose a change</Link>
        </p>
      </section>
    </div>
  );
}

export function ForYouPageLoading() {
  useDocumentTitle('For you');
  return <LoadingState label="Loading what waits for you…" />;
}

export function ForYouPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not load what waits for you" onRetry={retry} />;
}
