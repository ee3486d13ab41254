/**
 * Rules for text people write. Names and titles are shown where a reader trusts them (a proposal list, an author
 * line), so characters that change how text reads without being seen are refused there: bidirectional overrides
 * and isolates (which can make "txt.exe" read as "exe.txt") and zero-width characters (which make two names look
 * the same). Minimum lengths count what a reader sees, not code units.
 */

/** Bidi embeddings, overrides and isolates, marks, and zero-width characters. */
const HIDDEN_CHARACTERS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** Characters a reader sees: letters, digits, punctuation and symbols (not spaces, controls or combining marks). */
const VISIBLE_CHARACTER = /[\p{L}\p{N}\p{P}\p{S}]/gu;

export const hasHiddenCharacters = (text: string): boolean => HIDDEN_CHARACTERS.test(text);

/** How many characters a reader sees: "  a\u200Bb " is 2. Combining accents belong to their letter. */
export const visibleLength = (text: string): number => text.match(VISIBLE_CHARACTER)?.length ?? 0;

export const HIDDEN_CHARACTERS_MESSAGE =
  'must not contain invisible formatting characters (bidirectional overrides or zero-width characters)';
