import type { Audience, MeasureStatus } from '../gql/graphql';

type WithAudience = { audience: Audience };

/** Splits measures by who they are suggested for, keeping document order within each group. */
export function groupByAudience<T extends WithAudience>(measures: readonly T[]): Record<Audience, T[]> {
  const groups: Record<Audience, T[]> = { EXECUTIVE: [], MANAGER: [] };
  for (const measure of measures) groups[measure.audience]?.push(measure);
  return groups;
}

/**
 * How many measures are currently suggested for each audience. Retired measures stay in the document (so
 * references resolve) but are no longer suggested, so they are not counted.
 */
export function countByAudience(measures: readonly (WithAudience & { status: MeasureStatus })[]): Record<Audience, number> {
  const counts: Record<Audience, number> = { EXECUTIVE: 0, MANAGER: 0 };
  for (const measure of measures) {
    if (measure.status !== 'RETIRED' && measure.audience in counts) counts[measure.audience] += 1;
  }
  return counts;
}
