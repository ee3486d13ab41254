export * from './document.js';
export { ISSUE_CODES, type IssueCode, type ValidationIssue } from './errors.js';
export { KEY_PATTERN, MAX_KEY_LENGTH, isValidKey, slugify } from './keys.js';
export { jsonEqual } from './json-equal.js';
export { deepFreeze } from './immutable.js';
export { FIELD_LIMITS, MEASURE_VALUE_FIELDS, type MeasureValueField } from './field-rules.js';
export { categoriesInOrder, cloneDocument, findCategory, findMeasure } from './document-access.js';
export { validateDocument } from './validate.js';
export * from './changes.js';
export { parseChanges } from './parse-changes.js';
export { applyChanges, validateChanges, type ApplyOptions, type ApplyResult, type Conflict } from './apply.js';
export {
  diffDocuments,
  isEmptyDiff,
  type DocumentDiff,
  type EntityChanges,
  type FieldChange,
  type FocusChange,
  type MeasureMove,
} from './diff.js';
export { diffWords, type WordDiffPart } from './word-diff.js';
export { changeKind, describeChange, describeChanges, type ChangeKind } from './describe-change.js';
export {
  VERSION_PATTERN,
  allowedVersions,
  compareVersions,
  formatVersion,
  isAllowedVersion,
  nextVersion,
  parseVersion,
  requiredBump,
  type Version,
  type VersionBump,
} from './version.js';
export { canonicalJson, contentHash, sha256Hex } from './canonical.js';
export {
  FRAMEWORK_IDENTITY,
  RELEASE_SCHEMA_VERSION,
  fromReleaseDocument,
  toReleaseDocument,
  type License,
  type ReleaseDocument,
  type ReleaseMeta,
} from './release-document.js';
export { frameworkJsonSchema } from './framework-schema.js';
export { CSV_COLUMNS, csvText, parseCsv, toCsv, toMarkdown } from './exports.js';
export { netArrMeasure, ocmfV1Document, ocmfV1Release } from './seed/ocmf-v1.js';
export * from './governance.js';
export * from './permissions.js';
export * from './proposal-rules.js';
export * from './error-codes.js';
export { MEASURE_CHANGES, MEASURE_FIELDS, classifyMeasureChange, type MeasureChange, type MeasureField } from './measure-history.js';
export { touchedKeys } from './touched-keys.js';
export { HIDDEN_CHARACTERS_MESSAGE, hasHiddenCharacters, visibleLength } from './text.js';
export * from './assessment.js';
export * from './developer.js';
export * from './case-study.js';
export * from './organizations.js';
export { releaseDiffJsonSchema } from './diff-schema.js';
export * from './notifications.js';
