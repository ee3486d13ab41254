/**
 * What the platform tells people, and how. The API decides who receives each kind and delivers it as each person
 * chose; the settings page offers the same kinds, deliveries and defaults.
 */

export const NOTIFICATION_KINDS = [
  'VOTING_OPENED',
  'VOTE_CLOSING_SOON',
  'PROPOSAL_COMMENTED',
  'PROPOSAL_STATUS_CHANGED',
  'COMMENT_REPLIED',
  'MENTIONED',
  'COMMENT_FLAGGED',
  'RELEASE_PUBLISHED',
  'FOLLOWED_PROPOSAL_SUBMITTED',
  'ROLE_CHANGED',
  'FOLLOWED_CASE_STUDY_PUBLISHED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** In the app only; an email at once; or collected into a daily or weekly digest. Everything shows in the app. */
export const NOTIFICATION_DELIVERIES = ['IN_APP', 'EMAIL_NOW', 'DAILY_DIGEST', 'WEEKLY_DIGEST'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

/** Digests are the default, so the platform is quiet unless asked; what needs acting on soon is sent at once. */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  VOTING_OPENED: 'EMAIL_NOW',
  VOTE_CLOSING_SOON: 'DAILY_DIGEST',
  PROPOSAL_COMMENTED: 'DAILY_DIGEST',
  PROPOSAL_STATUS_CHANGED: 'DAILY_DIGEST',
  COMMENT_REPLIED: 'DAILY_DIGEST',
  MENTIONED: 'EMAIL_NOW',
  COMMENT_FLAGGED: 'DAILY_DIGEST',
  RELEASE_PUBLISHED: 'DAILY_DIGEST',
  FOLLOWED_PROPOSAL_SUBMITTED: 'DAILY_DIGEST',
  ROLE_CHANGED: 'DAILY_DIGEST',
  FOLLOWED_CASE_STUDY_PUBLISHED: 'DAILY_DIGEST',
};

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  VOTING_OPENED: 'A vote opened for you',
  VOTE_CLOSING_SOON: 'A vote closes within 24 hours and you have not voted',
  PROPOSAL_COMMENTED: 'A comment on a proposal you follow',
  PROPOSAL_STATUS_CHANGED: 'A proposal you follow changed status (merged, released…)',
  COMMENT_REPLIED: 'A reply to your comment',
  MENTIONED: 'Someone mentioned you',
  COMMENT_FLAGGED: 'A comment was flagged (editors)',
  RELEASE_PUBLISHED: 'A release was published',
  FOLLOWED_PROPOSAL_SUBMITTED: 'A new proposal on a measure or category you follow',
  ROLE_CHANGED: 'Your role changed',
  FOLLOWED_CASE_STUDY_PUBLISHED: 'A case study on a measure or category you follow',
};

export const NOTIFICATION_DELIVERY_LABELS: Record<NotificationDelivery, string> = {
  IN_APP: 'In the app only',
  EMAIL_NOW: 'Email at once',
  DAILY_DIGEST: 'Daily digest',
  WEEKLY_DIGEST: 'Weekly digest',
};

/** What someone can follow: a proposal by number, a measure or category by key, and the releases (key "all"). */
export const FOLLOW_KINDS = ['PROPOSAL', 'MEASURE', 'CATEGORY', 'RELEASES'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

/** The local hour digests are sent at, and the weekday (ISO: 1 = Monday) of the weekly one. */
export const DIGEST_SCHEDULE = { hour: 8, weeklyIsoWeekday: 1 } as const;

/** How long before a vote closes an elector who has not voted is reminded. */
export const VOTE_REMINDER_HOURS = 24;

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);

/** A person's choice for each kind: what they set, else the default. */
export function deliveryFor(kind: NotificationKind, chosen: Partial<Record<string, NotificationDelivery>>): NotificationDelivery {
  return chosen[kind] ?? DEFAULT_DELIVERY[kind];
}

/**
 * The `@handle`s a text mentions, lower-cased and once each, in order. A handle is 2-40 of a-z, 0-9, `-` and `_`
 * after an `@` that does not follow a letter, digit or `.` (so `ana@example.org` mentions nobody).
 */
export function mentionedHandles(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(^|[^\p{L}\p{N}._@-])@([a-z0-9][a-z0-9_-]{1,39})/giu)) {
    const handle = match[2]!.toLowerCase();
    if (!found.includes(handle)) found.push(handle);
  }
  return found;
}

/** A handle made from a display name or an email's local part: lower-case ASCII letters, digits and `-`. */
export function handleFrom(source: string): string {
  const base = source
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/g, '');
  return base.length >= 2 ? base : `user-${base}`.replace(/-$/, '');
}

/** The local date (YYYY-MM-DD), hour (0-23) and ISO weekday (1 = Monday) of an instant in an IANA time zone. */
export function localParts(now: Date, timeZone: string): { date: string; hour: number; isoWeekday: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    isoWeekday: weekdays.indexOf(get('weekday')) + 1,
  };
}

/** Whether an IANA time zone name is one this runtime knows. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The digests due at `now` for someone in `timeZone`: a daily one each day at the digest hour, a weekly one on the
 * digest weekday too. Each is named by its local date, so a digest is sent once per period whatever the restarts.
 */
export function dueDigests(now: Date, timeZone: string): { period: 'DAILY' | 'WEEKLY'; key: string }[] {
  const local = localParts(now, timeZone);
  if (local.hour !== DIGEST_SCHEDULE.hour) return [];
  const due: { period: 'DAILY' | 'WEEKLY'; key: string }[] = [{ period: 'DAILY', key: `daily:${local.date}` }];
  if (local.isoWeekday === DIGEST_SCHEDULE.weeklyIsoWeekday) due.push({ period: 'WEEKLY', key: `weekly:${local.date}` });
  return due;
}
