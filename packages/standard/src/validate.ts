import type { Category, FrameworkDocument, Measure } from './document.js';
import { issue, type ValidationIssue } from './errors.js';
import {
  MEASURE_VALUE_FIELDS,
  checkCategoryText,
  checkFocus,
  checkFocusSum,
  checkKey,
  checkMeasureField,
  checkPosition,
} from './field-rules.js';
import { isValidKey } from './keys.js';
import { quote } from './messages.js';
import { entityPath, joinPath } from './paths.js';

const subjectOf = (kind: 'category' | 'measure', key: unknown, index: number): string =>
  typeof key === 'string' && isValidKey(key) ? `${kind} ${key}` : `${kind} #${index + 1}`;

const validateCategories = (categories: readonly Category[]): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const keys = new Set<string>();
  const positions = new Map<number, string>();
  categories.forEach((category, index) => {
    const path = entityPath('categories', category.key, index);
    const subject = subjectOf('category', category.key, index);
    issues.push(...checkKey(category.key, joinPath(path, 'key'), subject));
    if (keys.has(category.key)) {
      issues.push(issue('DUPLICATE_KEY', joinPath(path, 'key'), `The category key ${category.key} is used by more than one category.`));
    }
    keys.add(category.key);
    issues.push(...checkCategoryText('name', category.name, joinPath(path, 'name'), subject));
    issues.push(...checkCategoryText('description', category.description, joinPath(path, 'description'), subject));
    issues.push(...checkFocus(category.focusPercent, joinPath(path, 'focusPercent'), subject));
    const positionIssues = checkPosition(category.position, joinPath(path, 'position'), subject);
    issues.push(...positionIssues);
    const holder = positions.get(category.position);
    if (positionIssues.length === 0 && holder !== undefined) {
      issues.push(
        issue(
          'DUPLICATE_POSITION',
          joinPath(path, 'position'),
          `Categories ${holder} and ${category.key} share position ${category.position}.`,
        ),
      );
    }
    if (holder === undefined) positions.set(category.position, category.key);
  });
  const shares = categories.map((c) => c.focusPercent);
  if (shares.every((share) => typeof share === 'number' && Number.isFinite(share))) issues.push(...checkFocusSum(shares, 'categories'));
  return issues;
};

const validateMeasures = (measures: readonly Measure[], categoryKeys: ReadonlySet<string>): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const keys = new Set<string>();
  measures.forEach((measure, index) => {
    const path = entityPath('measures', measure.key, index);
    const subject = subjectOf('measure', measure.key, index);
    issues.push(...checkKey(measure.key, joinPath(path, 'key'), subject));
    if (keys.has(measure.key)) {
      issues.push(issue('DUPLICATE_KEY', joinPath(path, 'key'), `The measure key ${measure.key} is used by more than one measure.`));
    }
    keys.add(measure.key);
    if (!categoryKeys.has(measure.categoryKey)) {
      issues.push(
        issue(
          'UNKNOWN_CATEGORY',
          joinPath(path, 'categoryKey'),
          `The ${subject} belongs to category ${quote(measure.categoryKey)}, which does not exist.`,
        ),
      );
    }
    for (const field of MEASURE_VALUE_FIELDS) issues.push(...checkMeasureField(field, measure[field], joinPath(path, field), subject));
  });
  measures.forEach((measure, index) => {
    if (measure.replacedBy === undefined) return;
    const path = joinPath(entityPath('measures', measure.key, index), 'replacedBy');
    const subject = subjectOf('measure', measure.key, index);
    if (measure.status !== 'RETIRED')
      issues.push(issue('REPLACEMENT_NOT_RETIRED', path, `The ${subject} is not retired, so nothing replaces it.`));
    else if (measure.replacedBy === measure.key)
      issues.push(issue('REPLACED_BY_ITSELF', path, `The ${subject} names itself as its replacement.`));
    else if (!keys.has(measure.replacedBy))
      issues.push(issue('UNKNOWN_MEASURE', path, `The ${subject} is replaced by ${quote(measure.replacedBy)}, which does not exist.`));
  });
  return issues;
};

/**
 * Checks every invariant of a framework document and returns one issue per violation (an empty list when the
 * document is valid). Category keys are unique among categories and measure keys among measures; retired
 * measures stay in the document and are checked like the others.
 */
export const validateDocument = (doc: FrameworkDocument): ValidationIssue[] => [
  ...validateCategories(doc.categories),
  ...validateMeasures(doc.measures, new Set(doc.categories.map((c) => c.key))),
];
