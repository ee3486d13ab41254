import { formatDateTime, formatRelative } from './format';
import { useNow } from './useNow';

type TimeProps = {
  /** An ISO date-time. */
  value: string;
  /**
   * `absolute` (the default): "Tue, 8 Dec 2026, 07:46 CET"; `relative`: "3 hours ago" (the date in a tooltip);
   * `both`: "in 6 days, Tue, 8 Dec 2026, 07:46 CET", for deadlines.
   */
  show?: 'absolute' | 'relative' | 'both';
  testId?: string;
};

/** A moment as the reader reads time: in their own time zone, relative where that helps, with a machine-readable `<time>`. */
export function Time({ value, show = 'absolute', testId }: TimeProps) {
  const now = useNow(60_000, show !== 'absolute');
  const absolute = formatDateTime(value);
  const text =
    show === 'absolute' ? absolute : show === 'relative' ? formatRelative(value, now) : `${formatRelative(value, now)}, ${absolute}`;
  return (
    <time dateTime={value} title={show === 'relative' ? absolute : undefined} data-testid={testId}>
      {text}
    </time>
  );
}
