/**
 * Work in progress kept in the browser's localStorage, so a closed tab, a crash or a wrong click does not throw
 * typed text away. Each draft is stored under its own key with the time it was saved; nothing leaves the browser.
 */
export type StoredDraft<T> = { savedAt: string; value: T };

const PREFIX = 'ocmf:draft:';

export function loadLocalDraft<T>(key: string, isValue: (value: unknown) => value is T): StoredDraft<T> | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { savedAt, value } = parsed as { savedAt?: unknown; value?: unknown };
    return typeof savedAt === 'string' && isValue(value) ? { savedAt, value } : null;
  } catch {
    return null;
  }
}

export function saveLocalDraft(key: string, value: unknown, now = new Date()): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify({ savedAt: now.toISOString(), value }));
  } catch {
    // Storage full or disabled (private browsing): the leave warning still protects the work.
  }
}

export function clearLocalDraft(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing stored
  }
}
