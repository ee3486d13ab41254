import type { BallotEntity } from './ballot.entity.js';
import { describeOutcome } from './voting.service.js';

const ballot = (overrides: Partial<BallotEntity>): BallotEntity =>
  ({
    electorate: 5,
    quorumPercent: 50,
    thresholdNumerator: 2,
    thresholdDenominator: 3,
    approvals: 0,
    rejections: 0,
    abstentions: 0,
    outcome: null,
    ...overrides,
  }) as BallotEntity;

describe('describeOutcome', () => {
  it('tells a missed quorum apart from a rejection, with the numbers behind each', () => {
    expect(describeOutcome(ballot({ outcome: 'QUORUM_NOT_REACHED', approvals: 2 }))).toBe(
      'Quorum not reached: 2 of 5 standard-setters voted, 3 needed (2 approve, 0 reject, 0 abstain).',
    );
    expect(describeOutcome(ballot({ outcome: 'THRESHOLD_NOT_MET', approvals: 1, rejections: 1, abstentions: 1 }))).toBe(
      'Rejected: 1 approve, 1 reject, 1 abstain; approval needs at least 2/3 of approve + reject.',
    );
    expect(describeOutcome(ballot({ outcome: 'PASSED', approvals: 2, rejections: 1 }))).toBe(
      'Approved: 2 approve, 1 reject, 0 abstain (3 of 5 voted).',
    );
  });

  it('says a vote without an outcome is open', () => {
    expect(describeOutcome(ballot({}))).toBe('Voting is open.');
  });
});
