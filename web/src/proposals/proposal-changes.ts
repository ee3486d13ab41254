import {
  type Change,
  type DocumentDiff,
  type FrameworkDocument,
  type LiveMeasureStatus,
  type MeasurePatch,
  applyChanges,
  diffDocuments,
  MEASURE_VALUE_FIELDS,
} from '@ocmf/standard';
import { graphql } from '../gql';
import type { ChangeFields_ChangeFragment } from '../gql/graphql';

/**
 * A change as the API returns it (the schema's Change type), selected once for every view that reads
 * changes, and its translation back into the change JSON of `@ocmf/standard`, so the app can apply, diff and
 * edit changes without a round trip.
 */
export const ChangeFields_change = graphql(`
  fragment ChangeFields_change on Change {
    op
    reason
    measureKey
    categoryKey
    replacedBy
    measure {
      key
      name
      categoryKey
      audience
      definition
      formula
      unit
      direction
      status
      aliases
      notes
    }
    patch {
      fields
      name
      audience
      definition
      formula
      unit
      direction
      status
      aliases
      notes
    }
    category {
      key
      name
      description
      position
    }
    categoryPatch {
      name
      description
      position
    }
    focus {
      categoryKey
      focusPercent
    }
  }
`);

type ApiChange = ChangeFields_ChangeFragment;

function measurePatchOf(patch: NonNullable<ApiChange['patch']>): MeasurePatch {
  const result: Record<string, unknown> = {};
  // `fields` says which fields the patch sets, including those it sets to null (clearing formula or notes).
  for (const field of MEASURE_VALUE_FIELDS) if (patch.fields.includes(field)) result[field] = patch[field] ?? null;
  return result as MeasurePatch;
}

const reasonOf = (change: ApiChange) => (change.reason ? { reason: change.reason } : {});

/** The change JSON for a change as the API returns it. */
export function changeFromApi(change: ApiChange): Change {
  switch (change.op) {
    case 'ADD_MEASURE': {
      const m = change.measure;
      if (!m) throw new Error('An ADD_MEASURE change without its measure');
      // Field by field: the cached objects also carry __typename, which the change JSON must not.
      return {
        op: change.op,
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
        ...reasonOf(change),
      };
    }
    case 'UPDATE_MEASURE':
      return {
        op: change.op,
        measureKey: change.measureKey ?? '',
        patch: change.patch ? measurePatchOf(change.patch) : {},
        ...reasonOf(change),
      };
    case 'RETIRE_MEASURE':
      return {
        op: change.op,
        measureKey: change.measureKey ?? '',
        reason: change.reason ?? '',
        ...(change.replacedBy ? { replacedBy: change.replacedBy } : {}),
      };
    case 'MOVE_MEASURE':
      return { op: change.op, measureKey: change.measureKey ?? '', categoryKey: change.categoryKey ?? '', ...reasonOf(change) };
    case 'ADD_CATEGORY': {
      const c = change.category;
      if (!c) throw new Error('An ADD_CATEGORY change without its category');
      const category = { key: c.key, name: c.name, description: c.description };
      return { op: change.op, category: c.position == null ? category : { ...category, position: c.position }, ...reasonOf(change) };
    }
    case 'UPDATE_CATEGORY': {
      const p = change.categoryPatch;
      const patch = {
        ...(p?.name != null ? { name: p.name } : {}),
        ...(p?.description != null ? { description: p.description } : {}),
        ...(p?.position != null ? { position: p.position } : {}),
      };
      return { op: change.op, categoryKey: change.categoryKey ?? '', patch, ...reasonOf(change) };
    }
    case 'SET_FOCUS':
      return { op: change.op, focus: (change.focus ?? []).map((share) => ({ ...share })), ...reasonOf(change) };
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
