import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { proposalsHref } from '../proposals/proposal-filters';
import { ProposalLinks } from '../proposals/ProposalLinks';
import { formatDate } from '../ui/format';
import { describeMeasureChange } from './measure-history';
import './framework.css';

export const MeasureHistory_measure = graphql(`
  fragment MeasureHistory_measure on Measure {
    key
    releaseHistory {
      version
      title
      publishedAt
      change
      fields
    }
    proposals {
      ...ProposalLinks_proposals
    }
  }
`);

/** The releases that added or changed a measure, and the proposals that touch it. */
export function MeasureHistory(props: { measure: FragmentType<typeof MeasureHistory_measure> }) {
  const measure = useFragment(MeasureHistory_measure, props.measure);
  return (
    <section className="measure-history" aria-labelledby="measure-history-title" data-testid="measure-history">
      <h2 id="measure-history-title">History</h2>
      <h3>In releases</h3>
      {measure.releaseHistory.length > 0 ? (
        <ol className="timeline" data-testid="measure-releases">
          {measure.releaseHistory.map((entry) => (
            <li key={entry.version} className="timeline__event">
              <p className="timeline__what">
                <Link to={`/releases/${encodeURIComponent(entry.version)}`}>
                  v{entry.version}, {entry.title}
                </Link>
                : {describeMeasureChange(entry)}
              </p>
              <p className="timeline__meta">
                <time dateTime={entry.publishedAt}>{formatDate(entry.publishedAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">Not in a published release yet: it was added to the working draft since the latest release.</p>
      )}
      <h3>Proposals</h3>
      {measure.proposals.length > 0 ? (
        <ProposalLinks proposals={measure.proposals} testId="measure-proposals-list" />
      ) : (
        <p className="muted">No proposal has touched this measure yet.</p>
      )}
      <p className="related-link">
        <Link to={proposalsHref({ measureKey: measure.key })} data-testid="measure-proposals">
          Proposals touching this measure
        </Link>
      </p>
    </section>
  );
}
