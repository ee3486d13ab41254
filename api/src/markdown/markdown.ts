import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { LruCache } from '../common/lru-cache.js';

/**
 * Markdown written by members (proposal summaries, comments) becomes HTML here, and only here.
 * Two layers: markdown-it with raw HTML disabled (so `<script>` is text) and its link validation
 * (no javascript:, vbscript:, file: or data: links), then an allow-list sanitizer on the result, so a
 * bug in either layer alone does not open a hole.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const ALIGN_CLASSES = ['align-left', 'align-center', 'align-right'];

/** markdown-it writes a column's alignment as `style="text-align:center"`; keep only that, as `class="align-center"`. */
function alignedCell(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const align = /^text-align:\s*(left|center|right)\s*;?$/.exec(attribs.style ?? '')?.[1];
  return { tagName, attribs: align ? { class: `align-${align}` } : {} };
}

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  // Table alignment becomes a class: style attributes would need 'unsafe-inline' in the Content-Security-Policy.
  allowedAttributes: { a: ['href', 'title'], ol: ['start'], th: ['class'], td: ['class'] },
  allowedClasses: { th: ALIGN_CLASSES, td: ALIGN_CLASSES },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow ugc noopener noreferrer', target: '_blank' }),
    th: alignedCell,
    td: alignedCell,
  },
};

// The transform adds rel and target after the allow-list check; let them through.
SANITIZE_OPTIONS.allowedAttributes = { ...SANITIZE_OPTIONS.allowedAttributes, a: ['href', 'title', 'rel', 'target'] };

export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE_OPTIONS);
}

const rendered = new LruCache<string, string>(2000);

/**
 * For Markdown inside immutable records (a release's notes, a framework document's measure notes): rendered the
 * first time this process sees the text, then served from memory. Text people write to the database is rendered
 * when it is written and stored beside its source instead.
 */
export function renderMarkdownOnce(source: string): string {
  return rendered.get(source, () => renderMarkdown(source));
}
