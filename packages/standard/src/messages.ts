/** Small helpers for writing issue messages as sentences. */

export const capitalise = (sentence: string): string => sentence.charAt(0).toUpperCase() + sentence.slice(1);

/** A value as it would appear in JSON, for quoting what was given: `"Customer"`, `42`, `null`. */
export const quote = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));
