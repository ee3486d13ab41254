export type WordDiffPart = { kind: 'equal' | 'insert' | 'delete'; text: string };

/** Splits text into alternating runs of whitespace and non-whitespace, so that joining them gives it back. */
export const tokenize = (text: string): string[] => text.match(/\s+|\S+/g) ?? [];

const push = (parts: WordDiffPart[], kind: WordDiffPart['kind'], text: string): void => {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
};

/** The longest common subsequence of two token lists, as a table of suffix lengths walked from the start. */
const diffTokens = (a: readonly string[], b: readonly string[], parts: WordDiffPart[]): void => {
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  const at = (i: number, j: number): number => lcs[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(parts, 'equal', a[i++] ?? '');
      j++;
    } else if (j >= b.length || (i < a.length && at(i + 1, j) >= at(i, j + 1))) {
      push(parts, 'delete', a[i++] ?? '');
    } else {
      push(parts, 'insert', b[j++] ?? '');
    }
  }
};

/**
 * A word-level diff: the longest common subsequence of whitespace-preserving tokens. Joining the `equal` and
 * `delete` parts gives `before`; joining the `equal` and `insert` parts gives `after`.
 */
export const diffWords = (before: string, after: string): WordDiffPart[] => {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const parts: WordDiffPart[] = [];
  push(parts, 'equal', a.slice(0, start).join(''));
  diffTokens(a.slice(start, a.length - end), b.slice(start, b.length - end), parts);
  push(parts, 'equal', a.slice(a.length - end).join(''));
  return parts;
};
