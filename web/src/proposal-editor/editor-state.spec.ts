import { emptyChange } from './change-form';
import { editorReducer, initialEditorState, showsProblems } from './editor-state';

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

  it('shows a change’s problems once it was edited, and all after a save attempt', () => {
    let state = editorReducer(initialEditorState(), { type: 'addChange', op: 'RETIRE_MEASURE' });
    state = editorReducer(state, { type: 'addChange', op: 'RETIRE_MEASURE' });
    const [first, second] = state.changes;
    state = editorReducer(state, { type: 'replaceChange', change: { ...first!, reason: 'Old' } });
    expect(state.changes[0]?.reason).toBe('Old');
    expect(showsProblems(state, first!.uid)).toBe(true);
    expect(showsProblems(state, second!.uid)).toBe(false);
    state = editorReducer(state, { type: 'attemptSave' });
    expect(showsProblems(state, second!.uid)).toBe(true);
  });
});
