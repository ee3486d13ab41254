import { pluralize } from './format';

export type DurationUnit = 'days' | 'hours' | 'minutes' | 'seconds';

export const DURATION_UNITS: readonly DurationUnit[] = ['days', 'hours', 'minutes', 'seconds'];

const UNIT_SECONDS: Record<DurationUnit, number> = { days: 86_400, hours: 3_600, minutes: 60, seconds: 1 };
const UNIT_NAMES: Record<DurationUnit, string> = { days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second' };

/**
 * A number of seconds in words, with its two largest units (the rest is dropped, not rounded up):
 * 604800 → "7 days", 129600 → "1 day 12 hours", 90 → "1 minute 30 seconds".
 */
export function formatDuration(totalSeconds: number): string {
  let rest = Math.max(0, Math.floor(totalSeconds));
  const amounts = DURATION_UNITS.map((unit) => {
    const amount = Math.floor(rest / UNIT_SECONDS[unit]);
    rest -= amount * UNIT_SECONDS[unit];
    return { unit, amount };
  });
  const first = amounts.findIndex(({ amount }) => amount > 0);
  if (first < 0) return pluralize(0, UNIT_NAMES.seconds);
  // Only adjacent units read well together: "1 day 12 hours", never "1 day 5 seconds".
  return amounts
    .slice(first, first + 2)
    .filter(({ amount }) => amount > 0)
    .map(({ unit, amount }) => pluralize(amount, UNIT_NAMES[unit]))
    .join(' ');
}

/** The time until a deadline, counted down to the second: "6 days 23 hours left", "25 seconds left", "no time left". */
export function formatTimeLeft(milliseconds: number): string {
  if (milliseconds <= 0) return 'no time left';
  return `${formatDuration(Math.ceil(milliseconds / 1000))} left`;
}

/** A duration as an amount of its largest whole unit, for a form: 604800 → 7 days, 5400 → 90 minutes. */
export function splitDuration(totalSeconds: number): { amount: number; unit: DurationUnit } {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const unit = DURATION_UNITS.find((candidate) => seconds > 0 && seconds % UNIT_SECONDS[candidate] === 0) ?? 'seconds';
  return { amount: seconds / UNIT_SECONDS[unit], unit };
}

/** An amount typed in a form, in seconds; null when it is not a whole, non-negative number. */
export function durationSeconds(amount: string, unit: DurationUnit): number | null {
  if (!/^\s*\d+(\.\d+)?\s*$/.test(amount)) return null;
  const seconds = Number(amount) * UNIT_SECONDS[unit];
  return Number.isInteger(seconds) ? seconds : Math.round(seconds);
}

export function isDurationUnit(value: string): value is DurationUnit {
  return (DURATION_UNITS as readonly string[]).includes(value);
}
