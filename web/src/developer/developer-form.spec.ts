import { attemptOutcome, expiryFromDate, toggleEvent } from './developer-form';

describe('expiryFromDate', () => {
  it('makes a token last to the end of the day chosen, UTC; empty means no expiry', () => {
    expect(expiryFromDate('2027-03-31')).toEqual({ expiresAt: '2027-03-31T23:59:59.999Z' });
    expect(expiryFromDate('')).toEqual({ expiresAt: null });
    expect(expiryFromDate('31/03/2027')).toBeNull();
    expect(expiryFromDate('2027-02-30')).toEqual({ expiresAt: '2027-03-02T23:59:59.999Z' });
  });
});

describe('toggleEvent', () => {
  it('keeps the API’s order whatever the order of clicks', () => {
    expect(toggleEvent([], 'proposal.status_changed', true)).toEqual(['proposal.status_changed']);
    expect(toggleEvent(['proposal.status_changed'], 'release.published', true)).toEqual(['release.published', 'proposal.status_changed']);
    expect(toggleEvent(['release.published', 'proposal.status_changed'], 'release.published', false)).toEqual(['proposal.status_changed']);
  });
});

describe('attemptOutcome', () => {
  it('names the status, or says no answer came', () => {
    expect(attemptOutcome({ statusCode: 503, error: 'answered 503' })).toBe('HTTP 503');
    expect(attemptOutcome({ statusCode: null, error: 'connection refused' })).toBe('no answer');
  });
});
