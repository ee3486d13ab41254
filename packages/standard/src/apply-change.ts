import type { Change, NewCategory, NewMeasure } from './changes.js';
import type { Category, FrameworkDocument, Measure } from './document.js';
import { MEASURE_VALUE_FIELDS } from './field-rules.js';

/** The measure a NewMeasure becomes: optional fields filled in, arrays copied. */
export const toMeasure = (m: NewMeasure): Measure => ({
  key: m.key,
  name: m.name,
  categoryKey: m.categoryKey,
  audience: m.audience,
  definition: m.definition,
  formula: m.formula ?? null,
  unit: m.unit,
  direction: m.direction,
  status: m.status,
  aliases: [...(m.aliases ?? [])],
  notes: m.notes ?? null,
});

/** The fields of a patch that are actually given (a field set to `undefined` is not). */
export const givenFields = <T extends object>(patch: T, fields: readonly (keyof T)[]): Partial<T> =>
  Object.fromEntries(fields.filter((field) => patch[field] !== undefined).map((field) => [field, patch[field]])) as Partial<T>;

const nextPosition = (categories: readonly Category[]): number => categories.reduce((max, c) => Math.max(max, c.position), 0) + 1;

/** Puts a category at a 1-based position in display order and renumbers every category 1..n. */
const placeCategory = (categories: readonly Category[], key: string, position: number): Category[] => {
  const moving = categories.find((c) => c.key === key);
  if (!moving) return [...categories];
  const others = categories.filter((c) => c.key !== key).sort((a, b) => a.position - b.position);
  others.splice(position - 1, 0, moving);
  return others.map((c, index) => (c.position === index + 1 ? c : { ...c, position: index + 1 }));
};

const newCategory = (category: NewCategory, categories: readonly Category[]): Category => ({
  key: category.key,
  name: category.name,
  description: category.description,
  focusPercent: 0,
  position: nextPosition(categories),
});

const updateMeasure = (doc: FrameworkDocument, key: string, update: (m: Measure) => Measure): FrameworkDocument => ({
  ...doc,
  measures: doc.measures.map((m) => (m.key === key ? update(m) : m)),
});

const updateCategory = (doc: FrameworkDocument, key: string, update: (c: Category) => Category): FrameworkDocument => ({
  ...doc,
  categories: doc.categories.map((c) => (c.key === key ? update(c) : c)),
});

/**
 * Applies one change that `checkChange` found valid, returning a new document. Objects the change does not
 * touch are shared with the input, which is never modified.
 */
export const applyChange = (doc: FrameworkDocument, change: Change): FrameworkDocument => {
  switch (change.op) {
    case 'ADD_MEASURE':
      return { ...doc, measures: [...doc.measures, toMeasure(change.measure)] };
    case 'UPDATE_MEASURE': {
      const patch = givenFields(change.patch, MEASURE_VALUE_FIELDS);
      return updateMeasure(doc, change.measureKey, (m) => ({ ...m, ...patch, ...(patch.aliases ? { aliases: [...patch.aliases] } : {}) }));
    }
    case 'RETIRE_MEASURE':
      return updateMeasure(doc, change.measureKey, (m) => ({
        ...m,
        status: 'RETIRED',
        ...(change.replacedBy ? { replacedBy: change.replacedBy } : {}),
      }));
    case 'MOVE_MEASURE':
      return updateMeasure(doc, change.measureKey, (m) => ({ ...m, categoryKey: change.categoryKey }));
    case 'ADD_CATEGORY': {
      const categories = [...doc.categories, newCategory(change.category, doc.categories)];
      const { key, position } = change.category;
      return { ...doc, categories: position === undefined ? categories : placeCategory(categories, key, position) };
    }
    case 'UPDATE_CATEGORY': {
      const { name, description, position } = change.patch;
      const renamed = updateCategory(doc, change.categoryKey, (c) => ({
        ...c,
        ...(name === undefined ? {} : { name }),
        ...(description === undefined ? {} : { description }),
      }));
      return position === undefined ? renamed : { ...renamed, categories: placeCategory(renamed.categories, change.categoryKey, position) };
    }
    case 'SET_FOCUS': {
      const shares = new Map(change.focus.map((share) => [share.categoryKey, share.focusPercent]));
      return { ...doc, categories: doc.categories.map((c) => ({ ...c, focusPercent: shares.get(c.key) ?? c.focusPercent })) };
    }
  }
};
