import fc from 'fast-check';
import { diffWords, tokenize, type WordDiffPart } from './word-diff.js';

const side = (parts: WordDiffPart[], kind: 'insert' | 'delete'): string =>
  parts
    .filter((p) => p.kind === 'equal' || p.kind === kind)
    .map((p) => p.text)
    .join('');

describe('tokenize', () => {
  it('keeps whitespace as tokens of its own', () => {
    expect(tokenize('Time  to\nSmile ')).toEqual(['Time', '  ', 'to', '\n', 'Smile', ' ']);
    expect(tokenize('')).toEqual([]);
  });
});

describe('diffWords', () => {
  it('marks the words that changed', () => {
    expect(diffWords('the quick brown fox', 'the slow brown fox')).toEqual([
      { kind: 'equal', text: 'the ' },
      { kind: 'delete', text: 'quick' },
      { kind: 'insert', text: 'slow' },
      { kind: 'equal', text: ' brown fox' },
    ]);
  });

  it('finds insertions and deletions around what stays', () => {
    expect(diffWords('time to resolution', 'elapsed time to a smile')).toEqual([
      { kind: 'insert', text: 'elapsed ' },
      { kind: 'equal', text: 'time to ' },
      { kind: 'delete', text: 'resolution' },
      { kind: 'insert', text: 'a smile' },
    ]);
  });

  it('handles empty sides and equal texts', () => {
    expect(diffWords('', 'new text')).toEqual([{ kind: 'insert', text: 'new text' }]);
    expect(diffWords('old text', '')).toEqual([{ kind: 'delete', text: 'old text' }]);
    expect(diffWords('same', 'same')).toEqual([{ kind: 'equal', text: 'same' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('rebuilds both texts, never repeats a kind twice in a row, and keeps the common words', () => {
    const words = fc.constantFrom('a', 'b', 'c', 'time', 'smile', ' ', '  ', '\n');
    const text = fc.array(words, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = diffWords(before, after);
        expect(side(parts, 'delete')).toBe(before);
        expect(side(parts, 'insert')).toBe(after);
        parts.forEach((part, i) => {
          expect(part.text).not.toBe('');
          expect(part.kind).not.toBe(parts[i - 1]?.kind);
        });
        if (before === after) expect(parts.every((p) => p.kind === 'equal')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  // How long it takes is the benchmark's to say (a timed test fails on a busy machine); this checks the result.
  it('diffs texts at the length limit, giving both back', () => {
    const before = Array.from({ length: 700 }, (_, i) => `w${i % 50}`).join(' ');
    const after = Array.from({ length: 700 }, (_, i) => `w${(i * 7) % 50}`).join(' ');
    const parts = diffWords(before, after);
    expect(side(parts, 'delete')).toBe(before);
    expect(side(parts, 'insert')).toBe(after);
  });
});
