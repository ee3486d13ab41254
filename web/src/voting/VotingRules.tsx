import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { Time } from '../ui/Time';
import { electorateSentence, hiddenResultsSentence, quorumSentence, thresholdSentence } from './voting-rules';
import './voting.css';

export const VotingRules_voting = graphql(`
  fragment VotingRules_voting on Voting {
    openedAt
    closesAt
    closedAt
    electorate
    quorumPercent
    quorumVotesNeeded
    thresholdNumerator
    thresholdDenominator
    hideResultsUntilClose
  }
`);

/** The rules this vote runs under, in plain words: they were copied from the governance settings when it opened. */
export function VotingRules(props: { voting: FragmentType<typeof VotingRules_voting> }) {
  const voting = useFragment(VotingRules_voting, props.voting);
  return (
    <section className="voting-block" aria-labelledby="voting-rules-title">
      <h3 id="voting-rules-title">The rules of this vote</h3>
      <ul className="rule-list" data-testid="voting-rules">
        <li>{electorateSentence(voting.electorate)} Each may change their vote until voting closes.</li>
        <li>
          Voting opened on <Time value={voting.openedAt} /> and {voting.closedAt ? 'closed' : 'closes'} on{' '}
          <Time value={voting.closedAt ?? voting.closesAt} />
          {voting.closedAt ? '.' : ', by itself.'}
        </li>
        <li>{quorumSentence(voting)}</li>
        <li>{thresholdSentence(voting)}</li>
        <li>{hiddenResultsSentence(voting.hideResultsUntilClose)}</li>
      </ul>
      <p className="muted">
        These rules were fixed when the vote opened; later changes to the <Link to="/governance">governance settings</Link> do not affect
        it.
      </p>
    </section>
  );
}
