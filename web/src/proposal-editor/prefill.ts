import { FIELD_LIMITS, slugify } from '@ocmf/standard';
import { type ChangeDraft, emptyChange } from './change-form';

/** The query parameter that opens a new proposal with an ADD_MEASURE change for a measure of that name. */
export const ADD_MEASURE_PARAM = 'addMeasure';
/** …with an UPDATE_MEASURE change of that measure (by key), e.g. from the measure's page. */
export const MEASURE_PARAM = 'measure';
/** …with an UPDATE_CATEGORY change of that category (by key), e.g. from the category's page. */
export const CATEGORY_PARAM = 'category';

/** Where to start a proposal changing the measure `key`. */
export function proposeMeasureChangeHref(key: string): string {
  return `/proposals/new?${new URLSearchParams({ [MEASURE_PARAM]: key }).toString()}`;
}

/** Where to start a proposal changing the category `key`. */
export function proposeCategoryChangeHref(key: string): string {
  return `/proposals/new?${new URLSearchParams({ [CATEGORY_PARAM]: key }).toString()}`;
}

/** Where to start a proposal adding the measure `name`, e.g. from a self-assessment's "what else you measure". */
export function proposeMeasureHref(name: string): string {
  return `/proposals/new?${new URLSearchParams({ [ADD_MEASURE_PARAM]: name.trim() }).toString()}`;
}

/**
 * A new proposal's starting point from the page's query: one ADD_MEASURE change named after `addMeasure` (its key
 * following the name, as when typed), or nothing when the parameter is absent or blank.
 */
export function prefillFromQuery(search: URLSearchParams): { title: string; summary: string; changes: ChangeDraft[] } | undefined {
  const measureKey = (search.get(MEASURE_PARAM) ?? '').trim();
  if (measureKey !== '') {
    const change = emptyChange('UPDATE_MEASURE', 1);
    return change.op === 'UPDATE_MEASURE' ? { title: '', summary: '', changes: [{ ...change, measureKey }] } : undefined;
  }
  const categoryKey = (search.get(CATEGORY_PARAM) ?? '').trim();
  if (categoryKey !== '') {
    const change = emptyChange('UPDATE_CATEGORY', 1);
    return change.op === 'UPDATE_CATEGORY' ? { title: '', summary: '', changes: [{ ...change, categoryKey }] } : undefined;
  }
  const name = (search.get(ADD_MEASURE_PARAM) ?? '').trim().slice(0, FIELD_LIMITS.name);
  if (name === '') return undefined;
  const change = emptyChange('ADD_MEASURE', 1);
  if (change.op !== 'ADD_MEASURE') return undefined;
  return { title: `Add ${name}`, summary: '', changes: [{ ...change, measure: { ...change.measure, name, key: slugify(name) } }] };
}
