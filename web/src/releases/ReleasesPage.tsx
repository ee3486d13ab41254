import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { ReleaseListItem } from './ReleaseListItem';
import { newestFirst } from './release-order';

export const ReleasesQuery = graphql(`
  query Releases {
    releases {
      version
      publishedAt
      ...ReleaseListItem_release
    }
  }
`);

export function ReleasesPage() {
  useDocumentTitle('Releases');
  const { data, error, refetch } = useQuery(ReleasesQuery);

  if (!data) {
    if (error) return <ErrorState error={error} heading="Could not load the releases" onRetry={() => void refetch()} />;
    return <LoadingState label="Loading the releases…" />;
  }

  const releases = newestFirst(data.releases);
  return (
    <div className="releases-page">
      <header className="page-header">
        <h1>Releases</h1>
        <p className="lead">
          Each release is a versioned, immutable snapshot of the framework, with its licence, release notes and a machine-readable download.
          Vendors and tools can rely on a published release never changing.
        </p>
      </header>
      {releases.length > 0 ? (
        <ol className="release-list" aria-label="Published releases, newest first">
          {releases.map((release, index) => (
            <ReleaseListItem key={release.version} release={release} latest={index === 0} />
          ))}
        </ol>
      ) : (
        <p className="message-panel">No release has been published yet.</p>
      )}
    </div>
  );
}
