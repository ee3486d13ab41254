import { bellLabel, groupByDay } from './notification-days';

describe('groupByDay', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  const at = (createdAt: string) => ({ createdAt });

  it('groups newest-first notifications under Today, Yesterday and dates, in the reader’s time zone', () => {
    const days = groupByDay(
      [at('2026-12-03T09:00:00Z'), at('2026-12-03T00:30:00Z'), at('2026-12-02T12:00:00Z'), at('2026-11-20T08:00:00Z')],
      now,
      'UTC',
    );
    expect(days.map((day) => [day.label, day.items.length])).toEqual([
      ['Today', 2],
      ['Yesterday', 1],
      ['20 November 2026', 1],
    ]);
  });

  it('puts a late-evening notification on the local day, not the UTC one', () => {
    // 00:30 UTC on 3 December is still 2 December in New York.
    const days = groupByDay([at('2026-12-03T00:30:00Z')], now, 'America/New_York');
    expect(days[0]!.label).toBe('Yesterday');
  });
});

describe('bellLabel', () => {
  it('says how many are unread, and caps the badge at 99+', () => {
    expect(bellLabel(0)).toEqual({ label: 'Notifications, none unread', count: null });
    expect(bellLabel(3)).toEqual({ label: 'Notifications, 3 unread', count: '3' });
    expect(bellLabel(250).count).toBe('99+');
  });

  it('claims no count before the count is read', () => {
    expect(bellLabel(null)).toEqual({ label: 'Notifications', count: null });
  });
});
