import { type FragmentType, graphql, useFragment } from '../gql';
import { PersonLink } from '../people/PersonLink';
import { Badge } from '../ui/Badge';
import { Time } from '../ui/Time';
import { choiceLabel } from './voting-rules';
import './voting.css';

export const VoteHistory_voting = graphql(`
  fragment VoteHistory_voting on Voting {
    history {
      choice
      rationale
      castAt
      current
      voter {
        id
        ...PersonLink_person
      }
    }
  }
`);

/** Every vote as it was cast, oldest first; a vote its voter later changed is marked as such. */
export function VoteHistory(props: { voting: FragmentType<typeof VoteHistory_voting> }) {
  const { history } = useFragment(VoteHistory_voting, props.voting);
  if (history.length === 0) return null;
  const changes = history.filter((vote) => !vote.current).length;
  return (
    <section className="voting-block" aria-labelledby="vote-history-title">
      <h3 id="vote-history-title">Vote history</h3>
      <p className="muted">
        {changes === 0
          ? 'Every vote as it was cast. Nobody has changed their vote.'
          : `Every vote as it was cast, oldest first. ${changes === 1 ? 'One vote was' : `${changes} votes were`} changed later.`}
      </p>
      <ol className="timeline" data-testid="vote-history">
        {history.map((vote, index) => (
          <li key={`${vote.voter.id}-${vote.castAt}-${index}`} className="timeline__event" data-testid="vote-history-entry">
            <p className="timeline__what">
              <strong>
                <PersonLink person={vote.voter} /> voted {choiceLabel(vote.choice)}
              </strong>{' '}
              {vote.current ? null : <Badge tone="neutral">Changed later</Badge>}
            </p>
            <p className="timeline__meta">
              <Time value={vote.castAt} />
            </p>
            {vote.rationale ? <p className="timeline__reason">Reason: {vote.rationale}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
