import { useCallback, useEffect, useRef } from 'react';
import { clearLocalDraft, saveLocalDraft } from './local-draft';

/** How long typing may pause before what was typed is written to storage. */
const SAVE_DELAY_MS = 300;

/**
 * Autosaves `value` under `key` (see local-draft.ts) a moment after each change while `dirty`, and forgets it when
 * the work is no longer dirty. `clear()` forgets it at once (after a save, or a discard).
 */
export function useAutosave(key: string, value: unknown, dirty: boolean): () => void {
  const cleared = useRef(false);
  const wasDirty = useRef(false);

  useEffect(() => {
    if (!dirty) {
      // Typed back to how it was: there is nothing left to keep.
      if (wasDirty.current) clearLocalDraft(key);
      wasDirty.current = false;
      return;
    }
    wasDirty.current = true;
    cleared.current = false;
    const timer = setTimeout(() => {
      if (!cleared.current) saveLocalDraft(key, value);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key, value, dirty]);

  return useCallback(() => {
    cleared.current = true;
    clearLocalDraft(key);
  }, [key]);
}
