import {
  type Audience,
  type Change,
  type Direction,
  type DocumentDiff,
  type FrameworkDocument,
  type LiveMeasureStatus,
  type MeasurePatch,
  applyChanges,
  diffDocuments,
  MEASURE_VALUE_FIELDS,
} from '@ocmf/standard';

/**
 * A proposal's changes as the API returns them (the Change type of the schema), and their translation back
 * into the change JSON of `@ocmf/standard`, so the app can apply, diff and edit them without a round trip.
 */
export type ChangeView = {
  op: Change['op'];
  reason?: string | null;
  measureKey?: string | null;
  categoryKey?: string | null;
  measure?: {
    key: string;
    name: string;
    categoryKey: string;
    audience: Audience;
    definition: string;
    formula?: string | null;
    unit: string;
    direction: Direction;
    status: string;
    aliases: string[];
    notes?: string | null;
  } | null;
  patch?: {
    fields: string[];
    name?: string | null;
    audience?: Audience | null;
    definition?: string | null;
    formula?: string | null;
    unit?: string | null;
    direction?: Direction | null;
    status?: string | null;
    aliases?: string[] | null;
    notes?: string | null;
  } | null;
  category?: { key: string; name: string; description: string; position?: number | null } | null;
  categoryPatch?: { name?: string | null; description?: string | null; position?: number | null } | null;
  focus?: { categoryKey: string; focusPercent: number }[] | null;
};

function measurePatchOf(patch: NonNullable<ChangeView['patch']>): MeasurePatch {
  const result: Record<string, unknown> = {};
  // `fields` says which fields the patch sets, including those it sets to null (clearing formula or notes).
  for (const field of MEASURE_VALUE_FIELDS) if (patch.fields.includes(field)) result[field] = patch[field] ?? null;
  return result as MeasurePatch;
}

const reasonOf = (view: ChangeView) => (view.reason ? { reason: view.reason } : {});

/** The change JSON for a change as the API returns it. */
export function changeFromView(view: ChangeView): Change {
  switch (view.op) {
    case 'ADD_MEASURE': {
      const m = view.measure;
      if (!m) throw new Error('An ADD_MEASURE change without its measure');
      return {
        op: view.op,
        measure: {
          key: m.key,
          name: m.name,
          categoryKey: m.categoryKey,
          audience: m.audience,
          definition: m.definition,
          formula: m.formula ?? null,
          unit: m.unit,
          direction: m.direction,
          status: m.status as LiveMeasureStatus,
          aliases: [...m.aliases],
          notes: m.notes ?? null,
        },
        ...reasonOf(view),
      };
    }
    case 'UPDATE_MEASURE':
      return { op: view.op, measureKey: view.measureKey ?? '', patch: view.patch ? measurePatchOf(view.patch) : {}, ...reasonOf(view) };
    case 'RETIRE_MEASURE':
      return { op: view.op, measureKey: view.measureKey ?? '', reason: view.reason ?? '' };
    case 'MOVE_MEASURE':
      return { op: view.op, measureKey: view.measureKey ?? '', categoryKey: view.categoryKey ?? '', ...reasonOf(view) };
    case 'ADD_CATEGORY': {
      const c = view.category;
      if (!c) throw new Error('An ADD_CATEGORY change without its category');
      const category = { key: c.key, name: c.name, description: c.description };
      return { op: view.op, category: c.position == null ? category : { ...category, position: c.position }, ...reasonOf(view) };
    }
    case 'UPDATE_CATEGORY': {
      const p = view.categoryPatch ?? {};
      const patch = {
        ...(p.name != null ? { name: p.name } : {}),
        ...(p.description != null ? { description: p.description } : {}),
        ...(p.position != null ? { position: p.position } : {}),
      };
      return { op: view.op, categoryKey: view.categoryKey ?? '', patch, ...reasonOf(view) };
    }
    case 'SET_FOCUS':
      return { op: view.op, focus: (view.focus ?? []).map((share) => ({ ...share })), ...reasonOf(view) };
  }
}

/** A framework document received as JSON, checked for its shape (the API is trusted for the details). */
export function asFrameworkDocument(value: unknown): FrameworkDocument {
  if (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as FrameworkDocument).categories) &&
    Array.isArray((value as FrameworkDocument).measures)
  ) {
    return value as FrameworkDocument;
  }
  throw new Error('The server sent a framework document in an unexpected shape.');
}

export type ChangeStep = { before: FrameworkDocument; after: FrameworkDocument; applied: boolean; diff: DocumentDiff };

/**
 * What each change does on its own: the changes applied one after another to `start`, each diffed against the
 * document before it. Changes in `skip` (those in conflict) and changes that do not apply leave the document
 * as it was and show an empty diff.
 */
export function changeSteps(start: FrameworkDocument, changes: readonly Change[], skip: ReadonlySet<number> = new Set()): ChangeStep[] {
  let current = start;
  return changes.map((change, index) => {
    const before = current;
    if (!skip.has(index)) {
      const result = applyChanges(before, [change]);
      if (result.applied.includes(0)) current = result.document;
    }
    return { before, after: current, applied: current !== before, diff: diffDocuments(before, current) };
  });
}
