import { type FragmentType, graphql, useFragment } from '../gql';
import { PersonLink } from '../people/PersonLink';
import { Badge } from '../ui/Badge';
import { Time } from '../ui/Time';
import { choiceLabel, choiceTone } from './voting-rules';
import './voting.css';

export const VoteList_voting = graphql(`
  fragment VoteList_voting on Voting {
    resultsHidden
    viewerCanVote
    votes {
      choice
      rationale
      castAt
      voter {
        id
        ...PersonLink_person
      }
    }
  }
`);

/** Who voted what, with their public reasons (while results are hidden, only the reader's own vote). */
export function VoteList(props: { voting: FragmentType<typeof VoteList_voting> }) {
  const { votes, resultsHidden, viewerCanVote } = useFragment(VoteList_voting, props.voting);
  return (
    <section className="voting-block" aria-labelledby="votes-title">
      <h3 id="votes-title">Votes</h3>
      {resultsHidden ? (
        <p className="muted" data-testid="votes-hidden">
          {viewerCanVote ? 'Until voting closes, you see only your own vote here.' : 'Who voted what is hidden until voting closes.'}
        </p>
      ) : null}
      {resultsHidden && votes.length === 0 ? null : votes.length === 0 ? (
        <p className="muted" data-testid="no-votes">
          No votes yet.
        </p>
      ) : (
        <ul className="vote-list" data-testid="votes">
          {votes.map((vote) => (
            <li key={vote.voter.id} className="vote" data-testid="vote">
              <p className="vote__head">
                <strong className="vote__voter">
                  <PersonLink person={vote.voter} />
                </strong>{' '}
                <span className="visually-hidden">voted </span>
                <Badge tone={choiceTone(vote.choice)}>{choiceLabel(vote.choice)}</Badge>{' '}
                <span className="vote__time">
                  <Time value={vote.castAt} show="relative" />
                </span>
              </p>
              {vote.rationale ? <p className="vote__rationale">Reason: {vote.rationale}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
