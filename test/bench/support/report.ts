import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** One row of the table: the app's figure, what it is compared with, their ratio, and issue 15's goal. */
export type Figure = { figure: string; app: string; baseline: string; ratio: string; goal: string };

export type Report = {
  mode: 'full' | 'smoke';
  startedAt: string;
  finishedAt: string;
  machine: string;
  figures: Figure[];
  problems: string[];
  /** Everything behind the figures: every run, the SQL statements, the EXPLAIN output. */
  details: Record<string, unknown>;
};

const COLUMNS = ['figure', 'app', 'baseline', 'ratio', 'goal'] as const;

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}

export function textTable(figures: Figure[]): string {
  const widths = COLUMNS.map((c) => Math.max(c.length, ...figures.map((f) => f[c].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ');
  return [line([...COLUMNS]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...figures.map((f) => line(COLUMNS.map((c) => f[c])))].join(
    '\n',
  );
}

export function markdownTable(figures: Figure[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [
    `| ${COLUMNS.join(' | ')} |`,
    `|${COLUMNS.map(() => '---').join('|')}|`,
    ...figures.map((f) => `| ${COLUMNS.map((c) => escape(f[c])).join(' | ')} |`),
  ].join('\n');
}

export async function writeReport(report: Report): Promise<{ markdown: string; json: string }> {
  const dir = path.join(import.meta.dirname, '../results');
  await fs.mkdir(dir, { recursive: true });
  const base = path.join(dir, `bench-${report.mode}`);
  const explain = report.details.explain as { sql: string; plan: string } | undefined;
  const statements = report.details.statements as Record<string, string[]> | undefined;
  const sections = [
    `# OCMF Commons benchmark (${report.mode})`,
    '',
    `${report.startedAt} – ${report.finishedAt}; ${report.machine}`,
    '',
    markdownTable(report.figures),
    '',
    report.problems.length ? `## Problems\n\n${report.problems.map((p) => `- ${p}`).join('\n')}\n` : '',
    explain
      ? `## EXPLAIN of the proposals list's sort query\n\n\`\`\`sql\n${explain.sql}\n\`\`\`\n\n\`\`\`\n${explain.plan}\n\`\`\`\n`
      : '',
    statements
      ? `## SQL statements of one request\n\n${Object.entries(statements)
          .map(
            ([name, list]) =>
              `### ${name} (${list.length})\n\n${list.map((sql, i) => `${i + 1}. \`${sql.replace(/\s+/g, ' ').slice(0, 300)}\``).join('\n')}\n`,
          )
          .join('\n')}`
      : '',
  ];
  const markdown = `${base}.md`;
  const json = `${base}.json`;
  await fs.writeFile(markdown, sections.join('\n'));
  await fs.writeFile(json, JSON.stringify(report, null, 2));
  return { markdown, json };
}

// ---- formatting ----

export const times = (value: number, digits = 2) => (Number.isFinite(value) ? `${value.toFixed(digits)}×` : 'n/a');
export const perSecond = (value: number) => (Number.isFinite(value) ? `${value >= 100 ? value.toFixed(0) : value.toFixed(1)}/s` : 'n/a');
export const ms = (value: number) => (Number.isFinite(value) ? `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms` : 'n/a');
export const seconds = (valueMs: number) => (Number.isFinite(valueMs) ? `${(valueMs / 1000).toFixed(2)} s` : 'n/a');
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KiB`;
