import { formatTimeLeft } from '../ui/duration';
import { useNow } from '../ui/useNow';

/**
 * Time left until a deadline (ISO), ticking every second. It is a timer, not announced at each tick; what
 * happens at the deadline is announced by whoever shows the result.
 */
export function Countdown({ until }: { until: string }) {
  const deadline = Date.parse(until);
  const now = useNow(1000, Number.isFinite(deadline));
  return (
    <span role="timer" aria-live="off" aria-atomic="true" data-testid="countdown">
      {formatTimeLeft(deadline - now)}
    </span>
  );
}
