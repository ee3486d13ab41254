import { givenFields, toMeasure } from './apply-change.js';
import { CATEGORY_PATCH_FIELDS, type Change } from './changes.js';
import { findCategory, findMeasure } from './document-access.js';
import type { FrameworkDocument, Measure } from './document.js';
import { MEASURE_VALUE_FIELDS } from './field-rules.js';
import { changePath, joinPath } from './paths.js';

/** A field that a change sets, or relies on, with the value the change wants there. */
export type Touch = {
  /** Where in the document, e.g. `measures.time-to-smile.definition`. */
  path: string;
  /** Where in the change set, e.g. `changes[2].patch.definition`. */
  changePath: string;
  /** What is there, in words: "the definition of measure time-to-smile". */
  what: string;
  proposed: unknown;
  read: (doc: FrameworkDocument) => unknown;
};

const measureTouch = (key: string, field: keyof Measure, changeField: string, proposed: unknown, index: number): Touch => ({
  path: joinPath('measures', key, field),
  changePath: changePath(index, changeField),
  what: `the ${field} of measure ${key}`,
  proposed,
  read: (doc) => findMeasure(doc, key)?.[field],
});

/**
 * An update or a move is written against a live measure. When the measure was retired after `base`, that is a
 * conflict on its status.
 */
const liveness = (key: string, index: number, base: FrameworkDocument, current: FrameworkDocument): Touch[] => {
  const before = findMeasure(base, key)?.status;
  const now = findMeasure(current, key)?.status;
  return before !== undefined && before !== 'RETIRED' && now === 'RETIRED'
    ? [measureTouch(key, 'status', 'measureKey', before, index)]
    : [];
};

/**
 * The fields a change touches. `base` is the document the change was written against and `current` the one it
 * now applies to; they matter only for preconditions and for the categories a re-balance must cover.
 */
export const touchesOf = (change: Change, index: number, base: FrameworkDocument, current: FrameworkDocument): Touch[] => {
  switch (change.op) {
    case 'ADD_MEASURE': {
      const proposed = toMeasure(change.measure);
      return [
        {
          path: joinPath('measures', proposed.key),
          changePath: changePath(index, 'measure'),
          what: `the measure with key ${proposed.key}`,
          proposed,
          read: (doc) => findMeasure(doc, proposed.key),
        },
      ];
    }
    case 'UPDATE_MEASURE': {
      const patch = givenFields(change.patch, MEASURE_VALUE_FIELDS);
      const touches = MEASURE_VALUE_FIELDS.filter((field) => field in patch).map((field) =>
        measureTouch(change.measureKey, field, `patch.${field}`, patch[field], index),
      );
      return 'status' in patch ? touches : [...touches, ...liveness(change.measureKey, index, base, current)];
    }
    case 'RETIRE_MEASURE':
      return [measureTouch(change.measureKey, 'status', 'measureKey', 'RETIRED', index)];
    case 'MOVE_MEASURE':
      return [
        measureTouch(change.measureKey, 'categoryKey', 'categoryKey', change.categoryKey, index),
        ...liveness(change.measureKey, index, base, current),
      ];
    case 'ADD_CATEGORY': {
      const { key, name, description, position } = change.category;
      const proposed = position === undefined ? { key, name, description } : { key, name, description, position };
      return [
        {
          path: joinPath('categories', key),
          changePath: changePath(index, 'category'),
          what: `the category with key ${key}`,
          proposed,
          read: (doc) => {
            const category = findCategory(doc, key);
            if (!category) return undefined;
            const found = { key: category.key, name: category.name, description: category.description };
            return position === undefined ? found : { ...found, position: category.position };
          },
        },
      ];
    }
    case 'UPDATE_CATEGORY': {
      const patch = givenFields(change.patch, CATEGORY_PATCH_FIELDS);
      return CATEGORY_PATCH_FIELDS.filter((field) => field in patch).map((field) => ({
        path: joinPath('categories', change.categoryKey, field),
        changePath: changePath(index, 'patch', field),
        what: `the ${field} of category ${change.categoryKey}`,
        proposed: patch[field],
        read: (doc) => findCategory(doc, change.categoryKey)?.[field],
      }));
    }
    case 'SET_FOCUS': {
      const listed = change.focus.map((share, j) => ({
        key: share.categoryKey,
        proposed: share.focusPercent,
        at: changePath(index, 'focus', j, 'focusPercent'),
      }));
      const unlisted = current.categories
        .filter((c) => !change.focus.some((share) => share.categoryKey === c.key))
        .map((c) => ({ key: c.key, proposed: undefined, at: changePath(index, 'focus') }));
      return [...listed, ...unlisted].map(({ key, proposed, at }) => ({
        path: joinPath('categories', key, 'focusPercent'),
        changePath: at,
        what: `the Focus % of category ${key}`,
        proposed,
        read: (doc) => findCategory(doc, key)?.focusPercent,
      }));
    }
  }
};
