import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { groupChangelog } from './changelog';
import './releases.css';

export const ReleaseChangelog_release = graphql(`
  fragment ReleaseChangelog_release on Release {
    previousVersion
    changelog {
      proposalNumber
      title
      changes {
        kind
        description
      }
    }
  }
`);

/** The changes a release published, grouped by kind, each linking the proposal that made it. */
export function ReleaseChangelog(props: { release: FragmentType<typeof ReleaseChangelog_release> }) {
  const release = useFragment(ReleaseChangelog_release, props.release);
  const groups = groupChangelog(release.changelog);
  return (
    <section className="page-section" aria-labelledby="changelog-title" data-testid="changelog">
      <h2 id="changelog-title">Changelog</h2>
      {groups.length === 0 ? (
        <p className="muted">
          {release.previousVersion
            ? 'No proposal was merged into this release.'
            : 'The first release: the framework as it was first published, before any proposal.'}
        </p>
      ) : (
        groups.map((group) => (
          <section
            key={group.kind}
            className="changelog-group"
            aria-labelledby={`changelog-${group.kind.toLowerCase()}`}
            data-testid={`changelog-${group.kind.toLowerCase()}`}
          >
            <h3 id={`changelog-${group.kind.toLowerCase()}`}>{group.label}</h3>
            <ul className="tight-list">
              {group.items.map((item, index) => (
                <li key={`${item.proposalNumber}-${index}`} data-testid="changelog-entry">
                  {item.description}{' '}
                  <span className="changelog-group__source">
                    (
                    <Link to={`/proposals/${item.proposalNumber}`}>
                      proposal #{item.proposalNumber}: {item.proposalTitle}
                    </Link>
                    )
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
