import { type FragmentType, graphql, useFragment } from '../gql';
import { choiceLabel, quorumProgress, tallySentence, thresholdProgress } from './voting-rules';
import './voting.css';

export const VoteTally_voting = graphql(`
  fragment VoteTally_voting on Voting {
    isOpen
    electorate
    quorumVotesNeeded
    thresholdNumerator
    thresholdDenominator
    resultsHidden
    viewerCanVote
    tally {
      approvals
      rejections
      abstentions
      voted
    }
  }
`);

/** The count so far (or the final one): a sentence, a bar per choice, and where quorum and threshold stand. */
export function VoteTally(props: { voting: FragmentType<typeof VoteTally_voting> }) {
  const voting = useFragment(VoteTally_voting, props.voting);
  const { tally, electorate } = voting;
  return (
    <section className="voting-block" aria-labelledby="tally-title">
      <h3 id="tally-title">{voting.isOpen ? 'Tally so far' : 'Final tally'}</h3>
      {!tally ? (
        <p className="voting-hidden" data-testid="tally-hidden">
          The tally is hidden until voting closes.{voting.viewerCanVote ? ' You can see only your own vote.' : ''}
        </p>
      ) : (
        <div data-testid="tally">
          <p className="tally__summary" data-testid="tally-summary">
            {tallySentence(tally, electorate)}
          </p>
          <ul className="tally-bars" aria-label="Votes by choice">
            {(
              [
                ['APPROVE', tally.approvals],
                ['REJECT', tally.rejections],
                ['ABSTAIN', tally.abstentions],
              ] as const
            ).map(([choice, count]) => (
              <li key={choice} className={`tally-bars__row tally-bars__row--${choice.toLowerCase()}`} data-testid={`tally-${choice}`}>
                <span className="tally-bars__label">{choiceLabel(choice)}</span>
                <span className="tally-bars__track" aria-hidden="true">
                  <span className="tally-bars__fill" style={{ width: `${electorate > 0 ? (count / electorate) * 100 : 0}%` }} />
                </span>
                <span className="tally-bars__count">{count}</span>
              </li>
            ))}
            <li className="tally-bars__row tally-bars__row--none">
              <span className="tally-bars__label">Not voted</span>
              <span className="tally-bars__track" aria-hidden="true">
                <span
                  className="tally-bars__fill"
                  style={{ width: `${electorate > 0 ? (Math.max(0, electorate - tally.voted) / electorate) * 100 : 0}%` }}
                />
              </span>
              <span className="tally-bars__count">{Math.max(0, electorate - tally.voted)}</span>
            </li>
          </ul>
          <ul className="tally-checks">
            <Check {...quorumProgress(tally, voting.quorumVotesNeeded)} />
            <Check {...thresholdProgress(tally, voting)} />
          </ul>
        </div>
      )}
    </section>
  );
}

function Check({ met, text }: { met: boolean; text: string }) {
  return (
    <li className={`tally-checks__item${met ? ' tally-checks__item--met' : ''}`}>
      <span aria-hidden="true">{met ? '✓' : '○'}</span> {text}
    </li>
  );
}
