import { useSuspenseQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { pluralize } from '../ui/format';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { ServerHtml } from '../ui/ServerHtml';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { SEARCH_KIND_LABELS, SEARCH_KINDS } from './search-keys';
import './search.css';

export const SearchQuery = graphql(`
  query Search($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      totalCount
      counts {
        kind
        count
      }
      pageInfo {
        hasNextPage
      }
      nodes {
        kind
        title
        snippetHtml
        url
      }
    }
  }
`);

const PAGE = 20;

/** Search results for `?q=`, grouped by kind, best first in each. */
export function SearchPage() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  useDocumentTitle(query ? `Search: ${query}` : 'Search');
  if (!query) {
    return (
      <section className="message-panel">
        <h1>Search</h1>
        <p>
          Type words in the search box at the top of the page (press / to get there) to find measures, proposals, comments and case studies.
        </p>
      </section>
    );
  }
  return <Results key={query} query={query} />;
}

function Results({ query }: { query: string }) {
  const [first, setFirst] = useState(PAGE);
  const { data } = useSuspenseQuery(SearchQuery, { variables: { query, first }, queryKey: useRetryKey() });
  const { nodes, totalCount, counts, pageInfo } = data.search;
  const kinds = SEARCH_KINDS.filter((kind) => nodes.some((node) => node.kind === kind));
  return (
    <div className="search-page">
      <header className="page-header">
        <h1>Search</h1>
        <p className="lead" data-testid="search-summary">
          {totalCount === 0 ? `Nothing matches “${query}”.` : `${pluralize(totalCount, 'result')} for “${query}”.`}
        </p>
      </header>
      {kinds.map((kind) => (
        <section key={kind} className="search-group" aria-labelledby={`search-${kind}`} data-testid={`search-group-${kind}`}>
          <h2 id={`search-${kind}`}>
            {SEARCH_KIND_LABELS[kind]} <span className="muted">({counts.find((count) => count.kind === kind)?.count ?? 0})</span>
          </h2>
          <ol className="search-results">
            {nodes
              .filter((node) => node.kind === kind)
              .map((node) => (
                <li key={node.url} className="search-result" data-testid="search-result">
                  <Link to={node.url} className="search-result__title">
                    {node.title}
                  </Link>
                  <ServerHtml html={node.snippetHtml} className="search-result__snippet" />
                </li>
              ))}
          </ol>
        </section>
      ))}
      {pageInfo.hasNextPage && first < 50 ? (
        <button type="button" className="button button--quiet" onClick={() => setFirst((n) => Math.min(n + PAGE, 50))}>
          Show more results
        </button>
      ) : null}
    </div>
  );
}

export function SearchPageLoading() {
  useDocumentTitle('Search');
  return <LoadingState label="Searching…" />;
}

export function SearchPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not search" onRetry={retry} />;
}
