/** The two releases the compare page shows, from its address: `/releases/compare?from=1.0.0&to=1.1.0`. */
export type CompareParams = { from: string | null; to: string | null };

const VERSION = /^(\d+\.\d+\.\d+|latest)$/;

/** Reads `from` and `to`; anything that is not a version (or "latest") counts as not chosen. */
export function compareParamsFromSearch(search: URLSearchParams): CompareParams {
  const read = (name: string) => {
    const value = search.get(name)?.trim() ?? '';
    return VERSION.test(value) ? value : null;
  };
  return { from: read('from'), to: read('to') };
}

export function compareSearch({ from, to }: CompareParams): URLSearchParams {
  const search = new URLSearchParams();
  if (from) search.set('from', from);
  if (to) search.set('to', to);
  return search;
}

export function compareHref(params: CompareParams): string {
  const query = compareSearch(params).toString();
  return query ? `/releases/compare?${query}` : '/releases/compare';
}

export type Versioned = { version: string; previousVersion?: string | null };

/**
 * What to compare when the address does not say: the latest release with the one it follows. `releases` are
 * newest first. A version that is chosen stays as it is.
 */
export function defaultComparison(params: CompareParams, releases: readonly Versioned[]): CompareParams {
  const latest = releases[0];
  const to = params.to ?? latest?.version ?? null;
  const target = releases.find((release) => release.version === to);
  const from = params.from ?? target?.previousVersion ?? releases[1]?.version ?? null;
  return { from, to };
}
