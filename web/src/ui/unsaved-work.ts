/**
 * Which parts of the page hold work that leaving would lose (a proposal being written, a comment being typed), so
 * that one guard for the whole app (LeaveGuard, in the layout) can warn before it is left behind.
 */
const holders = new Map<symbol, string>();
const listeners = new Set<() => void>();
let snapshot = '';

function changed(): void {
  snapshot = [...new Set(holders.values())].join(' and ');
  for (const listener of listeners) listener();
}

export function holdUnsavedWork(id: symbol, what: string): void {
  holders.set(id, what);
  changed();
}

export function releaseUnsavedWork(id: symbol): void {
  if (holders.delete(id)) changed();
}

/** What unsaved work there is, in words ("your comment and your reply"), or '' for none. */
export function unsavedWork(): string {
  return snapshot;
}

export function subscribeUnsavedWork(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
