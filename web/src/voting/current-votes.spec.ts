import { withVote } from './current-votes';

type Vote = { voterId: string; castAt: string; choice: string };
const key = (vote: Vote) => vote;
const vote = (voterId: string, castAt: string, choice = 'APPROVE'): Vote => ({ voterId, castAt, choice });

describe('withVote', () => {
  it('appends a first vote, cast last', () => {
    const votes = [vote('1', '2026-12-01T10:00:00.000Z'), vote('2', '2026-12-01T10:01:00.000Z')];
    expect(withVote(votes, vote('3', '2026-12-01T10:02:00.000Z'), key).map((v) => v.voterId)).toEqual(['1', '2', '3']);
  });

  it('moves a changed vote from its old place to the end', () => {
    const votes = [vote('1', '2026-12-01T10:00:00.000Z'), vote('2', '2026-12-01T10:01:00.000Z')];
    const changed = withVote(votes, vote('1', '2026-12-01T10:05:00.000Z', 'REJECT'), key);
    expect(changed).toEqual([vote('2', '2026-12-01T10:01:00.000Z'), vote('1', '2026-12-01T10:05:00.000Z', 'REJECT')]);
  });

  it('keeps an unchanged vote where it was', () => {
    const votes = [vote('1', '2026-12-01T10:00:00.000Z'), vote('2', '2026-12-01T10:01:00.000Z'), vote('3', '2026-12-01T10:02:00.000Z')];
    expect(withVote(votes, vote('2', '2026-12-01T10:01:00.000Z'), key)).toEqual(votes);
  });

  it('orders votes cast at the same moment by voter id', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const [a, b, c] = ['0b8e1f2a', '5f2a0c3d', 'c4d19e7b'].map((id) => `${id}-4000-8000-000000000000`);
    expect(withVote([vote(a!, at), vote(c!, at)], vote(b!, at), key).map((v) => v.voterId)).toEqual([a, b, c]);
  });

  it('is a list of one while only the viewer sees their vote', () => {
    expect(withVote([], vote('4', '2026-12-01T10:00:00.000Z'), key)).toEqual([vote('4', '2026-12-01T10:00:00.000Z')]);
  });
});
