import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { formatDate } from '../ui/format';
import './releases.css';

export const ReleaseListItem_release = graphql(`
  fragment ReleaseListItem_release on Release {
    version
    title
    publishedAt
    license {
      name
    }
  }
`);

type ReleaseListItemProps = { release: FragmentType<typeof ReleaseListItem_release>; latest: boolean };

export function ReleaseListItem(props: ReleaseListItemProps) {
  const release = useFragment(ReleaseListItem_release, props.release);
  return (
    <li className="release-item" data-testid="release-item">
      <h2 className="release-item__title">
        <Link to={`/releases/${encodeURIComponent(release.version)}`}>
          <span data-testid="release-version">v{release.version}</span>
          {' · '}
          <span data-testid="release-title">{release.title}</span>
        </Link>
      </h2>
      <p className="release-item__meta">
        {props.latest ? <span className="badge badge--positive">Latest</span> : null}
        <span>
          Published <time dateTime={release.publishedAt}>{formatDate(release.publishedAt)}</time>
        </span>
        <span>Licence: {release.license.name}</span>
      </p>
    </li>
  );
}
