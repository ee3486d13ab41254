/** How long to wait before the next attempt after a failure; null when the delivery has had its last try. */
export type RetryDecision = { retryInSeconds: number } | null;

/**
 * The retry schedule (WEBHOOK_RETRY_SCHEDULE: seconds after the previous attempt, one entry per retry). After the
 * n-th failure in a row the wait is `schedule[n - 1]`, lengthened by up to 10% at random (jitter, so that many
 * deliveries failing together do not all come back at once, and never sooner than the schedule says). A `429` or
 * `503` answer's `Retry-After` replaces the wait, within one second and the schedule's longest wait.
 */
export function nextRetry(
  schedule: readonly number[],
  failures: number,
  retryAfterSeconds: number | null,
  random = Math.random,
): RetryDecision {
  if (failures < 1 || failures > schedule.length) return null;
  if (retryAfterSeconds !== null) return { retryInSeconds: Math.min(Math.max(retryAfterSeconds, 1), Math.max(...schedule)) };
  const wait = schedule[failures - 1]!;
  return { retryInSeconds: Math.round(wait * (1 + 0.1 * random()) * 1000) / 1000 };
}

/** `Retry-After` as seconds from `now`: a number of seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
