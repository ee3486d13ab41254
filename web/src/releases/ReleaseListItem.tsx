import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { formatDate, pluralize } from '../ui/format';
import { releaseDownloads } from './downloads';
import './releases.css';

export const ReleaseListItem_release = graphql(`
  fragment ReleaseListItem_release on Release {
    version
    title
    publishedAt
    license {
      name
    }
    changelog {
      proposalNumber
      title
    }
  }
`);

type ReleaseListItemProps = { release: FragmentType<typeof ReleaseListItem_release>; latest: boolean };

export function ReleaseListItem(props: ReleaseListItemProps) {
  const release = useFragment(ReleaseListItem_release, props.release);
  const downloads = releaseDownloads(release.version);
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
      {release.changelog.length > 0 ? (
        <p className="release-item__summary" data-testid="release-summary">
          {pluralize(release.changelog.length, 'proposal')}:{' '}
          {release.changelog.map((entry) => `#${entry.proposalNumber} ${entry.title}`).join('; ')}
        </p>
      ) : (
        <p className="release-item__summary muted" data-testid="release-summary">
          The first release: the framework as it was launched.
        </p>
      )}
      <p className="release-item__downloads">
        Download:{' '}
        <a href={downloads.json} download>
          JSON<span className="visually-hidden"> of v{release.version}</span>
        </a>
        {' · '}
        <a href={downloads.csv} download>
          CSV<span className="visually-hidden"> of v{release.version}</span>
        </a>
        {' · '}
        <a href={downloads.markdown} download>
          Markdown<span className="visually-hidden"> of v{release.version}</span>
        </a>
      </p>
    </li>
  );
}
