import { parse } from 'parse5';
import { metaRouteOf, plainSummary, withPageMeta } from './page-meta.js';

const INDEX = `<!doctype html><html><head><meta name="description" content="Default." /><title>OCMF Commons</title></head><body></body></html>`;

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };
const all = (node: Node): Node[] => [node, ...(node.childNodes ?? []).flatMap(all)];
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

describe('page previews', () => {
  it('knows the routes that get one', () => {
    expect(metaRouteOf('/proposals/12')).toEqual({ kind: 'proposal', number: 12 });
    expect(metaRouteOf('/measures/time-to-smile')).toEqual({ kind: 'measure', key: 'time-to-smile' });
    expect(metaRouteOf('/releases/1.1.0')).toEqual({ kind: 'release', version: '1.1.0' });
    expect(metaRouteOf('/releases/compare')).toBeNull();
    expect(metaRouteOf('/proposals/new')).toBeNull();
  });

  it('writes title, description and Open Graph tags, escaped, so member text cannot add markup', () => {
    const html = withPageMeta(
      INDEX,
      { title: '#3 <script>x</script> "quoted"', description: 'A & B <b>', type: 'article' },
      'https://x.org/proposals/3',
    );
    const nodes = all(parse(html) as unknown as Node);
    expect(nodes.filter((n) => n.nodeName === 'script')).toEqual([]);
    const title = nodes.find((n) => n.nodeName === 'title');
    expect(title?.childNodes?.[0]?.value).toBe('#3 <script>x</script> "quoted" · OCMF Commons');
    const metas = nodes.filter((n) => n.nodeName === 'meta');
    expect(metas.filter((n) => attr(n, 'name') === 'description').map((n) => attr(n, 'content'))).toEqual(['A & B <b>']);
    expect(metas.find((n) => attr(n, 'property') === 'og:title')?.attrs?.find((a) => a.name === 'content')?.value).toBe(
      '#3 <script>x</script> "quoted"',
    );
    expect(
      metas.find((n) => attr(n, 'property') === 'og:url') &&
        attr(
          metas.find((n) => attr(n, 'property') === 'og:url')!,
          'content',
        ),
    ).toBe('https://x.org/proposals/3');
  });

  it('turns Markdown into one plain line, cut at a word', () => {
    expect(plainSummary('Add **Net ARR** to [Business](https://x.org).\n\n- one')).toBe('Add Net ARR to Business. - one');
    expect(plainSummary('word '.repeat(100), 30)).toMatch(/^(word ){5}word…$|^(word ?)+…$/);
  });
});
