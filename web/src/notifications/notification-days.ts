/** A day of notifications: its heading ("Today", "Yesterday", "3 December 2026") and its items, newest first. */
export type Day<T> = { key: string; label: string; items: T[] };

const keyFormat = (timeZone?: string) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
const labelFormat = (timeZone?: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });

/**
 * Groups notifications (newest first) by the reader's local day. `now` and `timeZone` are the reader's; tests pass
 * their own.
 */
export function groupByDay<T extends { createdAt: string }>(items: readonly T[], now: Date, timeZone?: string): Day<T>[] {
  const key = keyFormat(timeZone);
  const label = labelFormat(timeZone);
  const today = key.format(now);
  const yesterday = key.format(new Date(now.getTime() - 86_400_000));
  const days: Day<T>[] = [];
  for (const item of items) {
    const date = new Date(item.createdAt);
    const dayKey = key.format(date);
    let day = days.at(-1);
    if (!day || day.key !== dayKey) {
      day = { key: dayKey, label: dayKey === today ? 'Today' : dayKey === yesterday ? 'Yesterday' : label.format(date), items: [] };
      days.push(day);
    }
    day.items.push(item);
  }
  return days;
}

/** The bell's text for screen readers and its visible count (99+ beyond 99); null while the count is not known yet. */
export function bellLabel(unread: number | null): { label: string; count: string | null } {
  if (unread === null) return { label: 'Notifications', count: null };
  if (unread <= 0) return { label: 'Notifications, none unread', count: null };
  return { label: `Notifications, ${unread} unread`, count: unread > 99 ? '99+' : String(unread) };
}
