import { useApolloClient, useSuspenseQuery } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/useCurrentUser';
import { SubscribePanel } from '../feeds/SubscribePanel';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { describeError } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { QueryBoundary, type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { SelectField } from '../ui/SelectField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { pluralize } from '../ui/format';
import { ProposalListItem } from './ProposalListItem';
import { filtersFromSearch, hasFilters, type ProposalFilters, searchFromFilters } from './proposal-filters';
import { PROPOSAL_STATUSES, isProposalStatus, proposalStatusLabel } from './proposal-status';
import './proposals.css';

const PAGE_SIZE = 20;

/** What the filters offer: the draft's categories and measures. */
export const ProposalsQuery = graphql(`
  query Proposals {
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

/** One page of the list for the filters; "Load more" asks for the next one after `endCursor`. */
export const ProposalListQuery = graphql(`
  query ProposalList($status: ProposalStatus, $categoryKey: String, $measureKey: String, $first: Int, $after: String) {
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
  }
`);

type Category = { key: string; name: string; measures: readonly { key: string; name: string }[] };

export function ProposalsPage() {
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const { data } = useSuspenseQuery(ProposalsQuery, { queryKey: useRetryKey() });
  const { categories } = data.draft;

  const setFilter = (change: Partial<ProposalFilters>) => setSearch(searchFromFilters({ ...filters, ...change }), { replace: true });

  return (
    <ProposalsFrame>
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

      {/* One boundary per set of filters: changing one shows the list loading at once, and the filter keeps its focus. */}
      <QueryBoundary key={searchFromFilters(filters).toString()} loading={LIST_LOADING} failed={listFailed}>
        <ProposalList filters={filters} categories={categories} />
      </QueryBoundary>
    </ProposalsFrame>
  );
}

export function ProposalsPageLoading() {
  return <ProposalsFrame>{LIST_LOADING}</ProposalsFrame>;
}

export function ProposalsPageFailed(failure: QueryFailure) {
  return <ProposalsFrame>{listFailed(failure)}</ProposalsFrame>;
}

const LIST_LOADING = <LoadingState label="Loading proposals…" />;

const listFailed = ({ error, retry }: QueryFailure) => (
  <ErrorState error={error} heading="Could not load the proposals" headingLevel={2} onRetry={retry} />
);

function ProposalsFrame({ children }: { children: ReactNode }) {
  useDocumentTitle('Proposals');
  const { user } = useCurrentUser();
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
        <SubscribePanel feed="decisions" />
      </header>
      {children}
    </div>
  );
}

/** The proposals matching the filters, a page at a time. */
function ProposalList({ filters, categories }: { filters: ProposalFilters; categories: readonly Category[] }) {
  const client = useApolloClient();
  const variables = { ...filters, first: PAGE_SIZE };
  const { data } = useSuspenseQuery(ProposalListQuery, { variables, fetchPolicy: 'cache-and-network', queryKey: useRetryKey() });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const connection = data.proposals;
  const categoryNames = new Map(categories.map((c) => [c.key, c.name]));

  // The next page is read with its own request, and the cache's `proposals` policy appends it to this list. A
  // failed page then leaves the list as it is, with a notice, where a failed fetchMore would fail the list.
  const loadMore = async () => {
    if (!connection.pageInfo.endCursor) return;
    setMoreError(null);
    setLoadingMore(true);
    try {
      await client.query({
        query: ProposalListQuery,
        variables: { ...variables, after: connection.pageInfo.endCursor },
        fetchPolicy: 'network-only',
      });
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
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
  );
}

/** Keeps a filter that came in the address selectable even when the draft no longer has that key. */
function withCurrent(options: { value: string; label: string }[], current: string | null) {
  return current && !options.some((option) => option.value === current) ? [...options, { value: current, label: current }] : options;
}
