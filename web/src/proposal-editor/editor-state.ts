import type { ChangeOp } from '@ocmf/standard';
import { type ChangeDraft, emptyChange } from './change-form';

/** Everything the proposal editor holds while someone writes: the text, the changes, and what to point out. */
export type EditorState = {
  title: string;
  summary: string;
  changes: ChangeDraft[];
  nextUid: number;
  /**
   * Fields someone typed in or left, as stable keys (`title`, `#4.measure.name` for the change with uid 4): a
   * field's problem shows once it was visited, not while it waits its turn.
   */
  visited: ReadonlySet<string>;
  /** A save was attempted: the title, summary and change list show their problems. */
  attempted: boolean;
  /** The changes (by uid) there were at the last save attempt: all their problems show. */
  checked: ReadonlySet<number>;
};

export type EditorAction =
  | { type: 'setTitle'; value: string }
  | { type: 'setSummary'; value: string }
  | { type: 'addChange'; op: ChangeOp }
  | { type: 'replaceChange'; change: ChangeDraft }
  | { type: 'removeChange'; uid: number }
  | { type: 'moveChange'; uid: number; offset: -1 | 1 }
  | { type: 'attemptSave' }
  /** Someone typed in, or left, the field with this id (`changes[1].measure.name`). */
  | { type: 'visit'; fieldId: string }
  /** Replaces the whole content, e.g. with work restored from this browser. */
  | { type: 'restore'; content: EditorContent };

/** What the editor holds that is worth keeping: the proposal as typed. */
export type EditorContent = { title: string; summary: string; changes: ChangeDraft[] };

export function initialEditorState(initial?: EditorContent): EditorState {
  const changes = initial?.changes ?? [];
  return {
    title: initial?.title ?? '',
    summary: initial?.summary ?? '',
    changes,
    nextUid: changes.reduce((max, change) => Math.max(max, change.uid), 0) + 1,
    visited: new Set(),
    attempted: false,
    checked: new Set(),
  };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'setTitle':
      return { ...state, title: action.value };
    case 'setSummary':
      return { ...state, summary: action.value };
    case 'addChange':
      return { ...state, changes: [...state.changes, emptyChange(action.op, state.nextUid)], nextUid: state.nextUid + 1 };
    case 'replaceChange':
      return {
        ...state,
        changes: state.changes.map((change) => (change.uid === action.change.uid ? action.change : change)),
      };
    case 'removeChange':
      return { ...state, changes: state.changes.filter((change) => change.uid !== action.uid) };
    case 'moveChange': {
      const from = state.changes.findIndex((change) => change.uid === action.uid);
      const to = from + action.offset;
      if (from < 0 || to < 0 || to >= state.changes.length) return state;
      const changes = [...state.changes];
      const [moving] = changes.splice(from, 1);
      changes.splice(to, 0, moving!);
      return { ...state, changes };
    }
    case 'attemptSave':
      return { ...state, attempted: true, checked: new Set(state.changes.map((change) => change.uid)) };
    case 'visit': {
      const key = stableFieldKey(state, action.fieldId);
      return key === null || state.visited.has(key) ? state : { ...state, visited: new Set(state.visited).add(key) };
    }
    case 'restore':
      return initialEditorState(action.content);
  }
}

/** A field id with the change's position replaced by its uid, so it stays the same field when changes move. */
export function stableFieldKey(state: EditorState, fieldId: string): string | null {
  const match = /^changes\[(\d+)\](.*)$/.exec(fieldId);
  if (!match) return fieldId === '' ? null : fieldId;
  const uid = state.changes[Number(match[1])]?.uid;
  return uid === undefined ? null : `#${uid}${match[2]}`;
}

/**
 * Whether the problem placed on a field (its id, `changes[1].measure.name`, or null for the form as a whole) is shown
 * yet: once the field (or, for a group such as the Focus shares, a field inside it) was visited, or once a save was
 * attempted with its change in the form. A problem of a change as a whole ("The patch changes no field.") waits for
 * a save attempt: while someone is still choosing, it would only get in the way.
 */
export function problemShown(state: EditorState, target: string | null): boolean {
  if (target === null) return state.attempted;
  const match = /^changes\[(\d+)\](.*)$/.exec(target);
  if (!match) return state.attempted || state.visited.has(target);
  const uid = state.changes[Number(match[1])]?.uid;
  if (uid === undefined) return state.attempted;
  if (state.checked.has(uid)) return true;
  const rest = match[2] ?? '';
  if (rest === '' || rest === '.patch') return false;
  const key = `#${uid}${rest}`;
  for (const visited of state.visited) {
    if (visited === key || visited.startsWith(`${key}[`) || visited.startsWith(`${key}.`)) return true;
  }
  return false;
}
