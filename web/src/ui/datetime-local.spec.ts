import { fromDateTimeLocal, toDateTimeLocal, utcOffsetLabel } from './datetime-local';

describe('toDateTimeLocal / fromDateTimeLocal', () => {
  it('round-trips a moment to the second in local time', () => {
    const moment = new Date(2026, 10, 30, 9, 5, 7);
    expect(toDateTimeLocal(moment)).toBe('2026-11-30T09:05:07');
    expect(fromDateTimeLocal('2026-11-30T09:05:07')?.getTime()).toBe(moment.getTime());
  });

  it('accepts a value without seconds, and refuses incomplete ones', () => {
    expect(fromDateTimeLocal('2026-11-30T09:05')?.getTime()).toBe(new Date(2026, 10, 30, 9, 5, 0).getTime());
    expect(fromDateTimeLocal('')).toBeNull();
    expect(fromDateTimeLocal('2026-11-30')).toBeNull();
  });
});

describe('utcOffsetLabel', () => {
  it('names the offset', () => {
    expect(utcOffsetLabel(0)).toBe('UTC');
    expect(utcOffsetLabel(60)).toBe('UTC+01:00');
    expect(utcOffsetLabel(-330)).toBe('UTC−05:30');
  });
});
