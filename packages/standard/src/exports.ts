import { categoriesInOrder } from './document-access.js';
import type { Measure } from './document.js';
import { fromReleaseDocument, type ReleaseDocument } from './release-document.js';

/** The columns of the CSV export, one row per measure (retired ones included, with their status). */
export const CSV_COLUMNS = [
  'version',
  'category_key',
  'category_name',
  'focus_percent',
  'key',
  'name',
  'audience',
  'status',
  'direction',
  'unit',
  'definition',
  'formula',
  'aliases',
  'notes',
] as const;

/**
 * RFC 4180 CSV: CRLF line ends, every field quoted when it holds a comma, quote or line break. A field that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an
 * apostrophe, as OWASP advises against CSV injection: the text stays readable and never executes.
 */
export const toCsv = (release: ReleaseDocument): string => {
  const doc = fromReleaseDocument(release);
  const categories = new Map(doc.categories.map((c) => [c.key, c]));
  const rows = orderedMeasures(release).map((m) => {
    const category = categories.get(m.categoryKey)!;
    return [
      release.version,
      category.key,
      category.name,
      String(category.focusPercent),
      m.key,
      m.name,
      m.audience,
      m.status,
      m.direction,
      m.unit,
      m.definition,
      m.formula ?? '',
      m.aliases.join('; '),
      m.notes ?? '',
    ];
  });
  return csvText([[...CSV_COLUMNS], ...rows]);
};

/** Rows of fields as RFC 4180 CSV text. */
export const csvText = (rows: readonly (readonly string[])[]): string =>
  rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** Parses RFC 4180 CSV (as toCsv writes it) into rows of fields: for vendors reading the export back. */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
};

/** A plain number ("-1.5", "+3", "2e-4") is data to any spreadsheet, never a formula: it is left as it is. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i;

export const neutraliseFormula = (value: string): string => (/^[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value);

const csvField = (raw: string): string => {
  const value = neutraliseFormula(raw);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
};

const DIRECTION_WORDS = {
  HIGHER_IS_BETTER: 'higher is better',
  LOWER_IS_BETTER: 'lower is better',
  TARGET: 'closest to target is best',
} as const;
const AUDIENCE_WORDS = { EXECUTIVE: 'Executives', MANAGER: 'Managers' } as const;

/** A readable Markdown document of the whole framework, with its licence and attribution. */
export const toMarkdown = (release: ReleaseDocument): string => {
  const doc = fromReleaseDocument(release);
  const lines: string[] = [
    `# ${release.framework.name} (${release.framework.abbreviation}) ${release.version}`,
    '',
    `**${release.title}** · published ${release.publishedAt.slice(0, 10)}`,
    '',
    `> ${release.license.attribution}`,
    `> Licence: [${release.license.name}](${release.license.url}). Latest version: ${release.framework.source}`,
    '',
    '## Focus %',
    '',
    'The share of leadership time to spend on each category. It is not a weight for scoring measures.',
    '',
    '| Category | Focus % |',
    '|---|---:|',
    ...categoriesInOrder(doc).map((c) => `| ${escapeCell(c.name)} | ${c.focusPercent} |`),
    '',
  ];
  for (const category of categoriesInOrder(doc)) {
    lines.push(`## ${category.name} (${category.focusPercent}%)`, '', category.description, '');
    for (const audience of ['EXECUTIVE', 'MANAGER'] as const) {
      const measures = doc.measures.filter((m) => m.categoryKey === category.key && m.audience === audience);
      if (measures.length === 0) continue;
      lines.push(`### For ${AUDIENCE_WORDS[audience].toLowerCase()}`, '');
      for (const m of measures) lines.push(...measureSection(m));
    }
  }
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
};

const measureSection = (m: Measure): string[] => [
  `#### ${m.name}${m.status === 'ACTIVE' ? '' : ` (${m.status.toLowerCase()})`}`,
  '',
  m.definition,
  '',
  `- Key: \`${m.key}\``,
  `- Unit: ${m.unit}; ${DIRECTION_WORDS[m.direction]}`,
  ...(m.formula ? [`- Formula: ${m.formula}`] : []),
  ...(m.aliases.length > 0 ? [`- Also called: ${m.aliases.join(', ')}`] : []),
  ...(m.notes ? [`- Notes: ${m.notes}`] : []),
  '',
];

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|');

/** Measures grouped by category position, in document order within a category. */
const orderedMeasures = (release: ReleaseDocument): Measure[] => {
  const doc = fromReleaseDocument(release);
  return categoriesInOrder(doc).flatMap((c) => doc.measures.filter((m) => m.categoryKey === c.key));
};
