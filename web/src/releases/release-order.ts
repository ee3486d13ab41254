type Dated = { publishedAt: string };

/** Releases newest first (by publication time), without changing the input. */
export function newestFirst<T extends Dated>(releases: readonly T[]): T[] {
  return [...releases].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
}

/** The most recently published release, or null when nothing has been published. */
export function latestRelease<T extends Dated>(releases: readonly T[]): T | null {
  return newestFirst(releases)[0] ?? null;
}
