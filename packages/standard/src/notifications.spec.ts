import { DEFAULT_DELIVERY, deliveryFor, dueDigests, handleFrom, isTimeZone, localParts, mentionedHandles } from './notifications.js';

describe('deliveries', () => {
  it('default to a digest except for a vote opening and a mention, which are emailed at once', () => {
    const now = Object.entries(DEFAULT_DELIVERY).filter(([, delivery]) => delivery === 'EMAIL_NOW');
    expect(now.map(([kind]) => kind).sort()).toEqual(['MENTIONED', 'VOTING_OPENED']);
    expect(deliveryFor('COMMENT_REPLIED', {})).toBe('DAILY_DIGEST');
    expect(deliveryFor('COMMENT_REPLIED', { COMMENT_REPLIED: 'IN_APP' })).toBe('IN_APP');
  });
});

describe('mentionedHandles', () => {
  it('finds each @handle once, lower-cased, and not inside email addresses', () => {
    expect(mentionedHandles('Thanks @Ana-Lopez and @bo_k! cc @ana-lopez, mail ana@example.org')).toEqual(['ana-lopez', 'bo_k']);
    expect(mentionedHandles('@start of line\n(@paren)')).toEqual(['start', 'paren']);
    expect(mentionedHandles('a single @x is too short')).toEqual([]);
  });
});

describe('handleFrom', () => {
  it('turns a display name into lower-case ASCII with dashes', () => {
    expect(handleFrom('Ana López')).toBe('ana-lopez');
    expect(handleFrom('  ÉLODIE   Ng!! ')).toBe('elodie-ng');
    expect(handleFrom('李')).toBe('user');
  });
});

describe('digest schedule', () => {
  it('reads the local date, hour and weekday in a time zone', () => {
    // 2026-12-07 is a Monday; 07:30 UTC is 08:30 in Paris (UTC+1 in winter).
    expect(localParts(new Date('2026-12-07T07:30:00Z'), 'Europe/Paris')).toEqual({ date: '2026-12-07', hour: 8, isoWeekday: 1 });
    expect(localParts(new Date('2026-12-07T07:30:00Z'), 'America/New_York')).toEqual({ date: '2026-12-07', hour: 2, isoWeekday: 1 });
  });

  it('is due at the digest hour in the person’s zone, weekly on Mondays too', () => {
    expect(dueDigests(new Date('2026-12-07T07:30:00Z'), 'Europe/Paris')).toEqual([
      { period: 'DAILY', key: 'daily:2026-12-07' },
      { period: 'WEEKLY', key: 'weekly:2026-12-07' },
    ]);
    expect(dueDigests(new Date('2026-12-08T07:05:00Z'), 'Europe/Paris')).toEqual([{ period: 'DAILY', key: 'daily:2026-12-08' }]);
    expect(dueDigests(new Date('2026-12-08T07:05:00Z'), 'UTC')).toEqual([]);
  });

  it('knows IANA zone names', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
