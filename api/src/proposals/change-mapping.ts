import { type Change, changeKind, describeChanges, type FrameworkDocument, parseChanges, type ValidationIssue } from '@ocmf/standard';
import type { FieldIssue } from '../common/domain-error.js';
import type { ChangeInput, ChangeType } from './change.types.js';

/**
 * GraphQL's ChangeInput ⇄ packages/standard's Change. They map one to one, except that GraphQL names a
 * category's patch `categoryPatch` (a measure's is `patch`) and leaves out what was not given.
 */
export function changesFromInput(inputs: ChangeInput[]): { changes: Change[] } | { issues: FieldIssue[] } {
  const raw = inputs.map((input) => {
    const { categoryPatch, ...rest } = withoutEmpty(input);
    if (input.op === 'UPDATE_CATEGORY') return { ...rest, patch: categoryPatch };
    if (input.op === 'ADD_MEASURE' && rest.measure && typeof rest.measure === 'object') {
      return { ...rest, measure: { status: 'ACTIVE', ...withoutEmpty(rest.measure as Record<string, unknown>) } };
    }
    if (rest.patch && typeof rest.patch === 'object') return { ...rest, patch: withoutUndefined(rest.patch as Record<string, unknown>) };
    return rest;
  });
  const parsed = parseChanges(raw);
  if ('changes' in parsed) return parsed;
  return { issues: parsed.issues.map((issue) => toInputIssue(issue, inputs)) };
}

/** A packages/standard issue, with its path pointing into the mutation's input. */
export function toInputIssue(issue: ValidationIssue, inputs: ChangeInput[]): FieldIssue {
  const path = issue.path.replace(/^changes\[(\d+)\]\.patch\b/, (whole, index: string) =>
    inputs[Number(index)]?.op === 'UPDATE_CATEGORY' ? `changes[${index}].categoryPatch` : whole,
  );
  return { path: path.startsWith('changes') ? `input.${path}` : path, message: issue.message, code: issue.code };
}

/** The change set as GraphQL returns it, each change described against the document it applies to. */
export function changesToType(changes: Change[], before: FrameworkDocument): ChangeType[] {
  const descriptions = describeChanges(before, changes);
  return changes.map((change, index) => {
    const view: ChangeType = {
      op: change.op,
      categoryKey: null,
      measureKey: null,
      measure: null,
      patch: null,
      category: null,
      categoryPatch: null,
      focus: null,
      reason: change.reason ?? null,
      replacedBy: null,
      description: descriptions[index] ?? change.op,
      kind: changeKind(change),
    };
    switch (change.op) {
      case 'ADD_MEASURE':
        return {
          ...view,
          categoryKey: change.measure.categoryKey,
          measureKey: change.measure.key,
          measure: { formula: null, notes: null, aliases: [], ...change.measure },
        };
      case 'UPDATE_MEASURE':
        return { ...view, measureKey: change.measureKey, patch: { ...change.patch, fields: Object.keys(change.patch) } };
      case 'RETIRE_MEASURE':
        return { ...view, measureKey: change.measureKey, replacedBy: change.replacedBy ?? null };
      case 'MOVE_MEASURE':
        return { ...view, measureKey: change.measureKey, categoryKey: change.categoryKey };
      case 'ADD_CATEGORY':
        return { ...view, categoryKey: change.category.key, category: { position: null, ...change.category } };
      case 'UPDATE_CATEGORY':
        return { ...view, categoryKey: change.categoryKey, categoryPatch: change.patch };
      case 'SET_FOCUS':
        return { ...view, focus: change.focus };
    }
  });
}

/** Drops null and undefined: GraphQL sends null for what the client left out. */
function withoutEmpty<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}

/** In a patch, null is meaningful (clear formula or notes); only undefined means "not given". */
function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
