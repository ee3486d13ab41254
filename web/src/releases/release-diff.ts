import type { DocumentDiff } from '@ocmf/standard';
import { pluralize } from '../ui/format';

const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

/** A DocumentDiff received as JSON, checked for its shape (the API is trusted for the details). */
export function asDocumentDiff(value: unknown): DocumentDiff {
  const diff = value as DocumentDiff | null;
  if (
    typeof diff === 'object' &&
    diff !== null &&
    typeof diff.measures === 'object' &&
    diff.measures !== null &&
    typeof diff.categories === 'object' &&
    diff.categories !== null &&
    ['added', 'removed', 'retired', 'moved', 'changed'].every((key) => isArray((diff.measures as Record<string, unknown>)[key])) &&
    ['added', 'removed', 'changed'].every((key) => isArray((diff.categories as Record<string, unknown>)[key])) &&
    isArray(diff.focus)
  ) {
    return diff;
  }
  throw new Error('The server sent a diff in an unexpected shape.');
}

/** What a diff holds, in a line: "1 measure added, 2 measures changed, Focus % of 2 categories". */
export function diffSummary(diff: DocumentDiff): string {
  const parts = [
    [diff.categories.added.length, 'category', 'categories', 'added'],
    [diff.categories.changed.length, 'category', 'categories', 'changed'],
    [diff.categories.removed.length, 'category', 'categories', 'removed'],
    [diff.measures.added.length, 'measure', 'measures', 'added'],
    [diff.measures.changed.length, 'measure', 'measures', 'changed'],
    [diff.measures.moved.length, 'measure', 'measures', 'moved'],
    [diff.measures.retired.length, 'measure', 'measures', 'retired'],
    [diff.measures.removed.length, 'measure', 'measures', 'removed'],
  ] as const;
  const said = parts.filter(([count]) => count > 0).map(([count, one, many, what]) => `${pluralize(count, one, many)} ${what}`);
  if (diff.focus.length > 0) said.push(`Focus % of ${pluralize(diff.focus.length, 'category', 'categories')} changed`);
  return said.length > 0 ? said.join(', ') : 'No change';
}
