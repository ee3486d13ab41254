import { nextRetry, parseRetryAfter } from './webhook-retry.js';

const SCHEDULE = [5, 300, 1800, 7200, 18_000, 36_000, 36_000];

describe('nextRetry', () => {
  it('waits as the schedule says after each failure, lengthened by at most 10%, and stops after the last', () => {
    expect(SCHEDULE.map((_, index) => nextRetry(SCHEDULE, index + 1, null, () => 0)?.retryInSeconds)).toEqual(SCHEDULE);
    expect(nextRetry(SCHEDULE, 2, null, () => 0.999_999)!.retryInSeconds).toBeCloseTo(330, 0);
    expect(nextRetry(SCHEDULE, 8, null)).toBeNull();
    // The default schedule spans more than a day.
    expect(SCHEDULE.reduce((sum, wait) => sum + wait, 0)).toBeGreaterThan(86_400);
  });

  it('takes Retry-After instead, within one second and the longest wait', () => {
    expect(nextRetry(SCHEDULE, 1, 120)).toEqual({ retryInSeconds: 120 });
    expect(nextRetry(SCHEDULE, 1, 0)).toEqual({ retryInSeconds: 1 });
    expect(nextRetry(SCHEDULE, 1, 10 ** 9)).toEqual({ retryInSeconds: 36_000 });
    expect(nextRetry(SCHEDULE, 8, 120)).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:02:00 GMT', now)).toBe(120);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
