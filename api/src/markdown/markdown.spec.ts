import { renderMarkdown } from './markdown.js';

/** Inputs from the usual XSS cheat sheets. None may produce markup that runs script. */
const XSS_CORPUS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle r=10></circle></svg>',
  '<svg><script>alert(1)</script></svg>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](  javascript:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x](x" onerror="alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '"><img src=x onerror=alert(1)>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '[x](https://example.org "title\\" onmouseover=\\"alert(1)")',
];

describe('renderMarkdown', () => {
  it('renders ordinary markdown', () => {
    expect(renderMarkdown('**Net ARR** matters.\n\n- one\n- two')).toBe(
      '<p><strong>Net ARR</strong> matters.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it('opens links in a new tab, marked as user content', () => {
    expect(renderMarkdown('[OCMF](https://ocmfgroup.org)')).toBe(
      '<p><a href="https://ocmfgroup.org" rel="nofollow ugc noopener noreferrer" target="_blank">OCMF</a></p>\n',
    );
  });

  it.each(XSS_CORPUS)('neutralises %s', (input) => {
    for (const tag of tagsOf(renderMarkdown(input))) {
      expect(SAFE_TAGS).toContain(tag.name);
      for (const [name, value] of tag.attributes) {
        expect(['href', 'title', 'rel', 'target', 'start']).toContain(name);
        if (name === 'href') expect(value).toMatch(/^(https?:|mailto:)/);
      }
    }
  });
});

const SAFE_TAGS = [
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
];

/** The real elements of an HTML string (text is escaped, so every element starts with `<` and a letter). */
function tagsOf(html: string): { name: string; attributes: [string, string][] }[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((match) => ({
    name: match[1]!.toLowerCase(),
    attributes: [...match[2]!.matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), a[2] ?? ''] as [string, string]),
  }));
}
