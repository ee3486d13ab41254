import { givenFields, toMeasure } from './apply-change.js';
import {
  CATEGORY_PATCH_FIELDS,
  LIVE_MEASURE_STATUSES,
  type AddCategoryChange,
  type AddMeasureChange,
  type Change,
  type MeasurePatch,
  type SetFocusChange,
  type UpdateCategoryChange,
  type UpdateMeasureChange,
} from './changes.js';
import { findCategory, findMeasure } from './document-access.js';
import type { FrameworkDocument } from './document.js';
import { issue, type ValidationIssue } from './errors.js';
import {
  FIELD_LIMITS,
  MEASURE_VALUE_FIELDS,
  checkCategoryText,
  checkEnum,
  checkFocus,
  checkFocusSum,
  checkKey,
  checkMeasureField,
  checkOptionalText,
  checkPosition,
  checkText,
  type MeasureValueField,
} from './field-rules.js';
import { isValidKey } from './keys.js';
import { quote } from './messages.js';
import { changePath } from './paths.js';

const checkReason = (reason: unknown, path: string): ValidationIssue[] =>
  reason === undefined ? [] : checkOptionalText(reason, path, 'reason', 'this change', FIELD_LIMITS.reason);

/** Like `checkMeasureField`, except that a change may not set the status to RETIRED. */
const checkChangedMeasureField = (field: MeasureValueField, value: unknown, path: string, subject: string): ValidationIssue[] => {
  if (field !== 'status') return checkMeasureField(field, value, path, subject);
  return checkEnum(value, LIVE_MEASURE_STATUSES, path, 'status', subject, 'measures are retired with RETIRE_MEASURE');
};

/** The measure a change targets must exist and must not be retired. */
const checkTarget = (doc: FrameworkDocument, key: string, path: string, action: string): ValidationIssue[] => {
  const measure = findMeasure(doc, key);
  if (!measure) return [issue('UNKNOWN_MEASURE', path, `There is no measure with key ${quote(key)}.`)];
  if (measure.status === 'RETIRED') return [issue('MEASURE_RETIRED', path, `${measure.name} is retired and can no longer be ${action}.`)];
  return [];
};

/** A retirement's replacement: another measure of the document, and an active one (add it earlier in the set if new). */
const checkReplacement = (doc: FrameworkDocument, retiring: string, replacedBy: unknown, path: string): ValidationIssue[] => {
  if (replacedBy === undefined || replacedBy === null) return [];
  if (typeof replacedBy !== 'string') return [issue('INVALID_TYPE', path, 'The replacement must be a measure key.')];
  if (replacedBy === retiring) return [issue('REPLACED_BY_ITSELF', path, 'A measure cannot be retired in favour of itself.')];
  const replacement = findMeasure(doc, replacedBy);
  if (!replacement) {
    return [
      issue(
        'UNKNOWN_MEASURE',
        path,
        `There is no measure with key ${quote(replacedBy)} to replace it (a new measure must be added by an earlier change).`,
      ),
    ];
  }
  if (replacement.status === 'RETIRED')
    return [issue('MEASURE_RETIRED', path, `${replacement.name} is retired and cannot replace another measure.`)];
  return [];
};

const checkCategoryRef = (doc: FrameworkDocument, key: string, path: string): ValidationIssue[] =>
  findCategory(doc, key) ? [] : [issue('UNKNOWN_CATEGORY', path, `There is no category with key ${quote(key)}.`)];

const checkAddMeasure = (doc: FrameworkDocument, change: AddMeasureChange, index: number): ValidationIssue[] => {
  const measure = toMeasure(change.measure);
  const subject = isValidKey(measure.key) ? `new measure ${measure.key}` : 'the new measure';
  const path = (field: string) => changePath(index, 'measure', field);
  const keyIssues = checkKey(measure.key, path('key'), subject);
  const existing = keyIssues.length === 0 ? findMeasure(doc, measure.key) : undefined;
  const retired = existing?.status === 'RETIRED' ? ' (retired measures keep their keys)' : '';
  return [
    ...keyIssues,
    ...(existing ? [issue('DUPLICATE_KEY', path('key'), `The key ${measure.key} is already used by ${existing.name}${retired}.`)] : []),
    ...checkCategoryRef(doc, measure.categoryKey, path('categoryKey')),
    ...MEASURE_VALUE_FIELDS.flatMap((field) => checkChangedMeasureField(field, measure[field], path(field), subject)),
  ];
};

const checkUpdateMeasure = (doc: FrameworkDocument, change: UpdateMeasureChange, index: number): ValidationIssue[] => {
  const target = checkTarget(doc, change.measureKey, changePath(index, 'measureKey'), 'changed');
  const patch: MeasurePatch = givenFields(change.patch, MEASURE_VALUE_FIELDS);
  const fields = MEASURE_VALUE_FIELDS.filter((field) => field in patch);
  if (fields.length === 0) return [...target, issue('NOOP_CHANGE', changePath(index, 'patch'), 'The patch changes no field.')];
  const subject = `measure ${change.measureKey}`;
  return [
    ...target,
    ...fields.flatMap((field) => checkChangedMeasureField(field, patch[field], changePath(index, 'patch', field), subject)),
  ];
};

const checkAddCategory = (doc: FrameworkDocument, change: AddCategoryChange, index: number): ValidationIssue[] => {
  const { key, name, description, position } = change.category;
  const subject = isValidKey(key) ? `new category ${key}` : 'the new category';
  const path = (field: string) => changePath(index, 'category', field);
  const keyIssues = checkKey(key, path('key'), subject);
  const existing = keyIssues.length === 0 ? findCategory(doc, key) : undefined;
  return [
    ...keyIssues,
    ...(existing ? [issue('DUPLICATE_KEY', path('key'), `The key ${key} is already used by category ${existing.name}.`)] : []),
    ...checkCategoryText('name', name, path('name'), subject),
    ...checkCategoryText('description', description, path('description'), subject),
    ...(position === undefined ? [] : checkPosition(position, path('position'), subject, doc.categories.length + 1)),
  ];
};

const checkUpdateCategory = (doc: FrameworkDocument, change: UpdateCategoryChange, index: number): ValidationIssue[] => {
  const known = checkCategoryRef(doc, change.categoryKey, changePath(index, 'categoryKey'));
  const patch = givenFields(change.patch, CATEGORY_PATCH_FIELDS);
  const subject = `category ${change.categoryKey}`;
  const path = (field: string) => changePath(index, 'patch', field);
  if (Object.keys(patch).length === 0) return [...known, issue('NOOP_CHANGE', changePath(index, 'patch'), 'The patch changes no field.')];
  return [
    ...known,
    ...(patch.name === undefined ? [] : checkCategoryText('name', patch.name, path('name'), subject)),
    ...(patch.description === undefined ? [] : checkCategoryText('description', patch.description, path('description'), subject)),
    ...(patch.position === undefined ? [] : checkPosition(patch.position, path('position'), subject, doc.categories.length)),
  ];
};

const checkSetFocus = (doc: FrameworkDocument, change: SetFocusChange, index: number): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const listed = new Set<string>();
  change.focus.forEach((share, j) => {
    const keyPath = changePath(index, 'focus', j, 'categoryKey');
    issues.push(...checkCategoryRef(doc, share.categoryKey, keyPath));
    if (listed.has(share.categoryKey))
      issues.push(issue('DUPLICATE_KEY', keyPath, `Category ${share.categoryKey} is listed more than once.`));
    listed.add(share.categoryKey);
    issues.push(...checkFocus(share.focusPercent, changePath(index, 'focus', j, 'focusPercent'), `category ${share.categoryKey}`));
  });
  const missing = doc.categories.filter((c) => !listed.has(c.key));
  if (missing.length > 0) {
    const names = missing.map((c) => c.name).join(', ');
    issues.push(
      issue('FOCUS_MISSING_CATEGORY', changePath(index, 'focus'), `A re-balance lists every category's share; it leaves out ${names}.`),
    );
  }
  const shares = change.focus.map((share) => share.focusPercent);
  if (shares.every((share) => Number.isFinite(share))) issues.push(...checkFocusSum(shares, changePath(index, 'focus')));
  return issues;
};

const checkOp = (doc: FrameworkDocument, change: Change, index: number): ValidationIssue[] => {
  switch (change.op) {
    case 'ADD_MEASURE':
      return checkAddMeasure(doc, change, index);
    case 'UPDATE_MEASURE':
      return checkUpdateMeasure(doc, change, index);
    case 'RETIRE_MEASURE': {
      const path = changePath(index, 'measureKey');
      const measure = findMeasure(doc, change.measureKey);
      const reason = checkText(change.reason, changePath(index, 'reason'), 'reason', 'a retirement', FIELD_LIMITS.reason);
      if (!measure) return [issue('UNKNOWN_MEASURE', path, `There is no measure with key ${quote(change.measureKey)}.`), ...reason];
      if (measure.status === 'RETIRED') return [issue('ALREADY_RETIRED', path, `${measure.name} is retired already.`), ...reason];
      return [...reason, ...checkReplacement(doc, change.measureKey, change.replacedBy, changePath(index, 'replacedBy'))];
    }
    case 'MOVE_MEASURE':
      return [
        ...checkTarget(doc, change.measureKey, changePath(index, 'measureKey'), 'moved'),
        ...checkCategoryRef(doc, change.categoryKey, changePath(index, 'categoryKey')),
      ];
    case 'ADD_CATEGORY':
      return checkAddCategory(doc, change, index);
    case 'UPDATE_CATEGORY':
      return checkUpdateCategory(doc, change, index);
    case 'SET_FOCUS':
      return checkSetFocus(doc, change, index);
  }
};

/**
 * Checks one change against the document it is about to apply to: its values (non-empty texts, valid keys and
 * enums, shares) and its references (keys that must or must not exist). Whether it changes anything at all is
 * checked by applying it.
 */
export const checkChange = (doc: FrameworkDocument, change: Change, index: number): ValidationIssue[] => [
  ...checkOp(doc, change, index),
  ...(change.op === 'RETIRE_MEASURE' ? [] : checkReason(change.reason, changePath(index, 'reason'))),
];
