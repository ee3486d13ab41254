/**
 * Issues are what the document model reports instead of throwing: every broken invariant or invalid change
 * becomes one issue with a stable code (for programs), a path (for pointing at the field) and a sentence
 * (for people).
 */

export const ISSUE_CODES = [
  /** A value has the wrong JSON type, e.g. a number where a string belongs. */
  'INVALID_TYPE',
  /** A required field is absent. */
  'MISSING_FIELD',
  /** A field that the object does not accept is present. */
  'UNEXPECTED_FIELD',
  /** A value is not one of the allowed enum members. */
  'INVALID_ENUM',
  /** A text field is empty or only whitespace. */
  'EMPTY_FIELD',
  /** A text field exceeds its length limit. */
  'FIELD_TOO_LONG',
  /** A name holds invisible formatting characters (bidi overrides, zero-width characters). */
  'HIDDEN_CHARACTERS',
  /** A key is not a kebab-case slug of at most 64 characters. */
  'INVALID_KEY',
  /** A key is already taken by another category (or measure). */
  'DUPLICATE_KEY',
  /** A measure lists the same alias twice. */
  'DUPLICATE_ALIAS',
  /** A category key refers to no category. */
  'UNKNOWN_CATEGORY',
  /** A measure key refers to no measure. */
  'UNKNOWN_MEASURE',
  /** A Focus % is not a whole number. */
  'FOCUS_NOT_INTEGER',
  /** A Focus % is below 0 or above 100. */
  'FOCUS_OUT_OF_RANGE',
  /** The Focus % of all categories do not add up to 100. */
  'FOCUS_SUM_NOT_100',
  /** A Focus % re-balance leaves out a category. */
  'FOCUS_MISSING_CATEGORY',
  /** A position is not a whole number within range. */
  'INVALID_POSITION',
  /** Two categories share a position. */
  'DUPLICATE_POSITION',
  /** The measure to retire is retired already. */
  'ALREADY_RETIRED',
  /** A retired measure cannot be updated or moved. */
  'MEASURE_RETIRED',
  /** A measure cannot be retired in favour of itself. */
  'REPLACED_BY_ITSELF',
  /** Only a retired measure names a replacement. */
  'REPLACEMENT_NOT_RETIRED',
  /**
   * A category that still holds measures cannot be removed or emptied away. No change removes a category
   * today; the code is reserved so that any future way of doing so is refused with it.
   */
  'CATEGORY_NOT_EMPTY',
  /** A change would leave the document as it is. */
  'NOOP_CHANGE',
  /** The document changed, since the change was written, in a field the change touches. */
  'CONFLICT',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * `path` is dotted and keyed by slug: `categories.customer.focusPercent`, `measures.time-to-smile.definition`;
 * inside a change set it starts at the change: `changes[2].measure.name`.
 */
export type ValidationIssue = { code: IssueCode; path: string; message: string };

export const issue = (code: IssueCode, path: string, message: string): ValidationIssue => ({ code, path, message });
