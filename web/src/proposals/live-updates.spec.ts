import { needsRefetch } from './live-updates';

describe('needsRefetch', () => {
  it('is false for a new vote while voting stays open', () => {
    expect(needsRefetch('VOTING', { status: 'VOTING', outcome: null, hasVoting: true })).toBe(false);
  });

  it('is true when the status changed', () => {
    expect(needsRefetch('DISCUSSION', { status: 'VOTING', outcome: null, hasVoting: true })).toBe(true);
    expect(needsRefetch('ACCEPTED', { status: 'MERGED', outcome: 'PASSED', hasVoting: true })).toBe(true);
  });

  it('is true for a decided proposal whose push lacks the outcome', () => {
    expect(needsRefetch('ACCEPTED', { status: 'ACCEPTED', outcome: null, hasVoting: true })).toBe(true);
    expect(needsRefetch('ACCEPTED', { status: 'ACCEPTED', outcome: 'PASSED', hasVoting: true })).toBe(false);
    expect(needsRefetch(null, { status: 'DISCUSSION', outcome: null, hasVoting: false })).toBe(false);
  });
});
