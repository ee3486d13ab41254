import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { formatDate } from '../ui/format';
import { latestRelease } from './release-order';
import './releases.css';

export const LatestReleaseNote_releases = graphql(`
  fragment LatestReleaseNote_releases on Release {
    version
    title
    publishedAt
  }
`);

type LatestReleaseNoteProps = { releases: FragmentType<typeof LatestReleaseNote_releases>[]; draftRevision: number };

/** Says what the framework pages show (the working draft) and which release is the latest published one. */
export function LatestReleaseNote(props: LatestReleaseNoteProps) {
  const latest = latestRelease(useFragment(LatestReleaseNote_releases, props.releases));
  return (
    <p className="draft-note" data-testid="latest-release">
      You are reading the working draft (revision {props.draftRevision}): the framework as accepted proposals have left it.{' '}
      {latest ? (
        <>
          The latest published release is{' '}
          <Link to={`/releases/${encodeURIComponent(latest.version)}`}>
            v{latest.version}, {latest.title}
          </Link>{' '}
          ({formatDate(latest.publishedAt)}).
        </>
      ) : (
        'No release has been published yet.'
      )}
    </p>
  );
}
