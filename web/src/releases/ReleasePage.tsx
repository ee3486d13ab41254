import { useSuspenseQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { formatDate } from '../ui/format';
import { graphQLErrorsOf, hasErrorCode } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { ServerHtml } from '../ui/ServerHtml';
import { NotFoundState } from '../ui/NotFoundState';
import { QueryBoundary, type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { compareHref } from './compare-params';
import { releaseDownloads } from './downloads';
import { ReleaseChangelog } from './ReleaseChangelog';
import { ReleaseDiffView } from './ReleaseDiffView';
import { ReleaseFramework } from './ReleaseFramework';
import './releases.css';

export const ReleaseQuery = graphql(`
  query Release($version: String!) {
    release(version: $version) {
      version
      title
      notes
      notesHtml
      publishedAt
      contentHash
      draftRevision
      previousVersion
      implementationCount
      license {
        id
        name
        url
        attribution
      }
      ...ReleaseChangelog_release
      categories {
        ...ReleaseFramework_categories
      }
    }
  }
`);

/** "Changes since the previous release": the diff from the version this one follows. */
export const ReleaseChangesQuery = graphql(`
  query ReleaseChanges($from: String!, $to: String!) {
    releaseDiff(from: $from, to: $to) {
      ...ReleaseDiffView_releaseDiff
    }
  }
`);

export function ReleasePage() {
  const { version = '' } = useParams();
  const { data } = useSuspenseQuery(ReleaseQuery, { variables: { version }, queryKey: useRetryKey() });
  const { release } = data;
  const previous = release.previousVersion ?? null;
  const downloads = releaseDownloads(release.version);
  useDocumentTitle(`v${release.version}, ${release.title}`);

  return (
    <article className="release-page">
      <Breadcrumbs items={[{ label: 'Releases', to: '/releases' }, { label: `v${release.version}` }]} />
      <header className="page-header">
        <p className="eyebrow">Release v{release.version}</p>
        <h1>{release.title}</h1>
      </header>

      <dl className="facts" data-testid="release-facts">
        <div>
          <dt>Version</dt>
          <dd data-testid="release-version">{release.version}</dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>
            <time dateTime={release.publishedAt}>{formatDate(release.publishedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Follows</dt>
          <dd data-testid="release-previous">
            {previous ? (
              <Link to={`/releases/${encodeURIComponent(previous)}`}>v{previous}</Link>
            ) : (
              <span className="muted">Nothing: this is the first release.</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Licence</dt>
          <dd data-testid="release-license">
            <a href={release.license.url}>{release.license.name}</a>
          </dd>
        </div>
        <div>
          <dt>Implemented by</dt>
          <dd data-testid="release-implementations">
            <Link to={`/implementations?release=${encodeURIComponent(release.version)}`}>
              {release.implementationCount} {release.implementationCount === 1 ? 'product' : 'products'}
            </Link>
          </dd>
        </div>
        <div>
          <dt>Working draft version</dt>
          <dd>{release.draftRevision}</dd>
        </div>
        <div>
          <dt>Attribution</dt>
          <dd data-testid="release-attribution">
            {release.license.attribution} (<a href={release.license.url}>licence terms</a>)
          </dd>
        </div>
        <div>
          <dt>Content hash (SHA-256)</dt>
          <dd>
            <code className="hash" data-testid="content-hash">
              {release.contentHash}
            </code>
          </dd>
        </div>
      </dl>

      <section className="download-panel" aria-labelledby="download-title">
        <h2 id="download-title">Download</h2>
        <ul className="download-list">
          <li>
            <a className="button" href={downloads.json} download data-testid="download-json">
              JSON<span className="visually-hidden">, v{release.version}</span>
            </a>
            <span className="muted">
              Canonical JSON, valid against the <a href="/schema/framework.schema.json">framework JSON Schema</a>. Its SHA-256 is the
              content hash above, so you can check your copy is exact.
            </span>
          </li>
          <li>
            <a className="button button--quiet" href={downloads.csv} download data-testid="download-csv">
              CSV<span className="visually-hidden">, v{release.version}</span>
            </a>
            <span className="muted">One row per measure, for spreadsheets.</span>
          </li>
          <li>
            <a className="button button--quiet" href={downloads.markdown} download data-testid="download-markdown">
              Markdown<span className="visually-hidden">, v{release.version}</span>
            </a>
            <span className="muted">The whole framework as a readable document, with its attribution.</span>
          </li>
        </ul>
      </section>

      <section className="release-notes" aria-labelledby="notes-title" data-testid="release-notes">
        <h2 id="notes-title">Release notes</h2>
        {release.notes.trim() ? <ServerHtml html={release.notesHtml} topHeadingLevel={3} /> : <p className="muted">No notes.</p>}
      </section>

      <ReleaseChangelog release={release} />

      {previous ? (
        <section className="page-section" aria-labelledby="changes-since-title" data-testid="changes-since">
          <h2 id="changes-since-title">Changes since v{previous}</h2>
          <p className="muted">
            The framework of v{previous} compared with v{release.version}, field by field.{' '}
            <Link to={compareHref({ from: previous, to: release.version })}>Compare other releases</Link>
          </p>
          <QueryBoundary
            loading={<LoadingState label="Loading the changes…" />}
            failed={({ error, retry }) => (
              <ErrorState error={error} heading={`Could not load the changes since v${previous}`} headingLevel={2} onRetry={retry} />
            )}
          >
            <ReleaseChanges from={previous} to={release.version} />
          </QueryBoundary>
        </section>
      ) : null}

      <ReleaseFramework categories={release.categories} />
    </article>
  );
}

/** The diff from the release this one follows: read once the page knows which release that is. */
function ReleaseChanges({ from, to }: { from: string; to: string }) {
  const { data } = useSuspenseQuery(ReleaseChangesQuery, { variables: { from, to }, queryKey: useRetryKey() });
  return <ReleaseDiffView releaseDiff={data.releaseDiff} headingLevel={3} />;
}

export function ReleasePageLoading() {
  useDocumentTitle('Release');
  return <LoadingState label="Loading the release…" />;
}

export function ReleasePageFailed({ error, retry }: QueryFailure) {
  const { version = '' } = useParams();
  // RELEASE_NOT_FOUND, or BAD_USER_INPUT for something that is not a version at all: both mean "no such page".
  if (hasErrorCode(error, 'RELEASE_NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
    return (
      <NotFoundState heading="Release not found">
        <p>{graphQLErrorsOf(error)[0]?.message ?? `There is no release ${version}.`}</p>
        <p>
          <Link to="/releases">See all published releases</Link>
        </p>
      </NotFoundState>
    );
  }
  return <ErrorState error={error} heading="Could not load this release" onRetry={retry} />;
}
