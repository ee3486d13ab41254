import type { Reference } from '@apollo/client';
import { useSubscription, useSuspenseQuery } from '@apollo/client/react';
import { useState } from 'react';
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

/** A release published elsewhere, pushed to the open list (the cache adds it; the list re-renders). */
export const ReleasePublishedSubscription = graphql(`
  subscription ReleasePublished {
    releasePublished {
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
  const [announcement, setAnnouncement] = useState('');
  useSubscription(ReleasePublishedSubscription, {
    onData({ client, data: pushed }) {
      const release = pushed.data?.releasePublished;
      if (!release) return;
      client.cache.modify({
        fields: {
          releases(existing: readonly Reference[] = [], { toReference, readField }) {
            if (existing.some((ref) => readField<string>('version', ref) === release.version)) return existing;
            const ref = toReference({ __typename: 'Release', version: release.version });
            return ref ? [...existing, ref] : existing;
          },
        },
      });
      setAnnouncement(`Release v${release.version} was just published.`);
    },
  });
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
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
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
