import { type FragmentType, graphql, useFragment } from '../gql';
import { PersonLink } from '../people/PersonLink';
import { Time } from '../ui/Time';
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
        ...PersonLink_person
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
                {event.actor ? (
                  <>
                    by <PersonLink person={event.actor} />
                  </>
                ) : (
                  'automatically'
                )}
                , <Time value={event.at} show="relative" />
              </p>
              {event.reason ? (
                <p className="timeline__reason">
                  Reason: <TextWithTimes text={event.reason} />
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** An ISO date-time inside recorded text (e.g. "Voting open until 2026-12-08T06:46:11.358Z"). */
const ISO_MOMENT = /(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d))/;

/** Recorded text with each ISO moment in it shown in the reader's time zone. */
function TextWithTimes({ text }: { text: string }) {
  return text.split(ISO_MOMENT).map((part, index) => (index % 2 === 1 ? <Time key={index} value={part} /> : part));
}
