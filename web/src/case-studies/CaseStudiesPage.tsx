import { useApolloClient, useSuspenseQuery } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/useCurrentUser';
import { SubscribePanel } from '../feeds/SubscribePanel';
import { type FragmentType, graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { pluralize } from '../ui/format';
import { describeError } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { QueryBoundary, type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { SelectField } from '../ui/SelectField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { MyCaseStudies } from './MyCaseStudies';
import { CaseStudyListItem, type CaseStudyListItem_caseStudy } from './CaseStudyListItem';
import { INDUSTRY_OPTIONS, SIZE_OPTIONS, isIndustry, isOrganizationSize } from './case-study-form';
import { type CaseStudyFilters, filtersFromSearch, hasFilters, searchFromFilters } from './case-study-filters';
import './case-studies.css';

const PAGE_SIZE = 10;

/** What the filters offer: the draft's categories and measures, and the published releases. */
export const CaseStudiesQuery = graphql(`
  query CaseStudies {
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
    releases {
      version
    }
  }
`);

export const CaseStudyListQuery = graphql(`
  query CaseStudyList(
    $measureKey: String
    $categoryKey: String
    $industry: Industry
    $organizationSize: OrganizationSize
    $releaseVersion: String
    $first: Int
    $after: String
  ) {
    caseStudies(
      measureKey: $measureKey
      categoryKey: $categoryKey
      industry: $industry
      organizationSize: $organizationSize
      releaseVersion: $releaseVersion
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...CaseStudyListItem_caseStudy
      }
    }
  }
`);

export function CaseStudiesPage() {
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const { data } = useSuspenseQuery(CaseStudiesQuery, { queryKey: useRetryKey() });
  const { categories } = data.draft;
  const setFilter = (change: Partial<CaseStudyFilters>) => setSearch(searchFromFilters({ ...filters, ...change }), { replace: true });

  return (
    <CaseStudiesFrame>
      <form className="filter-bar" aria-label="Filter case studies" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label="Measure"
          name="measure"
          placeholder="Any measure"
          value={filters.measureKey ?? ''}
          options={categories.flatMap((c) => c.measures.map((m) => ({ value: m.key, label: `${m.name} (${c.name})` })))}
          onChange={(event) => setFilter({ measureKey: event.target.value || null })}
        />
        <SelectField
          label="Category"
          name="category"
          placeholder="Any category"
          value={filters.categoryKey ?? ''}
          options={categories.map((c) => ({ value: c.key, label: c.name }))}
          onChange={(event) => setFilter({ categoryKey: event.target.value || null })}
        />
        <SelectField
          label="Industry"
          name="industry"
          placeholder="Any industry"
          value={filters.industry ?? ''}
          options={INDUSTRY_OPTIONS}
          onChange={(event) => setFilter({ industry: isIndustry(event.target.value) ? event.target.value : null })}
        />
        <SelectField
          label="Organisation size"
          name="size"
          placeholder="Any size"
          value={filters.organizationSize ?? ''}
          options={SIZE_OPTIONS}
          onChange={(event) => setFilter({ organizationSize: isOrganizationSize(event.target.value) ? event.target.value : null })}
        />
        <SelectField
          label="Release used"
          name="release"
          placeholder="Any release"
          value={filters.releaseVersion ?? ''}
          options={data.releases.map((r) => ({ value: r.version, label: `v${r.version}` }))}
          onChange={(event) => setFilter({ releaseVersion: event.target.value || null })}
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
      <QueryBoundary key={searchFromFilters(filters).toString()} loading={LIST_LOADING} failed={listFailed}>
        <CaseStudyList filters={filters} />
      </QueryBoundary>
    </CaseStudiesFrame>
  );
}

export function CaseStudiesPageLoading() {
  return <CaseStudiesFrame>{LIST_LOADING}</CaseStudiesFrame>;
}

export function CaseStudiesPageFailed(failure: QueryFailure) {
  return <CaseStudiesFrame>{listFailed(failure)}</CaseStudiesFrame>;
}

const LIST_LOADING = <LoadingState label="Loading case studies…" />;

const listFailed = ({ error, retry }: QueryFailure) => (
  <ErrorState error={error} heading="Could not load the case studies" headingLevel={2} onRetry={retry} />
);

function CaseStudiesFrame({ children }: { children: ReactNode }) {
  useDocumentTitle('Case studies');
  const { user } = useCurrentUser();
  return (
    <div className="case-studies-page">
      <header className="page-header">
        <div className="title-row title-row--spread">
          <h1>Case studies</h1>
          {user ? (
            <Link to="/case-studies/new" className="button" data-testid="new-case-study">
              Write a case study
            </Link>
          ) : (
            <p>
              <Link to={`/sign-in?next=${encodeURIComponent('/case-studies/new')}`}>Sign in to share a case study</Link>
            </p>
          )}
        </div>
        <p className="lead">
          Practitioners’ accounts of OCMF’s measures in use: what they changed, and each measure’s baseline and result. Newest first.
        </p>
        <SubscribePanel feed="case-studies" />
      </header>
      {user ? (
        <QueryBoundary
          loading={null}
          failed={({ error, retry }) => (
            <ErrorState error={error} heading="Could not load your case studies" headingLevel={2} onRetry={retry} />
          )}
        >
          <MyCaseStudies />
        </QueryBoundary>
      ) : null}
      {children}
    </div>
  );
}

type Node = { id: string } & FragmentType<typeof CaseStudyListItem_caseStudy>;

/** The case studies matching the filters; "Load more" reads the next page after the last cursor. */
function CaseStudyList({ filters }: { filters: CaseStudyFilters }) {
  const client = useApolloClient();
  const variables = { ...filters, first: PAGE_SIZE };
  const { data } = useSuspenseQuery(CaseStudyListQuery, { variables, fetchPolicy: 'cache-and-network', queryKey: useRetryKey() });
  const [more, setMore] = useState<{ nodes: Node[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const connection = data.caseStudies;
  const nodes: Node[] = [...connection.nodes, ...(more?.nodes ?? [])];
  const pageInfo = more ?? connection.pageInfo;

  const loadMore = async () => {
    if (!pageInfo.endCursor) return;
    setMoreError(null);
    setLoadingMore(true);
    try {
      const next = await client.query({
        query: CaseStudyListQuery,
        variables: { ...variables, after: pageInfo.endCursor },
        fetchPolicy: 'network-only',
      });
      const page = next.data?.caseStudies;
      if (page) setMore({ nodes: [...(more?.nodes ?? []), ...page.nodes], ...page.pageInfo });
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <p className="case-studies-page__count" role="status" data-testid="case-study-count">
        {pluralize(connection.totalCount, 'case study', 'case studies')}
        {hasFilters(filters) ? ` ${connection.totalCount === 1 ? 'matches' : 'match'} these filters` : ''}
      </p>
      {nodes.length > 0 ? (
        <ol className="case-study-list" aria-label="Case studies, newest first">
          {nodes.map((node) => (
            <CaseStudyListItem key={node.id} caseStudy={node} headingLevel={2} />
          ))}
        </ol>
      ) : (
        <div className="message-panel">
          <p>{hasFilters(filters) ? 'No case study matches these filters.' : 'No one has shared a case study yet.'}</p>
        </div>
      )}
      {pageInfo.hasNextPage ? (
        <p className="load-more">
          <button type="button" className="button button--quiet" onClick={() => void loadMore()} disabled={loadingMore}>
            {loadingMore ? 'Loading more…' : `Load more (${connection.totalCount - nodes.length} more)`}
          </button>
        </p>
      ) : null}
      {moreError ? (
        <p className="notice" role="alert">
          Could not load more case studies. {describeError(moreError).message}
        </p>
      ) : null}
    </>
  );
}
