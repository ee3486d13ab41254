import type { Category, Measure, MeasureStatus } from './document.js';

/**
 * A proposal carries an ordered change set. Changes apply in order, each seeing the document as the earlier
 * ones left it. There is deliberately no way to remove a category or a measure: measures are retired and
 * stay in the document, and a category, once added, stays (its Focus % may drop to 0).
 */

export const CHANGE_OPS = [
  'ADD_MEASURE',
  'UPDATE_MEASURE',
  'RETIRE_MEASURE',
  'MOVE_MEASURE',
  'ADD_CATEGORY',
  'UPDATE_CATEGORY',
  'SET_FOCUS',
] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

/** Statuses a measure can be given by adding or updating it; retiring has its own change. */
export const LIVE_MEASURE_STATUSES = ['ACTIVE', 'EMERGING'] as const satisfies readonly MeasureStatus[];
export type LiveMeasureStatus = (typeof LIVE_MEASURE_STATUSES)[number];

export type NewMeasure = Omit<Measure, 'status' | 'aliases' | 'notes' | 'formula'> & {
  status: LiveMeasureStatus;
  formula?: string | null;
  aliases?: string[];
  notes?: string | null;
};

/** Fields left out stay as they are; `formula: null` and `notes: null` clear those fields. */
export type MeasurePatch = Partial<
  Pick<Measure, 'name' | 'audience' | 'definition' | 'formula' | 'unit' | 'direction' | 'aliases' | 'notes'>
> & {
  status?: LiveMeasureStatus;
};

/** A new category enters with Focus % 0, and at the end unless a position is given. */
export type NewCategory = Pick<Category, 'key' | 'name' | 'description'> & { position?: number };

/** Setting a position moves the category there and renumbers the others 1..n in their order. */
export type CategoryPatch = Partial<Pick<Category, 'name' | 'description' | 'position'>>;

export type FocusShare = { categoryKey: string; focusPercent: number };

export type AddMeasureChange = { op: 'ADD_MEASURE'; measure: NewMeasure; reason?: string | null };
export type UpdateMeasureChange = { op: 'UPDATE_MEASURE'; measureKey: string; patch: MeasurePatch; reason?: string | null };
/** `replacedBy`: the key of an active measure that takes the retired one's place (it may be added earlier in the set). */
export type RetireMeasureChange = { op: 'RETIRE_MEASURE'; measureKey: string; reason: string; replacedBy?: string | null };
export type MoveMeasureChange = { op: 'MOVE_MEASURE'; measureKey: string; categoryKey: string; reason?: string | null };
export type AddCategoryChange = { op: 'ADD_CATEGORY'; category: NewCategory; reason?: string | null };
export type UpdateCategoryChange = { op: 'UPDATE_CATEGORY'; categoryKey: string; patch: CategoryPatch; reason?: string | null };
/** Every category's share at once, so that the shares keep summing to 100. */
export type SetFocusChange = { op: 'SET_FOCUS'; focus: FocusShare[]; reason?: string | null };

export type Change =
  | AddMeasureChange
  | UpdateMeasureChange
  | RetireMeasureChange
  | MoveMeasureChange
  | AddCategoryChange
  | UpdateCategoryChange
  | SetFocusChange;

export const CATEGORY_PATCH_FIELDS = ['name', 'description', 'position'] as const satisfies readonly (keyof CategoryPatch)[];
