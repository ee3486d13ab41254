import { emptyChange } from './change-form';
import { editorDraftKey, isEditorContent, sameContent } from './editor-draft';

describe('unsaved editor work', () => {
  it('keeps a new proposal and each edited proposal apart', () => {
    expect(editorDraftKey(undefined)).toBe('proposal-new');
    expect(editorDraftKey(7)).toBe('proposal-7');
  });

  it('restores only what has the editor’s shape', () => {
    expect(isEditorContent({ title: 'T', summary: '', changes: [emptyChange('SET_FOCUS', 1)] })).toBe(true);
    expect(isEditorContent({ title: 'T', summary: '', changes: [{ uid: 1, op: 'DELETE_EVERYTHING' }] })).toBe(false);
    expect(isEditorContent({ title: 1, summary: '', changes: [] })).toBe(false);
    expect(isEditorContent(null)).toBe(false);
  });

  it('is dirty once anything differs from where it started', () => {
    const start = { title: 'T', summary: 'S', changes: [emptyChange('ADD_MEASURE', 1)] };
    expect(sameContent(structuredClone(start), start)).toBe(true);
    expect(sameContent({ ...start, title: 'T2' }, start)).toBe(false);
    expect(sameContent({ title: '', summary: '', changes: [] }, undefined)).toBe(true);
    expect(sameContent({ title: '', summary: '', changes: [emptyChange('SET_FOCUS', 1)] }, undefined)).toBe(false);
  });
});
