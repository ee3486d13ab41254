import { skipToken, useSuspenseQuery } from '@apollo/client/react';
import { startTransition, useCallback } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ProposalEvidence } from '../case-studies/ProposalEvidence';
import { Discussion } from '../discussion/Discussion';
import { graphql, useFragment } from '../gql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { formatDate } from '../ui/format';
import { hasErrorCode } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { ServerHtml } from '../ui/ServerHtml';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { VotingPanel } from '../voting/VotingPanel';
import { Time } from '../ui/Time';
import { ProposalActions } from './ProposalActions';
import { ProposalChanges } from './ProposalChanges';
import { ProposalHistory } from './ProposalHistory';
import { ProposalStatusBadge } from './ProposalStatusBadge';
import { parseProposalNumber } from './proposal-number';
import { ProposalQuery } from './proposal-query';
import { useProposalUpdates } from './useProposalUpdates';
import './proposals.css';
import { FollowButton } from '../follows/FollowButton';
import { PersonLink } from '../people/PersonLink';

/** What the page shows of a proposal; the live updates select the same, so a push re-renders it all. */
export const ProposalPage_proposal = graphql(`
  fragment ProposalPage_proposal on Proposal {
    id
    number
    title
    status
    summaryHtml
    createdAt
    lastActivityAt
    viewerCanEdit
    author {
      id
      displayName
      ...PersonLink_person
    }
    ...ProposalActions_proposal
    ...ProposalChanges_proposal
    ...ProposalHistory_proposal
    ...VotingPanel_proposal
    ...Discussion_proposal
    ...ProposalEvidence_proposal
  }
`);

export function ProposalPage() {
  const params = useParams();
  const saved = savedMessage(useLocation().state);
  const number = parseProposalNumber(params.number);
  const retryKey = useRetryKey();
  const { data, refetch } = useSuspenseQuery(
    ProposalQuery,
    // The route sends this query afresh on every visit (preloadProposal): the page shows what the cache holds,
    // which that answer refreshes, and shares the request when nothing is cached yet.
    number === null ? skipToken : { variables: { number }, fetchPolicy: 'cache-first', queryKey: retryKey },
  );
  const proposal = useFragment(ProposalPage_proposal, data?.proposal);
  useDocumentTitle(proposal ? `#${proposal.number} ${proposal.title}` : 'Proposal');
  // In a transition, so the page stays as it is while the fresh answer is on its way.
  const refresh = useCallback(() => startTransition(() => void refetch()), [refetch]);
  useProposalUpdates(number, data?.proposal.status ?? null, refresh);

  if (!data || !proposal) return <ProposalNotFound />;
  const voting = (
    <VotingPanel proposal={proposal} settings={data.governanceSettings} viewerRole={data.me?.role ?? null} onDeadlinePassed={refresh} />
  );

  return (
    <article className="proposal-page">
      <Breadcrumbs items={[{ label: 'Proposals', to: '/proposals' }, { label: `#${proposal.number}` }]} />
      <header className="page-header">
        <p className="eyebrow">Proposal #{proposal.number}</p>
        <div className="title-row">
          <h1>{proposal.title}</h1>
          <ProposalStatusBadge status={proposal.status} />
          <FollowButton kind="PROPOSAL" followKey={String(proposal.number)} subject={`proposal #${proposal.number}`} />
        </div>
        <p className="proposal-page__meta">
          Proposed by{' '}
          <strong>
            <PersonLink person={proposal.author} />
          </strong>{' '}
          on <time dateTime={proposal.createdAt}>{formatDate(proposal.createdAt)}</time>
          {' · '}last activity <Time value={proposal.lastActivityAt} show="relative" />
        </p>
      </header>

      <ProposalActions proposal={proposal} notice={saved} />

      <nav className="page-toc" aria-label="On this page" data-testid="proposal-toc">
        <ul>
          {proposal.status === 'VOTING' ? (
            <li>
              <a href="#voting-title">Vote</a>
            </li>
          ) : null}
          <li>
            <a href="#summary-title">Summary</a>
          </li>
          <li>
            <a href="#changes-title">Changes</a>
          </li>
          <li>
            <a href="#evidence-title">Evidence</a>
          </li>
          <li>
            <a href="#discussion-title">Discussion</a>
          </li>
          <li>
            <a href="#history-title">History</a>
          </li>
        </ul>
      </nav>

      {/* While a vote is open it comes first: it is what the page is for until the deadline. */}
      {proposal.status === 'VOTING' ? voting : null}

      <section className="page-section" aria-labelledby="summary-title">
        <h2 id="summary-title">Summary</h2>
        <ServerHtml html={proposal.summaryHtml} topHeadingLevel={3} testId="proposal-summary" />
      </section>

      {proposal.status === 'VOTING' ? null : voting}
      <ProposalChanges proposal={proposal} />
      <ProposalEvidence proposal={proposal} />
      <Discussion proposal={proposal} viewer={data.me ?? null} />
      <ProposalHistory proposal={proposal} />
    </article>
  );
}

export function ProposalPageLoading() {
  useDocumentTitle('Proposal');
  return <LoadingState label="Loading the proposal…" />;
}

export function ProposalPageFailed({ error, retry }: QueryFailure) {
  if (hasErrorCode(error, 'PROPOSAL_NOT_FOUND')) return <ProposalNotFound />;
  return <ErrorState error={error} heading="Could not load this proposal" onRetry={retry} />;
}

function ProposalNotFound() {
  const params = useParams();
  const number = parseProposalNumber(params.number);
  return (
    <NotFoundState heading="Proposal not found">
      <p>
        There is no proposal {number === null ? <code>{params.number}</code> : `#${number}`} that you can see. Drafts are visible to their
        authors only.
      </p>
      <p>
        <Link to="/proposals">See all proposals</Link>
      </p>
    </NotFoundState>
  );
}

/** The editor says what it saved through the navigation state. */
function savedMessage(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'saved' in state && typeof state.saved === 'string') return state.saved;
  return null;
}
