import { WEBHOOK_EVENT_DESCRIPTIONS, WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@ocmf/standard';

/** The event types an endpoint can receive, each with what it announces. */
export const EVENT_OPTIONS: readonly { value: WebhookEventType; description: string }[] = WEBHOOK_EVENT_TYPES.map((value) => ({
  value,
  description: WEBHOOK_EVENT_DESCRIPTIONS[value],
}));

/**
 * A token's expiry from a date input ("2027-03-31"): the end of that day, UTC, so the token works all that day.
 * Empty: no expiry. Null for something that is not a date.
 */
export function expiryFromDate(value: string): { expiresAt: string | null } | null {
  if (value.trim() === '') return { expiresAt: null };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const end = new Date(`${value}T23:59:59.999Z`);
  return Number.isNaN(end.getTime()) ? null : { expiresAt: end.toISOString() };
}

/** Adds or removes one event type, keeping the list in the order the API offers them. */
export function toggleEvent(events: readonly string[], event: WebhookEventType, on: boolean): string[] {
  const chosen = new Set(events);
  if (on) chosen.add(event);
  else chosen.delete(event);
  return WEBHOOK_EVENT_TYPES.filter((type) => chosen.has(type));
}

/** An attempt's outcome in words: "200", "500", or "no answer". */
export function attemptOutcome(attempt: { statusCode: number | null; error: string | null }): string {
  if (attempt.statusCode !== null) return `HTTP ${attempt.statusCode}`;
  return 'no answer';
}

export const DELIVERY_STATUS_LABELS = { PENDING: 'Pending', SUCCEEDED: 'Delivered', FAILED: 'Failed' } as const;
