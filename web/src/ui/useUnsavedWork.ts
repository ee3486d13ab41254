import { useEffect, useState } from 'react';
import { holdUnsavedWork, releaseUnsavedWork } from './unsaved-work';

/** Marks the caller as holding unsaved work (described by `what`, e.g. "your comment") while `dirty`. */
export function useUnsavedWork(dirty: boolean, what: string): void {
  const [id] = useState(() => Symbol(what));
  useEffect(() => {
    if (!dirty) return;
    holdUnsavedWork(id, what);
    return () => releaseUnsavedWork(id);
  }, [id, dirty, what]);
}
