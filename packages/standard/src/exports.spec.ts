import { CSV_COLUMNS, neutraliseFormula, parseCsv, toCsv, toMarkdown } from './exports.js';
import { toReleaseDocument } from './release-document.js';
import { ocmfV1Document, ocmfV1Release } from './seed/ocmf-v1.js';

const release = toReleaseDocument(ocmfV1Release, ocmfV1Document);

describe('toCsv', () => {
  it('has a header and one row per measure that parse back to the document values', () => {
    const rows = parseCsv(toCsv(release));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(ocmfV1Document.measures.length + 1);
    const smile = rows.find((r) => r[4] === 'time-to-smile')!;
    const measure = ocmfV1Document.measures.find((m) => m.key === 'time-to-smile')!;
    expect(smile).toEqual([
      '1.0.0',
      'business',
      'Business',
      '30',
      'time-to-smile',
      measure.name,
      measure.audience,
      measure.status,
      measure.direction,
      measure.unit,
      measure.definition,
      measure.formula ?? '',
      measure.aliases.join('; '),
      measure.notes ?? '',
    ]);
  });

  it('quotes commas, quotes and line breaks', () => {
    const tricky = toReleaseDocument(ocmfV1Release, {
      ...ocmfV1Document,
      measures: ocmfV1Document.measures.map((m, i) => (i === 0 ? { ...m, definition: 'Says "hi", then\r\nleaves' } : m)),
    });
    const rows = parseCsv(toCsv(tricky));
    expect(rows[1]![10]).toBe('Says "hi", then\r\nleaves');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with doubled quotes, commas and line breaks, and a last line without CRLF', () => {
    expect(parseCsv('a,"b ""x"", y","c\r\nd"\r\n1,2,3')).toEqual([
      ['a', 'b "x", y', 'c\r\nd'],
      ['1', '2', '3'],
    ]);
  });
});

describe('toMarkdown', () => {
  it('reads as a document of the whole framework, with attribution and every measure', () => {
    const md = toMarkdown(release);
    expect(md.startsWith('# Open Customer Metrics Framework (OCMF) 1.0.0\n')).toBe(true);
    expect(md).toContain(release.license.attribution);
    expect(md).toContain('| Business | 30 |');
    for (const m of ocmfV1Document.measures) expect(md).toContain(`- Key: \`${m.key}\``);
  });
});

describe('CSV formula injection', () => {
  it('prefixes every cell a spreadsheet would run as a formula, and no other', () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];
    const doc = {
      ...ocmfV1Document,
      measures: ocmfV1Document.measures.map((m, i) => (i < hostile.length ? { ...m, definition: hostile[i]! } : m)),
    };
    const csv = toCsv(toReleaseDocument(ocmfV1Release, doc));
    const definitions = parseCsv(csv)
      .slice(1)
      .map((row) => row[CSV_COLUMNS.indexOf('definition')]!);
    expect(definitions.slice(0, hostile.length)).toEqual(hostile.map((cell) => `'${cell}`));
    expect(definitions.slice(hostile.length).every((cell) => !cell.startsWith("'"))).toBe(true);
  });

  it('leaves plain numbers, negative ones included, as numbers', () => {
    expect(['-1.5', '+3', '-10', '2e-4'].map(neutraliseFormula)).toEqual(['-1.5', '+3', '-10', '2e-4']);
    expect(['-1.5+cmd', '-A1', '+1)'].map(neutraliseFormula)).toEqual(["'-1.5+cmd", "'-A1", "'+1)"]);
  });
});
