import {
  type Audience,
  type Category,
  type CategoryPatch,
  type Change,
  type ChangeOp,
  type Direction,
  type FrameworkDocument,
  type LiveMeasureStatus,
  type Measure,
  type MeasurePatch,
  type MeasureValueField,
  applyChanges,
  CATEGORY_PATCH_FIELDS,
  categoriesInOrder,
  MEASURE_VALUE_FIELDS as MEASURE_PATCH_FIELDS,
} from '@ocmf/standard';
import type { ChangeInput } from '../gql/graphql';

/**
 * The structured editor's form state, one entry per change, and its translation into the change JSON of
 * `@ocmf/standard` (for the live preview and validation) and into the API's ChangeInput (to save).
 * Inputs hold text exactly as typed; numbers and lists are read from it only when a change is built.
 */

/** The fields a measure patch may set, and a category patch: the document model's lists. */
export { CATEGORY_PATCH_FIELDS, MEASURE_VALUE_FIELDS as MEASURE_PATCH_FIELDS } from '@ocmf/standard';
export type MeasurePatchField = MeasureValueField;
export type CategoryPatchField = (typeof CATEGORY_PATCH_FIELDS)[number];

export type MeasureDraft = {
  key: string;
  name: string;
  categoryKey: string;
  audience: Audience | '';
  definition: string;
  formula: string;
  unit: string;
  direction: Direction | '';
  status: LiveMeasureStatus;
  /** Names separated by commas or line breaks. */
  aliases: string;
  notes: string;
};

export type CategoryDraft = { key: string; name: string; description: string; position: string };

type Common = {
  /** Identifies the change in the form while it moves up and down. */
  uid: number;
  /** Why; required for a retirement, optional otherwise. */
  reason: string;
};

export type ChangeDraft =
  | (Common & { op: 'ADD_MEASURE'; measure: MeasureDraft; keyEdited: boolean })
  /** Only the fields present in `patch` change. */
  | (Common & { op: 'UPDATE_MEASURE'; measureKey: string; patch: Partial<Record<MeasurePatchField, string>> })
  /** `replacedBy`: the measure taking its place, or '' for none. */
  | (Common & { op: 'RETIRE_MEASURE'; measureKey: string; replacedBy: string })
  | (Common & { op: 'MOVE_MEASURE'; measureKey: string; categoryKey: string })
  | (Common & { op: 'ADD_CATEGORY'; category: CategoryDraft; keyEdited: boolean })
  | (Common & { op: 'UPDATE_CATEGORY'; categoryKey: string; patch: Partial<Record<CategoryPatchField, string>> })
  /** Shares typed so far by category key; a category not in it keeps its current share. */
  | (Common & { op: 'SET_FOCUS'; shares: Record<string, string> });

export type ChangeDraftOf<Op extends ChangeOp> = Extract<ChangeDraft, { op: Op }>;

export function emptyChange(op: ChangeOp, uid: number): ChangeDraft {
  const common = { uid, reason: '' };
  switch (op) {
    case 'ADD_MEASURE':
      return {
        ...common,
        op,
        keyEdited: false,
        measure: {
          key: '',
          name: '',
          categoryKey: '',
          audience: '',
          definition: '',
          formula: '',
          unit: '',
          direction: '',
          status: 'ACTIVE',
          aliases: '',
          notes: '',
        },
      };
    case 'UPDATE_MEASURE':
      return { ...common, op, measureKey: '', patch: {} };
    case 'RETIRE_MEASURE':
      return { ...common, op, measureKey: '', replacedBy: '' };
    case 'MOVE_MEASURE':
      return { ...common, op, measureKey: '', categoryKey: '' };
    case 'ADD_CATEGORY':
      return { ...common, op, keyEdited: false, category: { key: '', name: '', description: '', position: '' } };
    case 'UPDATE_CATEGORY':
      return { ...common, op, categoryKey: '', patch: {} };
    case 'SET_FOCUS':
      return { ...common, op, shares: {} };
  }
}

// ---- reading typed text ----

/** Aliases typed one per line or separated by commas, without blanks. */
export function parseAliases(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');
}

/** A number as typed: NaN when it is not one (validation then says so), so nothing is silently dropped. */
export function parseNumber(text: string): number {
  const trimmed = text.trim();
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const optionalText = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** A measure's current value of a field as the form shows it (aliases one per line). */
export function measureFieldText(measure: Measure, field: MeasurePatchField): string {
  const value = measure[field];
  if (Array.isArray(value)) return value.join('\n');
  return value ?? '';
}

export function categoryFieldText(category: Category, field: CategoryPatchField): string {
  return String(category[field]);
}

/** The category shares a Focus % re-balance lists: every category of `doc`, in display order. */
export function focusEntries(doc: FrameworkDocument, shares: Record<string, string>): { category: Category; text: string }[] {
  return categoriesInOrder(doc).map((category) => ({ category, text: shares[category.key] ?? String(category.focusPercent) }));
}

// ---- form → @ocmf/standard ----

function measurePatchOf(patch: ChangeDraftOf<'UPDATE_MEASURE'>['patch']): MeasurePatch {
  const result: MeasurePatch = {};
  for (const field of MEASURE_PATCH_FIELDS) {
    const text = patch[field];
    if (text === undefined) continue;
    switch (field) {
      case 'aliases':
        result.aliases = parseAliases(text);
        break;
      case 'formula':
      case 'notes':
        // Emptying an optional field clears it.
        result[field] = optionalText(text);
        break;
      case 'audience':
        result.audience = text as Audience;
        break;
      case 'direction':
        result.direction = text as Direction;
        break;
      case 'status':
        result.status = text as LiveMeasureStatus;
        break;
      default:
        result[field] = text.trim();
    }
  }
  return result;
}

function categoryPatchOf(patch: ChangeDraftOf<'UPDATE_CATEGORY'>['patch']): CategoryPatch {
  const result: CategoryPatch = {};
  if (patch.name !== undefined) result.name = patch.name.trim();
  if (patch.description !== undefined) result.description = patch.description.trim();
  if (patch.position !== undefined) result.position = parseNumber(patch.position);
  return result;
}

const withReason = <T extends Change>(change: T, reason: string): T => {
  const text = optionalText(reason);
  return text === null ? change : { ...change, reason: text };
};

/**
 * The change a form entry describes. `before` is the document as the earlier changes leave it: a Focus %
 * re-balance lists every category it holds, including ones added earlier in the same proposal.
 */
export function toChange(draft: ChangeDraft, before: FrameworkDocument): Change {
  switch (draft.op) {
    case 'ADD_MEASURE': {
      const m = draft.measure;
      return withReason(
        {
          op: 'ADD_MEASURE',
          measure: {
            key: m.key.trim(),
            name: m.name.trim(),
            categoryKey: m.categoryKey,
            audience: m.audience as Audience,
            definition: m.definition.trim(),
            formula: optionalText(m.formula),
            unit: m.unit.trim(),
            direction: m.direction as Direction,
            status: m.status,
            aliases: parseAliases(m.aliases),
            notes: optionalText(m.notes),
          },
        },
        draft.reason,
      );
    }
    case 'UPDATE_MEASURE':
      return withReason({ op: 'UPDATE_MEASURE', measureKey: draft.measureKey, patch: measurePatchOf(draft.patch) }, draft.reason);
    case 'RETIRE_MEASURE':
      // The reason is required here: an empty one is kept so that validation points at it.
      return {
        op: 'RETIRE_MEASURE',
        measureKey: draft.measureKey,
        reason: draft.reason.trim(),
        ...(draft.replacedBy ? { replacedBy: draft.replacedBy } : {}),
      };
    case 'MOVE_MEASURE':
      return withReason({ op: 'MOVE_MEASURE', measureKey: draft.measureKey, categoryKey: draft.categoryKey }, draft.reason);
    case 'ADD_CATEGORY': {
      const c = draft.category;
      const category = { key: c.key.trim(), name: c.name.trim(), description: c.description.trim() };
      const change: Change = {
        op: 'ADD_CATEGORY',
        category: c.position.trim() === '' ? category : { ...category, position: parseNumber(c.position) },
      };
      return withReason(change, draft.reason);
    }
    case 'UPDATE_CATEGORY':
      return withReason({ op: 'UPDATE_CATEGORY', categoryKey: draft.categoryKey, patch: categoryPatchOf(draft.patch) }, draft.reason);
    case 'SET_FOCUS':
      return withReason(
        {
          op: 'SET_FOCUS',
          focus: focusEntries(before, draft.shares).map(({ category, text }) => ({
            categoryKey: category.key,
            focusPercent: parseNumber(text),
          })),
        },
        draft.reason,
      );
  }
}

export type BuiltChanges = {
  changes: Change[];
  /** The document each change applies to (the draft with the valid earlier changes applied). */
  before: FrameworkDocument[];
};

/** Builds the change set in order, each change seeing the document the earlier ones leave. */
export function buildChanges(draft: FrameworkDocument, drafts: readonly ChangeDraft[]): BuiltChanges {
  const changes: Change[] = [];
  const before: FrameworkDocument[] = [];
  let current = draft;
  for (const entry of drafts) {
    const change = toChange(entry, current);
    changes.push(change);
    before.push(current);
    // An invalid change is skipped, as applyChanges skips it, so later ones see the same document it does.
    current = applyChanges(current, [change]).document;
  }
  return { changes, before };
}

// ---- @ocmf/standard → the API's ChangeInput ----

/** The API's ChangeInput for a change: the same JSON, except that a category's patch is `categoryPatch`. */
export function toChangeInput(change: Change): ChangeInput {
  const reason = change.reason ?? null;
  switch (change.op) {
    case 'ADD_MEASURE': {
      const { formula, notes, aliases, ...measure } = change.measure;
      return { op: change.op, reason, measure: { ...measure, formula: formula ?? null, notes: notes ?? null, aliases: aliases ?? [] } };
    }
    case 'UPDATE_MEASURE':
      return { op: change.op, reason, measureKey: change.measureKey, patch: { ...change.patch } };
    case 'RETIRE_MEASURE':
      return { op: change.op, reason: change.reason, measureKey: change.measureKey, replacedBy: change.replacedBy ?? null };
    case 'MOVE_MEASURE':
      return { op: change.op, reason, measureKey: change.measureKey, categoryKey: change.categoryKey };
    case 'ADD_CATEGORY':
      return { op: change.op, reason, category: { ...change.category } };
    case 'UPDATE_CATEGORY':
      return { op: change.op, reason, categoryKey: change.categoryKey, categoryPatch: { ...change.patch } };
    case 'SET_FOCUS':
      return { op: change.op, reason, focus: change.focus.map((share) => ({ ...share })) };
  }
}

// ---- a saved change → form ----

/** The form entry for a saved change, so that an existing proposal can be edited. */
export function draftFromChange(change: Change, uid: number): ChangeDraft {
  const reason = change.reason ?? '';
  switch (change.op) {
    case 'ADD_MEASURE': {
      const { formula, aliases, notes, ...measure } = change.measure;
      return {
        uid,
        reason,
        op: change.op,
        keyEdited: true,
        measure: { ...measure, formula: formula ?? '', aliases: (aliases ?? []).join('\n'), notes: notes ?? '' },
      };
    }
    case 'UPDATE_MEASURE': {
      const patch: Partial<Record<MeasurePatchField, string>> = {};
      for (const field of MEASURE_PATCH_FIELDS) {
        const value = change.patch[field];
        if (value === undefined) continue;
        patch[field] = Array.isArray(value) ? value.join('\n') : (value ?? '');
      }
      return { uid, reason, op: change.op, measureKey: change.measureKey, patch };
    }
    case 'RETIRE_MEASURE':
      return { uid, reason, op: change.op, measureKey: change.measureKey, replacedBy: change.replacedBy ?? '' };
    case 'MOVE_MEASURE':
      return { uid, reason, op: change.op, measureKey: change.measureKey, categoryKey: change.categoryKey };
    case 'ADD_CATEGORY': {
      const c = change.category;
      return {
        uid,
        reason,
        op: change.op,
        keyEdited: true,
        category: { key: c.key, name: c.name, description: c.description, position: c.position === undefined ? '' : String(c.position) },
      };
    }
    case 'UPDATE_CATEGORY': {
      const patch: Partial<Record<CategoryPatchField, string>> = {};
      for (const field of CATEGORY_PATCH_FIELDS) {
        const value = change.patch[field];
        if (value !== undefined) patch[field] = String(value);
      }
      return { uid, reason, op: change.op, categoryKey: change.categoryKey, patch };
    }
    case 'SET_FOCUS':
      return { uid, reason, op: change.op, shares: Object.fromEntries(change.focus.map((s) => [s.categoryKey, String(s.focusPercent)])) };
  }
}

/** Measures a change can pick (update, retire, move): every measure not retired, named with its category. */
export function pickableMeasures(doc: FrameworkDocument): { value: string; label: string }[] {
  return categoriesInOrder(doc).flatMap((category) =>
    doc.measures
      .filter((m) => m.categoryKey === category.key && m.status !== 'RETIRED')
      .map((m) => ({ value: m.key, label: `${m.name} (${category.name})` })),
  );
}

export function categoryOptions(doc: FrameworkDocument): { value: string; label: string }[] {
  return categoriesInOrder(doc).map((c) => ({ value: c.key, label: c.name }));
}
