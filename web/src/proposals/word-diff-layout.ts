import type { WordDiffPart } from '@ocmf/standard';

/** Whether most of the text changed: then the interleaved word diff is harder to read than the two versions. */
export function mostlyRewritten(parts: readonly WordDiffPart[]): boolean {
  const length = (kind: WordDiffPart['kind']) =>
    parts.filter((part) => part.kind === kind).reduce((sum, part) => sum + part.text.trim().length, 0);
  const kept = length('equal');
  return length('delete') + length('insert') > 2 * kept && length('delete') > 0 && length('insert') > 0;
}
