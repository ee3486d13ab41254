import { applyChange } from './apply-change.js';
import { CATEGORY_PATCH_FIELDS, type Change } from './changes.js';
import { checkChange } from './check-change.js';
import { findCategory, findMeasure } from './document-access.js';
import type { FrameworkDocument } from './document.js';
import { MEASURE_VALUE_FIELDS } from './field-rules.js';

export type ChangeKind = 'added' | 'changed' | 'retired' | 'rebalanced' | 'moved';

export const changeKind = (change: Change): ChangeKind => {
  switch (change.op) {
    case 'ADD_MEASURE':
    case 'ADD_CATEGORY':
      return 'added';
    case 'UPDATE_MEASURE':
    case 'UPDATE_CATEGORY':
      return 'changed';
    case 'RETIRE_MEASURE':
      return 'retired';
    case 'MOVE_MEASURE':
      return 'moved';
    case 'SET_FOCUS':
      return 'rebalanced';
  }
};

const fieldList = <T extends object>(patch: T, fields: readonly (keyof T & string)[]): string =>
  fields.filter((field) => patch[field] !== undefined).join(', ');

/**
 * A one-line description of a change for changelogs, naming measures and categories as `doc` (the document
 * the change applies to) names them: "Add measure Net Annual Recurring Revenue to Business".
 */
export const describeChange = (doc: FrameworkDocument, change: Change): string => {
  const measureName = (key: string): string => findMeasure(doc, key)?.name ?? key;
  const categoryName = (key: string): string => findCategory(doc, key)?.name ?? key;
  switch (change.op) {
    case 'ADD_MEASURE':
      return `Add measure ${change.measure.name} to ${categoryName(change.measure.categoryKey)}`;
    case 'UPDATE_MEASURE': {
      const renamed = change.patch.name === undefined ? '' : ` (renamed ${change.patch.name})`;
      return `Update ${measureName(change.measureKey)}${renamed}: ${fieldList(change.patch, MEASURE_VALUE_FIELDS)}`;
    }
    case 'RETIRE_MEASURE': {
      const replacement = change.replacedBy ? `, replaced by ${measureName(change.replacedBy)}` : '';
      return `Retire ${measureName(change.measureKey)}${replacement}: ${change.reason.trim()}`;
    }
    case 'MOVE_MEASURE': {
      const from = findMeasure(doc, change.measureKey)?.categoryKey;
      const origin = from === undefined ? '' : ` from ${categoryName(from)}`;
      return `Move ${measureName(change.measureKey)}${origin} to ${categoryName(change.categoryKey)}`;
    }
    case 'ADD_CATEGORY':
      return `Add category ${change.category.name}`;
    case 'UPDATE_CATEGORY': {
      const renamed = change.patch.name === undefined ? '' : ` (renamed ${change.patch.name})`;
      return `Update category ${categoryName(change.categoryKey)}${renamed}: ${fieldList(change.patch, CATEGORY_PATCH_FIELDS)}`;
    }
    case 'SET_FOCUS': {
      const moves = change.focus
        .map((share) => ({ share, before: findCategory(doc, share.categoryKey)?.focusPercent }))
        .filter(({ share, before }) => before !== share.focusPercent)
        .map(({ share, before }) => `${categoryName(share.categoryKey)} ${before ?? 0}→${share.focusPercent}`);
      return moves.length === 0 ? 'Re-balance Focus % (no change)' : `Re-balance Focus %: ${moves.join(', ')}`;
    }
  }
};

/** Describes a change set in order, each change named as the document stands after the changes before it. */
export const describeChanges = (doc: FrameworkDocument, changes: readonly Change[]): string[] => {
  let current = doc;
  return changes.map((change, index) => {
    const line = describeChange(current, change);
    if (checkChange(current, change, index).length === 0) current = applyChange(current, change);
    return line;
  });
};
