import { CATEGORY_PATCH_FIELDS } from './changes.js';
import { categoriesInOrder } from './document-access.js';
import type { Category, FrameworkDocument, Measure } from './document.js';
import { MEASURE_VALUE_FIELDS } from './field-rules.js';
import { jsonEqual } from './json-equal.js';
import { joinPath } from './paths.js';
import { diffWords, type WordDiffPart } from './word-diff.js';

/** One field that differs; text fields carry a word-level diff. */
export type FieldChange = { field: string; path: string; before: unknown; after: unknown; words?: WordDiffPart[] };

export type EntityChanges = { key: string; name: string; fields: FieldChange[] };

export type MeasureMove = { key: string; name: string; from: string; to: string };

export type FocusChange = { categoryKey: string; before: number; after: number };

/**
 * What changed between two documents, grouped for changelogs and review. A retirement is listed under
 * `retired` (not as a status change) and a change of category under `moved`; `removed` only occurs between
 * documents that were not related by change sets, which never remove anything.
 */
export type DocumentDiff = {
  measures: { added: Measure[]; removed: Measure[]; retired: Measure[]; moved: MeasureMove[]; changed: EntityChanges[] };
  categories: { added: Category[]; removed: Category[]; changed: EntityChanges[] };
  focus: FocusChange[];
};

const MEASURE_TEXT_FIELDS: ReadonlySet<string> = new Set(['name', 'definition', 'formula', 'unit', 'notes']);
const CATEGORY_TEXT_FIELDS: ReadonlySet<string> = new Set(['name', 'description']);

const fieldChanges = <T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
  textFields: ReadonlySet<string>,
  basePath: string,
): FieldChange[] =>
  fields
    .filter((field) => !jsonEqual(before[field], after[field]))
    .map((field) => {
      const change: FieldChange = { field, path: joinPath(basePath, field), before: before[field], after: after[field] };
      if (!textFields.has(field)) return change;
      const asText = (value: unknown): string => (typeof value === 'string' ? value : '');
      return { ...change, words: diffWords(asText(before[field]), asText(after[field])) };
    });

const byKey = <T extends { key: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.key, item]));

const isRetirement = (before: Measure, after: Measure): boolean => before.status !== 'RETIRED' && after.status === 'RETIRED';

const diffMeasures = (before: FrameworkDocument, after: FrameworkDocument): DocumentDiff['measures'] => {
  const old = byKey(before.measures);
  const now = byKey(after.measures);
  const pairs = after.measures.flatMap((m) => {
    const was = old.get(m.key);
    return was ? [{ was, m }] : [];
  });
  return {
    added: after.measures.filter((m) => !old.has(m.key)),
    removed: before.measures.filter((m) => !now.has(m.key)),
    retired: pairs.filter(({ was, m }) => isRetirement(was, m)).map(({ m }) => m),
    moved: pairs
      .filter(({ was, m }) => was.categoryKey !== m.categoryKey)
      .map(({ was, m }) => ({ key: m.key, name: m.name, from: was.categoryKey, to: m.categoryKey })),
    changed: pairs
      .map(({ was, m }) => {
        const fields = MEASURE_VALUE_FIELDS.filter((field) => field !== 'status' || !isRetirement(was, m));
        return { key: m.key, name: m.name, fields: fieldChanges(was, m, fields, MEASURE_TEXT_FIELDS, joinPath('measures', m.key)) };
      })
      .filter((entry) => entry.fields.length > 0),
  };
};

const diffCategories = (before: FrameworkDocument, after: FrameworkDocument): DocumentDiff['categories'] => {
  const old = byKey(before.categories);
  const now = byKey(after.categories);
  const ordered = categoriesInOrder(after);
  return {
    added: ordered.filter((c) => !old.has(c.key)),
    removed: categoriesInOrder(before).filter((c) => !now.has(c.key)),
    changed: ordered.flatMap((c) => {
      const was = old.get(c.key);
      const fields = was ? fieldChanges(was, c, CATEGORY_PATCH_FIELDS, CATEGORY_TEXT_FIELDS, joinPath('categories', c.key)) : [];
      return fields.length > 0 ? [{ key: c.key, name: c.name, fields }] : [];
    }),
  };
};

/** Focus % per category, a category absent on one side counting as 0 there. */
const diffFocus = (before: FrameworkDocument, after: FrameworkDocument): FocusChange[] => {
  const old = byKey(before.categories);
  const now = byKey(after.categories);
  const keys = [...categoriesInOrder(after), ...categoriesInOrder(before).filter((c) => !now.has(c.key))].map((c) => c.key);
  return keys
    .map((categoryKey) => ({
      categoryKey,
      before: old.get(categoryKey)?.focusPercent ?? 0,
      after: now.get(categoryKey)?.focusPercent ?? 0,
    }))
    .filter((change) => change.before !== change.after);
};

export const diffDocuments = (before: FrameworkDocument, after: FrameworkDocument): DocumentDiff => ({
  measures: diffMeasures(before, after),
  categories: diffCategories(before, after),
  focus: diffFocus(before, after),
});

export const isEmptyDiff = (diff: DocumentDiff): boolean =>
  [...Object.values(diff.measures), ...Object.values(diff.categories), diff.focus].every((entries) => entries.length === 0);
