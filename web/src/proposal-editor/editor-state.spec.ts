import { emptyChange } from './change-form';
import { editorReducer, initialEditorState, problemShown } from './editor-state';

describe('editorReducer', () => {
  it('adds changes with fresh ids and moves them', () => {
    let state = initialEditorState({ title: 'T', summary: 'S', changes: [emptyChange('SET_FOCUS', 4)] });
    expect(state.nextUid).toBe(5);
    state = editorReducer(state, { type: 'addChange', op: 'ADD_MEASURE' });
    state = editorReducer(state, { type: 'addChange', op: 'RETIRE_MEASURE' });
    expect(state.changes.map((c) => `${c.uid}:${c.op}`)).toEqual(['4:SET_FOCUS', '5:ADD_MEASURE', '6:RETIRE_MEASURE']);
    state = editorReducer(state, { type: 'moveChange', uid: 6, offset: -1 });
    expect(state.changes.map((c) => c.uid)).toEqual([4, 6, 5]);
    expect(editorReducer(state, { type: 'moveChange', uid: 4, offset: -1 })).toBe(state);
    state = editorReducer(state, { type: 'removeChange', uid: 6 });
    expect(state.changes.map((c) => c.uid)).toEqual([4, 5]);
  });

  it('shows a field’s problem once that field was visited, not its neighbours’', () => {
    let state = editorReducer(initialEditorState(), { type: 'addChange', op: 'ADD_MEASURE' });
    state = editorReducer(state, { type: 'visit', fieldId: 'changes[0].measure.name' });
    expect(problemShown(state, 'changes[0].measure.name')).toBe(true);
    expect(problemShown(state, 'changes[0].measure.definition')).toBe(false);
    expect(problemShown(state, 'title')).toBe(false);
    expect(problemShown(state, null)).toBe(false);
  });

  it('shows a group’s problem once a field inside it was visited, and a whole change’s only on save', () => {
    let state = editorReducer(initialEditorState(), { type: 'addChange', op: 'SET_FOCUS' });
    state = editorReducer(state, { type: 'addChange', op: 'UPDATE_MEASURE' });
    state = editorReducer(state, { type: 'visit', fieldId: 'changes[0].focus[1]' });
    state = editorReducer(state, { type: 'visit', fieldId: 'changes[1].measureKey' });
    expect(problemShown(state, 'changes[0].focus')).toBe(true);
    expect(problemShown(state, 'changes[1].patch')).toBe(false);
    expect(problemShown(state, 'changes[1]')).toBe(false);
    state = editorReducer(state, { type: 'attemptSave' });
    expect(problemShown(state, 'changes[1].patch')).toBe(true);
  });

  it('keeps what was visited with its change when changes move', () => {
    let state = editorReducer(initialEditorState(), { type: 'addChange', op: 'RETIRE_MEASURE' });
    state = editorReducer(state, { type: 'addChange', op: 'RETIRE_MEASURE' });
    state = editorReducer(state, { type: 'visit', fieldId: 'changes[1].reason' });
    state = editorReducer(state, { type: 'moveChange', uid: state.changes[1]!.uid, offset: -1 });
    expect(problemShown(state, 'changes[0].reason')).toBe(true);
    expect(problemShown(state, 'changes[1].reason')).toBe(false);
  });

  it('shows every problem of the changes there were at a save attempt, not of changes added after', () => {
    let state = editorReducer(initialEditorState(), { type: 'addChange', op: 'RETIRE_MEASURE' });
    state = editorReducer(state, { type: 'attemptSave' });
    state = editorReducer(state, { type: 'addChange', op: 'RETIRE_MEASURE' });
    expect(problemShown(state, 'changes[0].measureKey')).toBe(true);
    expect(problemShown(state, 'changes[1].measureKey')).toBe(false);
    expect(problemShown(state, 'title')).toBe(true);
  });
});
