import type { Audience, Direction, MeasureStatus } from '../gql/graphql';
import type { BadgeTone } from '../ui/Badge';

const DIRECTION_LABELS: Record<Direction, string> = {
  HIGHER_IS_BETTER: 'Higher is better',
  LOWER_IS_BETTER: 'Lower is better',
  TARGET: 'Closer to the target is better',
};

/** Which way is better for a measure, in words: LOWER_IS_BETTER → "Lower is better". */
export function directionLabel(direction: Direction): string {
  return DIRECTION_LABELS[direction] ?? direction;
}

const AUDIENCE_LABELS: Record<Audience, { one: string; many: string }> = {
  EXECUTIVE: { one: 'Executive', many: 'Executives' },
  MANAGER: { one: 'Manager', many: 'Managers' },
};

/** Who a measure is suggested for: EXECUTIVE → "Executives" (or "Executive" with `{ plural: false }`). */
export function audienceLabel(audience: Audience, { plural = true }: { plural?: boolean } = {}): string {
  const labels = AUDIENCE_LABELS[audience];
  if (!labels) return audience;
  return plural ? labels.many : labels.one;
}

const STATUS: Record<MeasureStatus, { label: string; tone: BadgeTone; explanation: string }> = {
  ACTIVE: { label: 'Active', tone: 'positive', explanation: 'Part of the framework and in use.' },
  EMERGING: {
    label: 'Emerging',
    tone: 'info',
    explanation: 'A newer measure, suggested while organisations gain experience with it.',
  },
  RETIRED: {
    label: 'Retired',
    tone: 'neutral',
    explanation: 'No longer suggested. It stays in the framework so history and references still make sense.',
  },
};

export function statusLabel(status: MeasureStatus): string {
  return STATUS[status]?.label ?? status;
}

export function statusTone(status: MeasureStatus): BadgeTone {
  return STATUS[status]?.tone ?? 'neutral';
}

export function statusExplanation(status: MeasureStatus): string {
  return STATUS[status]?.explanation ?? '';
}
