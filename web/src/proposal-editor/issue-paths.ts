import { type FrameworkDocument, findCategory, findMeasure } from '@ocmf/standard';
import { fieldLabel } from '../proposals/change-labels';
import {
  CATEGORY_PATCH_FIELDS,
  type ChangeDraft,
  MEASURE_PATCH_FIELDS,
  categoryFieldText,
  measureFieldText,
  parseAliases,
} from './change-form';

/**
 * Where an issue belongs in the editor. Issues from `@ocmf/standard` and from the API both carry a path:
 * `changes[1].measure.name` (the API's start with `input.`, and name a category's patch `categoryPatch`).
 * Each form field has an id written the same way; an issue goes to the field whose id is the longest prefix
 * of its path (`changes[0].measure.aliases[2]` → the aliases field), else to its change, else to the form.
 */

export type Issue = { path: string; message: string };

/** An issue placed on the form: `target` is the id of the field it belongs to, or null for the form as a whole. */
export type PlacedIssue = { target: string | null; message: string };

/** The editor's own spelling of an issue path. */
export function normalizeIssuePath(path: string): string {
  return path.replace(/^input\./, '').replace(/^(changes\[\d+\])\.categoryPatch\b/, '$1.patch');
}

/** The path one level up: `changes[0].focus[2]` → `changes[0].focus`; null at the top. */
export function parentPath(path: string): string | null {
  const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  return parent === path || parent === '' ? null : parent;
}

/** The field an issue path belongs to, among the fields the form has. */
export function targetOf(path: string, fields: ReadonlySet<string>): string | null {
  for (let candidate: string | null = normalizeIssuePath(path); candidate !== null; candidate = parentPath(candidate)) {
    if (fields.has(candidate)) return candidate;
  }
  return null;
}

export function placeIssues(issues: readonly Issue[], fields: ReadonlySet<string>): PlacedIssue[] {
  return issues.map((issue) => ({ target: targetOf(issue.path, fields), message: issue.message }));
}

/** The messages for each field, in the order the issues came. */
export function messagesByField(placed: readonly PlacedIssue[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const { target, message } of placed) {
    if (target === null) continue;
    const messages = byField.get(target) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byField.set(target, messages);
  }
  return byField;
}

export const changeId = (index: number): string => `changes[${index}]`;

/** The ids of every field the editor shows for this change set (see ChangeEditor). */
export function fieldIdsOf(drafts: readonly ChangeDraft[], focusCounts: readonly number[]): Set<string> {
  const ids = new Set<string>(['title', 'summary', 'changes']);
  drafts.forEach((draft, index) => {
    const at = (...fields: string[]) => fields.forEach((field) => ids.add(`${changeId(index)}.${field}`));
    ids.add(changeId(index));
    at('reason');
    switch (draft.op) {
      case 'ADD_MEASURE':
        at(
          ...['key', 'name', 'categoryKey', 'audience', 'definition', 'formula', 'unit', 'direction', 'status', 'aliases', 'notes'].map(
            (f) => `measure.${f}`,
          ),
        );
        break;
      case 'UPDATE_MEASURE':
        at('measureKey', 'patch', ...MEASURE_PATCH_FIELDS.filter((f) => f in draft.patch).map((f) => `patch.${f}`));
        break;
      case 'RETIRE_MEASURE':
        at('measureKey', 'replacedBy');
        break;
      case 'MOVE_MEASURE':
        at('measureKey', 'categoryKey');
        break;
      case 'ADD_CATEGORY':
        at('category.key', 'category.name', 'category.description', 'category.position');
        break;
      case 'UPDATE_CATEGORY':
        at('categoryKey', 'patch', ...CATEGORY_PATCH_FIELDS.filter((f) => f in draft.patch).map((f) => `patch.${f}`));
        break;
      case 'SET_FOCUS':
        at('focus');
        for (let share = 0; share < (focusCounts[index] ?? 0); share++) at(`focus[${share}]`);
        break;
    }
  });
  return ids;
}

/** A field id as an HTML id: `changes[1].measure.name` → `field-changes-1-measure-name`. */
export function fieldDomId(fieldId: string): string {
  return `field-${fieldId.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}

/**
 * Choices left empty, said as requests ("Choose a measure.") rather than as the model's messages about an
 * unknown key "". They replace the model's issues at the same path.
 */
export function emptyChoiceIssues(drafts: readonly ChangeDraft[]): Issue[] {
  return drafts.flatMap((draft, index) => {
    const issues: Issue[] = [];
    const need = (field: string, value: string, message: string) => {
      if (value === '') issues.push({ path: `${changeId(index)}.${field}`, message });
    };
    switch (draft.op) {
      case 'ADD_MEASURE':
        need('measure.categoryKey', draft.measure.categoryKey, 'Choose the category the measure belongs to.');
        need('measure.audience', draft.measure.audience, 'Choose who the measure is suggested for.');
        need('measure.direction', draft.measure.direction, 'Choose which way is better for the measure.');
        break;
      case 'UPDATE_MEASURE':
        need('measureKey', draft.measureKey, 'Choose a measure.');
        // Said in the form's words (the model says "The patch changes no field.").
        if (draft.measureKey !== '' && Object.keys(draft.patch).length === 0)
          issues.push({ path: `${changeId(index)}.patch`, message: 'Tick at least one field to change.' });
        break;
      case 'RETIRE_MEASURE':
        need('measureKey', draft.measureKey, 'Choose a measure.');
        break;
      case 'MOVE_MEASURE':
        need('measureKey', draft.measureKey, 'Choose a measure.');
        need('categoryKey', draft.categoryKey, 'Choose the category to move it to.');
        break;
      case 'UPDATE_CATEGORY':
        need('categoryKey', draft.categoryKey, 'Choose a category.');
        if (draft.categoryKey !== '' && Object.keys(draft.patch).length === 0)
          issues.push({ path: `${changeId(index)}.patch`, message: 'Tick at least one field to change.' });
        break;
      default:
        break;
    }
    return issues;
  });
}

/**
 * Fields ticked for change but left as they are. The model would accept them (the patch changes something
 * else) but they would clutter the change and its changelog line, so the editor asks to change or untick them.
 */
export function unchangedFieldIssues(drafts: readonly ChangeDraft[], before: readonly FrameworkDocument[]): Issue[] {
  return drafts.flatMap((draft, index) => {
    const doc = before[index];
    if (!doc) return [];
    const issue = (field: string, label: string) => ({
      path: `${changeId(index)}.patch.${field}`,
      message: `Unchanged: give a new value, or untick “Change ${label}”.`,
    });
    if (draft.op === 'UPDATE_MEASURE') {
      const measure = findMeasure(doc, draft.measureKey);
      if (!measure) return [];
      return MEASURE_PATCH_FIELDS.flatMap((field) => {
        const text = draft.patch[field];
        if (text === undefined) return [];
        const same =
          field === 'aliases'
            ? parseAliases(text).join('\n') === measure.aliases.join('\n')
            : text.trim() === measureFieldText(measure, field).trim();
        return same ? [issue(field, fieldLabel(field).toLowerCase())] : [];
      });
    }
    if (draft.op === 'UPDATE_CATEGORY') {
      const category = findCategory(doc, draft.categoryKey);
      if (!category) return [];
      return CATEGORY_PATCH_FIELDS.flatMap((field) => {
        const text = draft.patch[field];
        return text !== undefined && text.trim() === categoryFieldText(category, field)
          ? [issue(field, fieldLabel(field).toLowerCase())]
          : [];
      });
    }
    return [];
  });
}

/** The editor's issues: its own for empty choices, then the model's for every other path. */
export function combineIssues(own: readonly Issue[], model: readonly Issue[]): Issue[] {
  const taken = new Set(own.map((issue) => issue.path));
  return [...own, ...model.filter((issue) => !taken.has(issue.path))];
}
