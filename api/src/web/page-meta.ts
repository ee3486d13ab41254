/**
 * What a shared link to a page shows before anyone opens it (a chat or social preview): the page's <title>, its
 * <meta name="description"> and Open Graph tags, written into index.html on the server. The web app sets the
 * same title once it runs.
 */
export type PageMeta = { title: string; description: string; type: 'article' | 'website' };

export const SITE_NAME = 'OCMF Commons';

/** The routes that get their own preview, and what to look up for each. */
export type MetaRoute = { kind: 'proposal'; number: number } | { kind: 'measure'; key: string } | { kind: 'release'; version: string };

export function metaRouteOf(pathname: string): MetaRoute | null {
  const proposal = /^\/proposals\/(\d{1,9})\/?$/.exec(pathname);
  if (proposal) return { kind: 'proposal', number: Number(proposal[1]) };
  const measure = /^\/measures\/([a-z0-9-]{1,64})\/?$/.exec(pathname);
  if (measure) return { kind: 'measure', key: measure[1]! };
  const release = /^\/releases\/(\d+\.\d+\.\d+|latest)\/?$/.exec(pathname);
  if (release) return { kind: 'release', version: release[1]! };
  return null;
}

/** Markdown as one line of plain text, cut at a word near `max` characters. */
export function plainSummary(markdown: string, max = 200): string {
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_#>~|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** index.html with the page's title, description and Open Graph tags (every value escaped). */
export function withPageMeta(html: string, meta: PageMeta, url: string): string {
  const title = escapeHtml(`${meta.title} · ${SITE_NAME}`);
  const description = escapeHtml(meta.description);
  const tags = [
    `<meta property="og:site_name" content="${escapeHtml(SITE_NAME)}" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, `<meta name="description" content="${description}" />`)
    .replace('</head>', `    ${tags}\n  </head>`);
}
