import type { ChangeOp } from '@ocmf/standard';
import { type ChangeDraft, emptyChange } from './change-form';

/** Everything the proposal editor holds while someone writes: the text, the changes, and what to point out. */
export type EditorState = {
  title: string;
  summary: string;
  changes: ChangeDraft[];
  nextUid: number;
  /** Changes (by uid) someone has edited: their problems are shown as they type. */
  touched: ReadonlySet<number>;
  /** A save was attempted: every problem is shown. */
  attempted: boolean;
};

export type EditorAction =
  | { type: 'setTitle'; value: string }
  | { type: 'setSummary'; value: string }
  | { type: 'addChange'; op: ChangeOp }
  | { type: 'replaceChange'; change: ChangeDraft }
  | { type: 'removeChange'; uid: number }
  | { type: 'moveChange'; uid: number; offset: -1 | 1 }
  | { type: 'attemptSave' }
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
    touched: new Set(),
    attempted: false,
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
        touched: new Set(state.touched).add(action.change.uid),
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
      return { ...state, attempted: true };
    case 'restore':
      return initialEditorState(action.content);
  }
}

/** Whether the problems of this change are shown yet. */
export function showsProblems(state: EditorState, uid: number): boolean {
  return state.attempted || state.touched.has(uid);
}
