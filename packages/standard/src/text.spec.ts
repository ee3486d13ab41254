import { hasHiddenCharacters, visibleLength } from './text.js';

describe('text rules', () => {
  it('finds bidi overrides, isolates and zero-width characters, and nothing in ordinary text', () => {
    expect(hasHiddenCharacters('Time to Smile')).toBe(false);
    expect(hasHiddenCharacters('Zeit bis zum Lächeln — 時間')).toBe(false);
    expect(hasHiddenCharacters('invoice\u202Etxt.exe')).toBe(true);
    expect(hasHiddenCharacters('Ti\u200Bme')).toBe(true);
    expect(hasHiddenCharacters('\u2067isolate\u2069')).toBe(true);
    expect(hasHiddenCharacters('\uFEFFbom')).toBe(true);
  });

  it('counts what a reader sees: no spaces, no invisible characters, one per accented letter', () => {
    expect(visibleLength('  a\u200Bb  ')).toBe(2);
    expect(visibleLength('\u200B\u200B\u200B\u200B\u200B')).toBe(0);
    expect(visibleLength('e\u0301te\u0301')).toBe(3);
    expect(visibleLength('NPS: 42%')).toBe(7);
  });
});
