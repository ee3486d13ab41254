/**
 * Where to go after signing in: the `next` path a page asked for, when it is a path on this site (so a link
 * cannot send people elsewhere), otherwise the home page.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (/^\/sign-(in|up)\b/.test(next)) return '/';
  return next;
}
