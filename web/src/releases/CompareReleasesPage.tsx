import { useSuspenseQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { QueryBoundary, type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { SelectField } from '../ui/SelectField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { type CompareParams, compareParamsFromSearch, compareSearch, defaultComparison, type Versioned } from './compare-params';
import { ReleaseDiffView } from './ReleaseDiffView';
import { newestFirst } from './release-order';
import './releases.css';

export const CompareReleasesQuery = graphql(`
  query CompareReleases {
    releases {
      version
      title
      publishedAt
      previousVersion
    }
  }
`);

export const CompareReleasesDiffQuery = graphql(`
  query CompareReleasesDiff($from: String!, $to: String!) {
    releaseDiff(from: $from, to: $to) {
      from {
        version
        title
        publishedAt
      }
      to {
        version
        title
        publishedAt
      }
      ...ReleaseDiffView_releaseDiff
    }
  }
`);

/** Any two releases side by side: what was added, changed, retired and moved, and how Focus % moved. */
export function CompareReleasesPage() {
  const [search, setSearch] = useSearchParams();
  const { data } = useSuspenseQuery(CompareReleasesQuery, { queryKey: useRetryKey() });
  const releases = newestFirst(data.releases);
  const { from, to } = defaultComparison(compareParamsFromSearch(search), releases);

  const choose = (change: Partial<CompareParams>) => {
    const next = { from, to, ...change };
    setSearch(compareSearch(next), { replace: true });
  };
  const options = releases.map((release) => ({
    value: release.version,
    label: `v${release.version} · ${release.title}`,
  }));
  // "latest" in the address is a version too; keep it selectable as such.
  const withValue = (value: string | null) =>
    value && !options.some((option) => option.value === value) ? [...options, { value, label: value }] : options;

  return (
    <CompareFrame releases={releases}>
      <form className="filter-bar" aria-label="Releases to compare" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label="From (older release)"
          name="from"
          value={from ?? ''}
          placeholder={from ? undefined : 'Choose a release…'}
          options={withValue(from)}
          onChange={(event) => choose({ from: event.target.value || null })}
        />
        <SelectField
          label="To (newer release)"
          name="to"
          value={to ?? ''}
          placeholder={to ? undefined : 'Choose a release…'}
          options={withValue(to)}
          onChange={(event) => choose({ to: event.target.value || null })}
        />
      </form>

      {from && to && from !== to ? (
        // One boundary per pair: choosing another release shows it loading at once, while the choice stays in place.
        <QueryBoundary
          key={`${from} ${to}`}
          loading={<LoadingState label="Comparing the releases…" />}
          failed={({ error, retry }) => (
            <ErrorState error={error} heading="Could not compare these releases" headingLevel={2} onRetry={retry} />
          )}
        >
          <Comparison from={from} to={to} />
        </QueryBoundary>
      ) : (
        <p className="message-panel" data-testid="compare-choose">
          {releases.length < 2
            ? 'Only one release has been published so far: there is nothing to compare it with yet.'
            : 'Choose two different releases to see what changed between them.'}
        </p>
      )}
    </CompareFrame>
  );
}

function Comparison({ from, to }: { from: string; to: string }) {
  const { data } = useSuspenseQuery(CompareReleasesDiffQuery, { variables: { from, to }, queryKey: useRetryKey() });
  const result = data.releaseDiff;
  const backwards = Date.parse(result.from.publishedAt) > Date.parse(result.to.publishedAt);
  return (
    <section className="page-section" aria-labelledby="compare-title" data-testid="compare-result">
      <h2 id="compare-title">
        From v{result.from.version} to v{result.to.version}
      </h2>
      <p className="muted">
        <Link to={`/releases/${encodeURIComponent(result.from.version)}`}>
          v{result.from.version}, {result.from.title}
        </Link>{' '}
        compared with{' '}
        <Link to={`/releases/${encodeURIComponent(result.to.version)}`}>
          v{result.to.version}, {result.to.title}
        </Link>
        .{backwards ? ` v${result.from.version} is the newer release, so this shows its changes in reverse.` : ''}
      </p>
      <ReleaseDiffView releaseDiff={result} headingLevel={3} />
    </section>
  );
}

export function CompareReleasesPageLoading() {
  return (
    <CompareFrame releases={[]}>
      <LoadingState label="Loading the releases…" />
    </CompareFrame>
  );
}

export function CompareReleasesPageFailed({ error, retry }: QueryFailure) {
  return (
    <CompareFrame releases={[]}>
      <ErrorState error={error} heading="Could not load the releases" headingLevel={2} onRetry={retry} />
    </CompareFrame>
  );
}

/** The page around the choice, titled with the two releases compared (those in the address until the list is known). */
function CompareFrame({ releases, children }: { releases: readonly Versioned[]; children: ReactNode }) {
  const [search] = useSearchParams();
  const { from, to } = defaultComparison(compareParamsFromSearch(search), releases);
  useDocumentTitle(from && to ? `Compare v${from} with v${to}` : 'Compare releases');
  return (
    <div className="compare-page">
      <Breadcrumbs items={[{ label: 'Releases', to: '/releases' }, { label: 'Compare' }]} />
      <header className="page-header">
        <h1>Compare releases</h1>
        <p className="lead">Choose two releases to see what changed between them, measure by measure and field by field.</p>
      </header>
      {children}
    </div>
  );
}
