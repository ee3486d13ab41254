import { type FragmentType, graphql, useFragment } from '../gql';
import { formatDateTime } from '../ui/format';
import { describeEvent } from './history';
import { proposalStatusLabel } from './proposal-status';
import './proposals.css';

export const ProposalHistory_proposal = graphql(`
  fragment ProposalHistory_proposal on Proposal {
    history {
      id
      action
      fromStatus
      toStatus
      reason
      at
      actor {
        id
        displayName
      }
    }
  }
`);

/** Every status change and edit, oldest first: who, when, from → to, and why. */
export function ProposalHistory(props: { proposal: FragmentType<typeof ProposalHistory_proposal> }) {
  const { history } = useFragment(ProposalHistory_proposal, props.proposal);
  return (
    <section className="page-section" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {history.length === 0 ? (
        <p className="muted">Nothing has happened yet.</p>
      ) : (
        <ol className="timeline" data-testid="history">
          {history.map((event) => (
            <li key={event.id} className="timeline__event">
              <p className="timeline__what">
                <strong>{describeEvent(event)}</strong>
                {event.fromStatus && event.toStatus ? (
                  <span className="timeline__statuses">
                    {' '}
                    ({proposalStatusLabel(event.fromStatus)} → {proposalStatusLabel(event.toStatus)})
                  </span>
                ) : null}
              </p>
              <p className="timeline__meta">
                {event.actor ? `by ${event.actor.displayName}` : 'automatically'},{' '}
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </p>
              {event.reason ? <p className="timeline__reason">Reason: {event.reason}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
