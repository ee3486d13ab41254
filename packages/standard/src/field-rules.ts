import { AUDIENCES, DIRECTIONS, MEASURE_STATUSES, type Category, type Measure } from './document.js';
import { issue, type ValidationIssue } from './errors.js';
import { MAX_KEY_LENGTH, isValidKey } from './keys.js';
import { quote } from './messages.js';
import { joinPath } from './paths.js';
import { hasHiddenCharacters, HIDDEN_CHARACTERS_MESSAGE, visibleLength } from './text.js';

/** Length limits, in UTF-16 code units, of the text fields. */
export const FIELD_LIMITS = {
  name: 120,
  description: 4000,
  definition: 4000,
  formula: 1000,
  unit: 40,
  alias: 120,
  notes: 4000,
  reason: 2000,
} as const;

/**
 * The measure fields that hold plain values: all but its key and category (checked against the document) and its
 * replacement (set by RETIRE_MEASURE only).
 */
export type MeasureValueField = Exclude<keyof Measure, 'key' | 'categoryKey' | 'replacedBy'>;
export type CategoryTextField = keyof Pick<Category, 'name' | 'description'>;

const list = (values: readonly string[]): string => values.join(', ');
const count = (n: number): string => n.toLocaleString('en-US');

export const checkText = (value: unknown, path: string, label: string, subject: string, max: number): ValidationIssue[] => {
  if (typeof value !== 'string') return [issue('INVALID_TYPE', path, `The ${label} of ${subject} must be text.`)];
  if (visibleLength(value) === 0) return [issue('EMPTY_FIELD', path, `The ${label} of ${subject} must not be empty.`)];
  // Names are what readers recognise a measure or category by: nothing in them may be hidden.
  if ((label === 'name' || label === 'alias') && hasHiddenCharacters(value)) {
    return [issue('HIDDEN_CHARACTERS', path, `The ${label} of ${subject} ${HIDDEN_CHARACTERS_MESSAGE}.`)];
  }
  if (value.length > max) {
    return [
      issue('FIELD_TOO_LONG', path, `The ${label} of ${subject} is ${count(value.length)} characters long; the limit is ${count(max)}.`),
    ];
  }
  return [];
};

/** Optional text is `null` when absent; an empty string is refused so that "no value" has one spelling. */
export const checkOptionalText = (value: unknown, path: string, label: string, subject: string, max: number): ValidationIssue[] => {
  if (value === null) return [];
  if (typeof value === 'string' && visibleLength(value) === 0) {
    return [issue('EMPTY_FIELD', path, `The ${label} of ${subject} must not be blank; use null for no ${label}.`)];
  }
  return checkText(value, path, label, subject, max);
};

export const checkKey = (value: unknown, path: string, subject: string): ValidationIssue[] => {
  if (typeof value !== 'string') return [issue('INVALID_TYPE', path, `The key of ${subject} must be text.`)];
  if (isValidKey(value)) return [];
  return [
    issue(
      'INVALID_KEY',
      path,
      `The key of ${subject} must be a kebab-case slug of at most ${MAX_KEY_LENGTH} characters (lower-case letters and digits joined by single hyphens, like time-to-smile); ${quote(value)} is not.`,
    ),
  ];
};

/** `hint`, when given, is added to the message in brackets. */
export const checkEnum = (
  value: unknown,
  allowed: readonly string[],
  path: string,
  label: string,
  subject: string,
  hint?: string,
): ValidationIssue[] => {
  if (typeof value === 'string' && allowed.includes(value)) return [];
  const note = hint === undefined ? '' : ` (${hint})`;
  return [issue('INVALID_ENUM', path, `The ${label} of ${subject} must be one of ${list(allowed)}; ${quote(value)} is not${note}.`)];
};

export const checkAliases = (value: unknown, path: string, subject: string): ValidationIssue[] => {
  if (!Array.isArray(value)) return [issue('INVALID_TYPE', path, `The aliases of ${subject} must be a list of names.`)];
  const seen = new Set<string>();
  return value.flatMap((alias: unknown, index) => {
    const aliasPath = joinPath(path, index);
    const problems = checkText(alias, aliasPath, 'alias', subject, FIELD_LIMITS.alias);
    if (problems.length > 0 || typeof alias !== 'string') return problems;
    const folded = alias.trim().toLowerCase();
    if (seen.has(folded)) return [issue('DUPLICATE_ALIAS', aliasPath, `The alias ${quote(alias)} is listed twice for ${subject}.`)];
    seen.add(folded);
    return [];
  });
};

export const checkFocus = (value: unknown, path: string, subject: string): ValidationIssue[] => {
  if (typeof value !== 'number' || Number.isNaN(value)) return [issue('INVALID_TYPE', path, `The Focus % of ${subject} must be a number.`)];
  if (!Number.isInteger(value))
    return [issue('FOCUS_NOT_INTEGER', path, `The Focus % of ${subject} must be a whole number; ${value} is not.`)];
  if (value < 0 || value > 100)
    return [issue('FOCUS_OUT_OF_RANGE', path, `The Focus % of ${subject} must be between 0 and 100; ${value} is not.`)];
  return [];
};

export const checkFocusSum = (shares: readonly number[], path: string): ValidationIssue[] => {
  const sum = shares.reduce((total, share) => total + share, 0);
  return sum === 100 ? [] : [issue('FOCUS_SUM_NOT_100', path, `Focus % must sum to 100; these sum to ${sum}.`)];
};

/** Positions are 1-based; `max`, when given, is the highest position allowed. */
export const checkPosition = (value: unknown, path: string, subject: string, max?: number): ValidationIssue[] => {
  const inRange = typeof value === 'number' && Number.isInteger(value) && value >= 1 && (max === undefined || value <= max);
  if (inRange) return [];
  const range = max === undefined ? 'a whole number from 1' : `a whole number from 1 to ${max}`;
  return [issue('INVALID_POSITION', path, `The position of ${subject} must be ${range}; ${quote(value)} is not.`)];
};

export const checkMeasureField = (field: MeasureValueField, value: unknown, path: string, subject: string): ValidationIssue[] => {
  switch (field) {
    case 'name':
      return checkText(value, path, 'name', subject, FIELD_LIMITS.name);
    case 'definition':
      return checkText(value, path, 'definition', subject, FIELD_LIMITS.definition);
    case 'unit':
      return checkText(value, path, 'unit', subject, FIELD_LIMITS.unit);
    case 'formula':
      return checkOptionalText(value, path, 'formula', subject, FIELD_LIMITS.formula);
    case 'notes':
      return checkOptionalText(value, path, 'notes', subject, FIELD_LIMITS.notes);
    case 'audience':
      return checkEnum(value, AUDIENCES, path, 'audience', subject);
    case 'direction':
      return checkEnum(value, DIRECTIONS, path, 'direction', subject);
    case 'status':
      return checkEnum(value, MEASURE_STATUSES, path, 'status', subject);
    case 'aliases':
      return checkAliases(value, path, subject);
  }
};

export const checkCategoryText = (field: CategoryTextField, value: unknown, path: string, subject: string): ValidationIssue[] =>
  checkText(value, path, field, subject, field === 'name' ? FIELD_LIMITS.name : FIELD_LIMITS.description);

export const MEASURE_VALUE_FIELDS = [
  'name',
  'audience',
  'definition',
  'formula',
  'unit',
  'direction',
  'status',
  'aliases',
  'notes',
] as const satisfies readonly MeasureValueField[];
