import { CHANGE_OPS, LIVE_MEASURE_STATUSES, type Change, type ChangeOp } from './changes.js';
import { AUDIENCES, DIRECTIONS } from './document.js';
import { issue, type ValidationIssue } from './errors.js';
import { capitalise, quote } from './messages.js';
import { joinPath } from './paths.js';

/**
 * Shape checking for change sets that arrive as JSON. It checks types, required fields and enum values only;
 * whether the values make sense for the document (keys exist, texts are non-empty, shares sum to 100) is
 * `validateChanges`' job.
 *
 * `null` stands for "not given" everywhere except where it is a value: `reason`, and `formula` and `notes`
 * (where a patch's `null` clears the field). A field an op does not use may be present as `null`, so one
 * generic input type can carry every op.
 */

type ValueSpec =
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'strings' }
  | { kind: 'enum'; values: readonly string[]; hint?: string }
  | { kind: 'object'; label: string; fields: Fields }
  | { kind: 'list'; item: ValueSpec };

/** `required`: present and not null; `optional`: null is dropped; `nullable`: null is kept. */
type FieldSpec = { value: ValueSpec; presence: 'required' | 'optional' | 'nullable' };
type Fields = Record<string, FieldSpec>;

const required = (value: ValueSpec): FieldSpec => ({ value, presence: 'required' });
const optional = (value: ValueSpec): FieldSpec => ({ value, presence: 'optional' });
const nullable = (value: ValueSpec): FieldSpec => ({ value, presence: 'nullable' });

const text: ValueSpec = { kind: 'string' };
const number: ValueSpec = { kind: 'number' };
const texts: ValueSpec = { kind: 'strings' };
const audience: ValueSpec = { kind: 'enum', values: AUDIENCES };
const direction: ValueSpec = { kind: 'enum', values: DIRECTIONS };
const liveStatus: ValueSpec = { kind: 'enum', values: LIVE_MEASURE_STATUSES, hint: 'measures are retired with RETIRE_MEASURE' };
const reason = nullable(text);

const newMeasure: ValueSpec = {
  kind: 'object',
  label: 'the new measure',
  fields: {
    key: required(text),
    name: required(text),
    categoryKey: required(text),
    audience: required(audience),
    definition: required(text),
    formula: nullable(text),
    unit: required(text),
    direction: required(direction),
    status: required(liveStatus),
    aliases: optional(texts),
    notes: nullable(text),
  },
};

const measurePatch: ValueSpec = {
  kind: 'object',
  label: 'the patch',
  fields: {
    name: optional(text),
    audience: optional(audience),
    definition: optional(text),
    formula: nullable(text),
    unit: optional(text),
    direction: optional(direction),
    status: optional(liveStatus),
    aliases: optional(texts),
    notes: nullable(text),
  },
};

const newCategory: ValueSpec = {
  kind: 'object',
  label: 'the new category',
  fields: { key: required(text), name: required(text), description: required(text), position: optional(number) },
};

const categoryPatch: ValueSpec = {
  kind: 'object',
  label: 'the patch',
  fields: { name: optional(text), description: optional(text), position: optional(number) },
};

const focusShare: ValueSpec = {
  kind: 'object',
  label: 'a focus share',
  fields: { categoryKey: required(text), focusPercent: required(number) },
};

const CHANGE_FIELDS: Record<ChangeOp, Fields> = {
  ADD_MEASURE: { measure: required(newMeasure), reason },
  UPDATE_MEASURE: { measureKey: required(text), patch: required(measurePatch), reason },
  RETIRE_MEASURE: { measureKey: required(text), reason: required(text), replacedBy: optional(text) },
  MOVE_MEASURE: { measureKey: required(text), categoryKey: required(text), reason },
  ADD_CATEGORY: { category: required(newCategory), reason },
  UPDATE_CATEGORY: { categoryKey: required(text), patch: required(categoryPatch), reason },
  SET_FOCUS: { focus: required({ kind: 'list', item: focusShare }), reason },
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

type Parsed = { value: unknown; issues: ValidationIssue[] };

const parseFields = (input: Record<string, unknown>, fields: Fields, label: string, path: string): Parsed => {
  const issues: ValidationIssue[] = [];
  const output: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    if (!Object.hasOwn(fields, name) && value !== null && value !== undefined) {
      issues.push(issue('UNEXPECTED_FIELD', joinPath(path, name), `${capitalise(label)} does not take the field ${name}.`));
    }
  }
  for (const [name, spec] of Object.entries(fields)) {
    const value = input[name];
    const fieldPath = joinPath(path, name);
    if (value === undefined || value === null) {
      if (spec.presence === 'required') issues.push(issue('MISSING_FIELD', fieldPath, `${capitalise(label)} needs the field ${name}.`));
      if (value === null && spec.presence === 'nullable') output[name] = null;
      continue;
    }
    const parsed = parseValue(value, spec.value, name, fieldPath);
    issues.push(...parsed.issues);
    output[name] = parsed.value;
  }
  return { value: output, issues };
};

const parseValue = (value: unknown, spec: ValueSpec, name: string, path: string): Parsed => {
  const wrongType = (expected: string): Parsed => ({
    value,
    issues: [issue('INVALID_TYPE', path, `The field ${name} must be ${expected}.`)],
  });
  switch (spec.kind) {
    case 'string':
      return typeof value === 'string' ? { value, issues: [] } : wrongType('text');
    case 'number':
      return typeof value === 'number' ? { value, issues: [] } : wrongType('a number');
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? { value: [...value], issues: [] }
        : wrongType('a list of texts');
    case 'enum': {
      if (typeof value === 'string' && spec.values.includes(value)) return { value, issues: [] };
      const hint = spec.hint === undefined ? '' : ` (${spec.hint})`;
      const message = `The field ${name} must be one of ${spec.values.join(', ')}${hint}; ${quote(value)} is not.`;
      return { value, issues: [issue('INVALID_ENUM', path, message)] };
    }
    case 'object':
      return isRecord(value) ? parseFields(value, spec.fields, spec.label, path) : wrongType('an object');
    case 'list': {
      if (!Array.isArray(value)) return wrongType('a list');
      const items = value.map((item: unknown, index) => parseValue(item, spec.item, name, joinPath(path, index)));
      return { value: items.map((item) => item.value), issues: items.flatMap((item) => item.issues) };
    }
  }
};

const parseChange = (input: unknown, path: string): Parsed => {
  if (!isRecord(input)) return { value: input, issues: [issue('INVALID_TYPE', path, 'Each change must be an object with an op.')] };
  const op = input['op'];
  if (op === undefined || op === null)
    return { value: input, issues: [issue('MISSING_FIELD', joinPath(path, 'op'), 'Each change needs an op.')] };
  if (typeof op !== 'string' || !(CHANGE_OPS as readonly string[]).includes(op)) {
    const message = `The op must be one of ${CHANGE_OPS.join(', ')}; ${quote(op)} is not.`;
    return { value: input, issues: [issue('INVALID_ENUM', joinPath(path, 'op'), message)] };
  }
  const fields = Object.fromEntries(Object.entries(input).filter(([name]) => name !== 'op'));
  const parsed = parseFields(fields, CHANGE_FIELDS[op as ChangeOp], op, path);
  return { value: { op, ...(parsed.value as Record<string, unknown>) }, issues: parsed.issues };
};

/**
 * Checks the shape of a change set coming from outside: either the list of changes or an object holding it
 * under `changes`. Issue paths are `changes[i].field`. On success the changes are rebuilt with only the fields
 * their op takes.
 */
export const parseChanges = (input: unknown): { changes: Change[] } | { issues: ValidationIssue[] } => {
  const list = isRecord(input) ? input['changes'] : input;
  if (!Array.isArray(list)) return { issues: [issue('INVALID_TYPE', 'changes', 'The changes must be a list.')] };
  const parsed = list.map((change: unknown, index) => parseChange(change, joinPath('changes', index)));
  const issues = parsed.flatMap((p) => p.issues);
  return issues.length > 0 ? { issues } : { changes: parsed.map((p) => p.value as Change) };
};
