import { type ChangeOp, type FrameworkDocument, findCategory, findMeasure } from '@ocmf/standard';
import { audienceLabel, directionLabel, statusLabel } from '../framework/labels';
import type { Audience, ChangeKind, Direction, MeasureStatus } from '../gql/graphql';
import type { BadgeTone } from '../ui/Badge';

const OP_LABELS: Record<ChangeOp, string> = {
  ADD_MEASURE: 'Add a measure',
  UPDATE_MEASURE: 'Change a measure',
  RETIRE_MEASURE: 'Retire a measure',
  MOVE_MEASURE: 'Move a measure to another category',
  ADD_CATEGORY: 'Add a category',
  UPDATE_CATEGORY: 'Change a category',
  SET_FOCUS: 'Re-balance Focus %',
};

/** What a kind of change does, in words: SET_FOCUS → "Re-balance Focus %". */
export function opLabel(op: ChangeOp): string {
  return OP_LABELS[op] ?? op;
}

const KINDS: Record<ChangeKind, { label: string; tone: BadgeTone }> = {
  ADDED: { label: 'Addition', tone: 'positive' },
  CHANGED: { label: 'Change', tone: 'info' },
  MOVED: { label: 'Move', tone: 'info' },
  REBALANCED: { label: 'Re-balance', tone: 'info' },
  RETIRED: { label: 'Retirement', tone: 'neutral' },
};

/** What kind of change it is, as a badge names it beside the change's description: ADDED → "Addition". */
export function changeKindLabel(kind: ChangeKind): string {
  return KINDS[kind].label;
}

export function changeKindTone(kind: ChangeKind): BadgeTone {
  return KINDS[kind].tone;
}

const FIELD_LABELS: Record<string, string> = {
  key: 'Key',
  name: 'Name',
  categoryKey: 'Category',
  audience: 'Suggested for',
  definition: 'Definition',
  formula: 'Formula',
  unit: 'Unit',
  direction: 'Direction',
  status: 'Status',
  aliases: 'Also called',
  notes: 'Notes',
  description: 'Description',
  position: 'Position',
  focusPercent: 'Focus %',
};

/** A field of a measure or category as people say it: `audience` → "Suggested for". */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/**
 * A field's value for reading: enums in words, lists joined, categories by name (when `doc` knows them),
 * and "none" for an empty value.
 */
export function formatFieldValue(field: string, value: unknown, doc?: FrameworkDocument): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (Array.isArray(value)) return value.length > 0 ? value.map(String).join(', ') : 'none';
  if (typeof value === 'string') {
    switch (field) {
      case 'audience':
        return audienceLabel(value as Audience);
      case 'direction':
        return directionLabel(value as Direction);
      case 'status':
        return statusLabel(value as MeasureStatus);
      case 'categoryKey':
        return (doc && findCategory(doc, value)?.name) ?? value;
      case 'measureKey':
        return (doc && findMeasure(doc, value)?.name) ?? value;
      default:
        return value;
    }
  }
  if (typeof value === 'number') return field === 'focusPercent' ? `${value}%` : String(value);
  return JSON.stringify(value);
}
