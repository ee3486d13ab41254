import { durationSeconds, formatDuration, formatTimeLeft, splitDuration } from './duration';

describe('formatDuration', () => {
  it('says the two largest adjacent units', () => {
    expect(formatDuration(604_800)).toBe('7 days');
    expect(formatDuration(129_600)).toBe('1 day 12 hours');
    expect(formatDuration(86_405)).toBe('1 day');
    expect(formatDuration(3_600)).toBe('1 hour');
    expect(formatDuration(90)).toBe('1 minute 30 seconds');
    expect(formatDuration(1)).toBe('1 second');
    expect(formatDuration(0)).toBe('0 seconds');
  });
});

describe('formatTimeLeft', () => {
  it('counts down to the second, rounding up so it never says 0 too early', () => {
    expect(formatTimeLeft(6 * 86_400_000 + 23 * 3_600_000 + 59 * 60_000)).toBe('6 days 23 hours left');
    expect(formatTimeLeft(2 * 3_600_000 + 5 * 60_000 + 10_000)).toBe('2 hours 5 minutes left');
    expect(formatTimeLeft(250_000)).toBe('4 minutes 10 seconds left');
    expect(formatTimeLeft(24_200)).toBe('25 seconds left');
    expect(formatTimeLeft(400)).toBe('1 second left');
  });

  it('says when no time is left', () => {
    expect(formatTimeLeft(0)).toBe('no time left');
    expect(formatTimeLeft(-5_000)).toBe('no time left');
  });
});

describe('splitDuration / durationSeconds', () => {
  it('picks the largest whole unit, and reads it back', () => {
    expect(splitDuration(604_800)).toEqual({ amount: 7, unit: 'days' });
    expect(splitDuration(5_400)).toEqual({ amount: 90, unit: 'minutes' });
    expect(splitDuration(45)).toEqual({ amount: 45, unit: 'seconds' });
    expect(durationSeconds('7', 'days')).toBe(604_800);
    expect(durationSeconds('1.5', 'hours')).toBe(5_400);
  });

  it('refuses what is not a non-negative number', () => {
    expect(durationSeconds('', 'days')).toBeNull();
    expect(durationSeconds('-1', 'days')).toBeNull();
    expect(durationSeconds('soon', 'hours')).toBeNull();
  });
});
