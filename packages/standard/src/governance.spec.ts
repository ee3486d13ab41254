import fc from 'fast-check';
import {
  describeOutcome,
  meetsQuorum,
  meetsThreshold,
  outcomeStatus,
  quorumVotesNeeded,
  type Tally,
  thresholdFraction,
  voteOutcome,
  type VoteRules,
  votesCast,
} from './governance.js';

const rules: VoteRules = { electorate: 5, quorumPercent: 50, thresholdNumerator: 2, thresholdDenominator: 3 };
const tally = (approvals: number, rejections: number, abstentions: number): Tally => ({ approvals, rejections, abstentions });

describe('quorum', () => {
  it('needs half of five standard-setters rounded up: three votes, abstentions included', () => {
    expect(quorumVotesNeeded(rules)).toBe(3);
    expect(meetsQuorum(tally(1, 0, 1), rules)).toBe(false);
    expect(meetsQuorum(tally(1, 0, 2), rules)).toBe(true);
  });

  it('is met by no votes at all when the quorum is 0%', () => {
    expect(meetsQuorum(tally(0, 0, 0), { electorate: 4, quorumPercent: 0 })).toBe(true);
  });

  it('agrees with the number of votes needed, whatever the electorate and percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 200 }), (e, q, voted) => {
        const rule = { electorate: e, quorumPercent: q };
        expect(meetsQuorum(tally(voted, 0, 0), rule)).toBe(voted >= quorumVotesNeeded(rule));
      }),
    );
  });
});

describe('threshold', () => {
  it('passes at exactly two in three approvals and not below', () => {
    expect(meetsThreshold(tally(2, 1, 0), rules)).toBe(true);
    expect(meetsThreshold(tally(3, 2, 0), rules)).toBe(false);
  });

  it('ignores abstentions and needs at least one approval', () => {
    expect(meetsThreshold(tally(2, 1, 9), rules)).toBe(true);
    expect(meetsThreshold(tally(0, 0, 3), rules)).toBe(false);
  });
});

describe('voteOutcome', () => {
  it('reports a missed quorum before the threshold', () => {
    expect(voteOutcome(tally(2, 0, 0), rules)).toBe('QUORUM_NOT_REACHED');
    expect(voteOutcome(tally(1, 1, 1), rules)).toBe('THRESHOLD_NOT_MET');
    expect(voteOutcome(tally(2, 1, 0), rules)).toBe('PASSED');
    expect(outcomeStatus('PASSED')).toBe('ACCEPTED');
    expect(outcomeStatus('QUORUM_NOT_REACHED')).toBe('REJECTED');
  });
});

describe('describeOutcome', () => {
  it('tells a missed quorum apart from a rejection, with the numbers behind each', () => {
    expect(describeOutcome('QUORUM_NOT_REACHED', tally(2, 0, 0), rules)).toBe(
      'Quorum not reached: 2 of 5 standard-setters voted, 3 needed (2 approve, 0 reject, 0 abstain).',
    );
    expect(describeOutcome('THRESHOLD_NOT_MET', tally(1, 1, 1), rules)).toBe(
      'Rejected: 1 approve, 1 reject, 1 abstain; approval needs at least 2/3 of approve + reject.',
    );
    expect(describeOutcome('PASSED', tally(2, 1, 0), rules)).toBe('Approved: 2 approve, 1 reject, 0 abstain (3 of 5 voted).');
    expect(describeOutcome('QUORUM_NOT_REACHED', tally(0, 0, 0), { ...rules, electorate: 1 })).toContain('0 of 1 standard-setter voted');
  });

  it('counts votes and writes the threshold as a fraction', () => {
    expect(votesCast(tally(1, 2, 3))).toBe(6);
    expect(thresholdFraction(rules)).toBe('2/3 (67%)');
  });
});
