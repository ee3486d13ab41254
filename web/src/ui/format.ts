const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An ISO date-time as a calendar date, e.g. "22 March 2016" (UTC, so everyone sees the same day). */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** Formatters by time zone ('' for the reader's own): making one takes longer than formatting many dates. */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      timeZone,
    });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/**
 * An ISO date-time in the reader's time zone (or `timeZone`), with the zone named: "Tue, 8 Dec 2026, 07:46 CET".
 */
export function formatDateTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat(timeZone).format(date);
}

const relativeFormat = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

/** How far a moment is from `now`, in words: "in 6 days", "3 hours ago", "tomorrow", "just now". */
export function formatRelative(iso: string, now: number): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const seconds = (at - now) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 45 * 60) return relativeFormat.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return relativeFormat.format(Math.round(seconds / 3600), 'hour');
  if (abs < 26 * 86_400) return relativeFormat.format(Math.round(seconds / 86_400), 'day');
  if (abs < 320 * 86_400) return relativeFormat.format(Math.round(seconds / (30 * 86_400)), 'month');
  return relativeFormat.format(Math.round(seconds / (365 * 86_400)), 'year');
}

/** A count with its noun, e.g. "1 measure", "3 measures". */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
