import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/useCurrentUser';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { describeError } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { SelectField } from '../ui/SelectField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { pluralize } from '../ui/format';
import { ProposalListItem } from './ProposalListItem';
import { filtersFromSearch, hasFilters, type ProposalFilters, searchFromFilters } from './proposal-filters';
import { PROPOSAL_STATUSES, isProposalStatus, proposalStatusLabel } from './proposal-status';
import './proposals.css';

const PAGE_SIZE = 20;

export const ProposalsQuery = graphql(`
  query Proposals($status: ProposalStatus, $categoryKey: String, $measureKey: String, $first: Int, $after: String) {
    proposals(status: $status, categoryKey: $categoryKey, measureKey: $measureKey, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...ProposalListItem_proposal
      }
    }
    draft {
      categories {
        key
        name
        measures {
          key
          name
        }
      }
    }
  }
`);

export function ProposalsPage() {
  useDocumentTitle('Proposals');
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const { user } = useCurrentUser();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ProposalsQuery, {
    variables: { ...filters, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [moreError, setMoreError] = useState<unknown>(null);

  const setFilter = (change: Partial<ProposalFilters>) => {
    setMoreError(null);
    setSearch(searchFromFilters({ ...filters, ...change }), { replace: true });
  };

  const categories = data?.draft.categories ?? [];
  const categoryNames = new Map(categories.map((c) => [c.key, c.name]));
  const connection = data?.proposals;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setMoreError(null);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } catch (failure) {
      setMoreError(failure);
    }
  };

  return (
    <div className="proposals-page">
      <header className="page-header">
        <div className="title-row title-row--spread">
          <h1>Proposals</h1>
          {user ? (
            <Link to="/proposals/new" className="button" data-testid="new-proposal">
              New proposal
            </Link>
          ) : (
            <p className="proposals-page__sign-in">
              <Link to={`/sign-in?next=${encodeURIComponent('/proposals/new')}`}>Sign in to propose a change</Link>
            </p>
          )}
        </div>
        <p className="lead">
          Changes to the framework, proposed by practitioners and discussed in the open before standard-setters vote. The most recently
          active come first.
        </p>
      </header>

      <form className="filter-bar" aria-label="Filter proposals" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label="Status"
          name="status"
          placeholder="Any status"
          value={filters.status ?? ''}
          options={PROPOSAL_STATUSES.map((status) => ({ value: status, label: proposalStatusLabel(status) }))}
          onChange={(event) => setFilter({ status: isProposalStatus(event.target.value) ? event.target.value : null })}
        />
        <SelectField
          label="Category touched"
          name="category"
          placeholder="Any category"
          value={filters.categoryKey ?? ''}
          options={withCurrent(
            categories.map((c) => ({ value: c.key, label: c.name })),
            filters.categoryKey,
          )}
          onChange={(event) => setFilter({ categoryKey: event.target.value || null })}
        />
        <SelectField
          label="Measure touched"
          name="measure"
          placeholder="Any measure"
          value={filters.measureKey ?? ''}
          options={withCurrent(
            categories.flatMap((c) => c.measures.map((m) => ({ value: m.key, label: `${m.name} (${c.name})` }))),
            filters.measureKey,
          )}
          onChange={(event) => setFilter({ measureKey: event.target.value || null })}
        />
        {hasFilters(filters) ? (
          <button
            type="button"
            className="button button--quiet button--small filter-bar__clear"
            onClick={() => setSearch({}, { replace: true })}
          >
            Clear filters
          </button>
        ) : null}
      </form>

      {connection ? (
        <>
          <p className="proposals-page__count" role="status" data-testid="proposal-count">
            {pluralize(connection.totalCount, 'proposal')}
            {hasFilters(filters) ? ` ${connection.totalCount === 1 ? 'matches' : 'match'} these filters` : ''}
          </p>
          {connection.nodes.length > 0 ? (
            <ol className="proposal-list" aria-label="Proposals, most recently active first">
              {connection.nodes.map((proposal) => (
                <ProposalListItem key={proposal.id} proposal={proposal} categoryNames={categoryNames} />
              ))}
            </ol>
          ) : (
            <div className="message-panel">
              <p>{hasFilters(filters) ? 'No proposal matches these filters.' : 'No one has proposed a change yet.'}</p>
            </div>
          )}
          {connection.pageInfo.hasNextPage ? (
            <p className="load-more">
              <button type="button" className="button button--quiet" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? 'Loading more…' : `Load more (${connection.totalCount - connection.nodes.length} more)`}
              </button>
            </p>
          ) : null}
          {moreError ? (
            <p className="notice" role="alert">
              Could not load more proposals. {describeError(moreError).message}
            </p>
          ) : null}
        </>
      ) : error ? (
        <ErrorState error={error} heading="Could not load the proposals" headingLevel={2} onRetry={() => void refetch()} />
      ) : (
        <LoadingState label="Loading proposals…" />
      )}
    </div>
  );
}

/** Keeps a filter that came in the address selectable even when the draft no longer has that key. */
function withCurrent(options: { value: string; label: string }[], current: string | null) {
  return current && !options.some((option) => option.value === current) ? [...options, { value: current, label: current }] : options;
}
