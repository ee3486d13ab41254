/**
 * Where a release's files are, relative to this site: a link works however the site was reached (by name, by IP,
 * behind a proxy). The API's `downloads` field gives absolute URLs from PUBLIC_URL, for programs.
 */
export function releaseDownloads(version: string): { json: string; csv: string; markdown: string } {
  const base = `/releases/${encodeURIComponent(version)}`;
  return { json: `${base}.json`, csv: `${base}.csv`, markdown: `${base}.md` };
}
