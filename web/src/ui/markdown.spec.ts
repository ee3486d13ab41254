import { isSafeHref, parseInline, parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and lists', () => {
    const blocks = parseMarkdown(
      '# First release\n\nThe Spring 2016 edition,\nin five categories.\n\n- Customer\n- Employee\n\n1. One\n2. Two',
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 1, content: [{ type: 'text', text: 'First release' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'The Spring 2016 edition, in five categories.' }] },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Customer' }], [{ type: 'text', text: 'Employee' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'Two' }]] },
    ]);
  });

  it('continues a list item on an indented line and ends a list at a paragraph', () => {
    const blocks = parseMarkdown('* a\n  continued\nafter');
    expect(blocks).toEqual([
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'a continued' }]] },
      { type: 'paragraph', content: [{ type: 'text', text: 'after' }] },
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(parseMarkdown('  \n\r\n ')).toEqual([]);
  });
});

describe('parseInline', () => {
  it('reads strong, code and links', () => {
    expect(parseInline('See **Time to Smile** (`time-to-smile`) at [OCMF](https://ocmfgroup.org).')).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'strong', text: 'Time to Smile' },
      { type: 'text', text: ' (' },
      { type: 'code', text: 'time-to-smile' },
      { type: 'text', text: ') at ' },
      { type: 'link', text: 'OCMF', href: 'https://ocmfgroup.org' },
      { type: 'text', text: '.' },
    ]);
  });

  it('drops unsafe links to their text', () => {
    expect(parseInline('[click](javascript:alert%281%29)')).toEqual([{ type: 'text', text: 'click' }]);
  });
});

describe('isSafeHref', () => {
  it.each([
    ['https://ocmfgroup.org', true],
    ['http://example.org', true],
    ['mailto:hello@example.org', true],
    ['/releases/1.0.0', true],
    ['//evil.example', false],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
  ])('%s → %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});
