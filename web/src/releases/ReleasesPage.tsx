import { useSuspenseQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { canManageProposals } from '../auth/roles';
import { useCurrentUser } from '../auth/useCurrentUser';
import { SubscribePanel } from '../feeds/SubscribePanel';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { ReleaseListItem } from './ReleaseListItem';
import { newestFirst } from './release-order';
import './releases.css';
import { FollowButton } from '../follows/FollowButton';

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
  const { user } = useCurrentUser();
  const { data } = useSuspenseQuery(ReleasesQuery, { fetchPolicy: 'cache-and-network', queryKey: useRetryKey() });
  const releases = newestFirst(data.releases);
  return (
    <div className="releases-page">
      <header className="page-header">
        <div className="title-row title-row--spread">
          <h1>Releases</h1>
          <FollowButton kind="RELEASES" followKey="all" label="Watch releases" />
          {canManageProposals(user?.role) ? (
            <Link to="/releases/prepare" className="button" data-testid="prepare-release">
              Prepare release
            </Link>
          ) : null}
        </div>
        <p className="lead">
          Each release is a versioned, immutable snapshot of the framework, with its licence, release notes and a machine-readable download.
          Vendors and tools can rely on a published release never changing.
        </p>
        {releases.length > 1 ? (
          <p>
            <Link to="/releases/compare">Compare two releases</Link> to see what changed between them.
          </p>
        ) : null}
      </header>
      <SubscribePanel feed="releases" />
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

export function ReleasesPageLoading() {
  useDocumentTitle('Releases');
  return <LoadingState label="Loading the releases…" />;
}

export function ReleasesPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not load the releases" onRetry={retry} />;
}
