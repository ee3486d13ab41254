import { parseFragment } from 'parse5';
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
  '| a |\n|:-:|\n| <img src=x onerror=alert(1)> |',
  '[x](/\\evil.example)',
];

/** What the renderer may emit. Kept here on purpose, apart from the sanitizer's list, so the test checks the code. */
const SAFE_TAGS = new Set([
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
]);
const SAFE_ATTRIBUTES = new Set(['href', 'title', 'rel', 'target', 'start', 'class']);

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

  it('aligns table columns with classes, never with inline styles', () => {
    const html = renderMarkdown('| a | b |\n|:-:|--:|\n| 1 | 2 |');
    const cells = elementsOf(html).filter((element) => element.name === 'th' || element.name === 'td');
    expect(cells.map((cell) => cell.attributes)).toEqual([
      [['class', 'align-center']],
      [['class', 'align-right']],
      [['class', 'align-center']],
      [['class', 'align-right']],
    ]);
  });

  it.each(XSS_CORPUS)('neutralises %s', (input) => {
    for (const element of elementsOf(renderMarkdown(input))) {
      expect(SAFE_TAGS).toContain(element.name);
      for (const [name, value] of element.attributes) {
        expect(name.startsWith('on')).toBe(false);
        expect(SAFE_ATTRIBUTES).toContain(name);
        // Absolute http(s) and mailto links, or paths on this site (never `//host` or `/\host`, which leave it).
        if (name === 'href') expect(value).toMatch(/^(https?:\/\/|mailto:|\/(?![/\\]))/);
        if (name === 'class') expect(value).toMatch(/^align-(left|center|right)$/);
      }
    }
  });
});

type Element = { name: string; attributes: [string, string][] };

/** Every element of an HTML fragment as a browser's parser builds it (parse5 implements the HTML standard). */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[] }) => {
    if (node.tagName) found.push({ name: node.tagName, attributes: (node.attrs ?? []).map((a) => [a.name, a.value]) });
    for (const child of node.childNodes ?? []) walk(child as typeof node);
    const content = (node as { content?: typeof node }).content;
    if (content) walk(content);
  };
  walk(parseFragment(html) as unknown as Parameters<typeof walk>[0]);
  return found;
}
