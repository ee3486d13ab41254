const pad = (value: number) => String(value).padStart(2, '0');

/** A moment as the value of an `<input type="datetime-local" step="1">`, in the browser's time zone: 2026-11-30T19:38:09. */
export function toDateTimeLocal(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** The moment a datetime-local value means in the browser's time zone, or null when it is not a complete date-time. */
export function fromDateTimeLocal(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds = '0'] = match.map((part) => part ?? '');
  const date = new Date(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The browser's time zone as people read it, e.g. "UTC+01:00"; an offset in minutes east of UTC. */
export function utcOffsetLabel(offsetMinutesEast: number): string {
  if (offsetMinutesEast === 0) return 'UTC';
  const sign = offsetMinutesEast > 0 ? '+' : '−';
  const minutes = Math.abs(offsetMinutesEast);
  return `UTC${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
