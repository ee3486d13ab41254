import type { Measure } from './document.js';
import { MEASURE_VALUE_FIELDS } from './field-rules.js';
import { jsonEqual } from './json-equal.js';

/** Every field of a measure but its key, in the order people read them. */
export const MEASURE_FIELDS = ['name', 'categoryKey', ...MEASURE_VALUE_FIELDS.slice(1)] as const satisfies readonly Exclude<
  keyof Measure,
  'key'
>[];
export type MeasureField = (typeof MEASURE_FIELDS)[number];

export const MEASURE_CHANGES = ['added', 'changed', 'moved', 'retired'] as const;
export type MeasureChange = (typeof MEASURE_CHANGES)[number];

/**
 * What one release did to a measure, comparing it with the previous release's version of it: added (absent
 * before), retired (its status became RETIRED), moved (its category changed), changed (any other field), or
 * null when the release left it as it was.
 */
export const classifyMeasureChange = (
  before: Measure | undefined,
  now: Measure,
): { change: MeasureChange; fields: MeasureField[] } | null => {
  if (!before) return { change: 'added', fields: [] };
  const fields = MEASURE_FIELDS.filter((field) => !jsonEqual(before[field], now[field]));
  if (fields.length === 0) return null;
  if (fields.includes('status') && now.status === 'RETIRED') return { change: 'retired', fields };
  if (fields.includes('categoryKey')) return { change: 'moved', fields };
  return { change: 'changed', fields };
};
