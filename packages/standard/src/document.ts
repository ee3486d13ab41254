/**
 * The framework document: categories holding measures. Keys are stable slugs; everything else in the
 * platform (proposals, case studies, assessments, vendors) refers to measures and categories by key.
 */

export const AUDIENCES = ['EXECUTIVE', 'MANAGER'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'TARGET'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const MEASURE_STATUSES = ['ACTIVE', 'EMERGING', 'RETIRED'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export type Category = {
  key: string;
  name: string;
  description: string;
  /** Share of leadership time to spend on this category. Not a scoring weight. Integers summing to 100. */
  focusPercent: number;
  /** Display order, 1-based, unique. */
  position: number;
};

export type Measure = {
  key: string;
  name: string;
  categoryKey: string;
  audience: Audience;
  definition: string;
  /** How the measure is computed, in words or arithmetic; null when the measure is a survey or judgement. */
  formula: string | null;
  unit: string;
  direction: Direction;
  status: MeasureStatus;
  aliases: string[];
  notes: string | null;
  /**
   * A retired measure's successor, when it was retired in favour of another (that measure's key). Absent on
   * every other measure, so documents without replacements hash as they always did.
   */
  replacedBy?: string;
};

/** Measures keep document order; categories are ordered by position. Retired measures stay in the document. */
export type FrameworkDocument = {
  categories: Category[];
  measures: Measure[];
};
