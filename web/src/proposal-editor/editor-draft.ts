import { CHANGE_OPS } from '@ocmf/standard';
import type { EditorContent } from './editor-state';

/** Where the editor keeps unsaved work in this browser: one slot for a new proposal, one per proposal edited. */
export function editorDraftKey(editingNumber: number | undefined): string {
  return editingNumber === undefined ? 'proposal-new' : `proposal-${editingNumber}`;
}

/** Whether a stored value has the shape of the editor's content (it may come from an older version of the app). */
export function isEditorContent(value: unknown): value is EditorContent {
  if (typeof value !== 'object' || value === null) return false;
  const { title, summary, changes } = value as Record<string, unknown>;
  return (
    typeof title === 'string' &&
    typeof summary === 'string' &&
    Array.isArray(changes) &&
    changes.every(
      (change: unknown) =>
        typeof change === 'object' &&
        change !== null &&
        typeof (change as { uid?: unknown }).uid === 'number' &&
        (CHANGE_OPS as readonly unknown[]).includes((change as { op?: unknown }).op),
    )
  );
}

/** Whether the editor holds what it started with (nothing to lose by leaving). */
export function sameContent(content: EditorContent, start: EditorContent | undefined): boolean {
  const base = start ?? { title: '', summary: '', changes: [] };
  return (
    content.title === base.title && content.summary === base.summary && JSON.stringify(content.changes) === JSON.stringify(base.changes)
  );
}
