import { hasHiddenCharacters, HIDDEN_CHARACTERS_MESSAGE, visibleLength } from '@ocmf/standard';
import { z } from 'zod';
import { CommonErrors } from './domain-error.js';

/**
 * Parses input with a zod schema; on failure throws BAD_USER_INPUT naming every offending field. `prefix` is the
 * argument the input came in (`input`); '' for a mutation's top-level arguments, whose paths are their own names.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = 'input'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw CommonErrors.badInput(
    result.error.issues.map((issue) => ({
      path: [...(prefix ? [prefix] : []), ...issue.path.map(String)].join('.'),
      message: issue.message,
      code: issue.code,
    })),
  );
}

/**
 * A text field people write: trimmed, at most `max` characters, at least `min` that a reader sees (spaces and
 * invisible characters do not count). `plain` (names and titles) also refuses invisible formatting characters.
 */
export function textSchema(limit: { min: number; max: number }, options: { plain?: boolean; tooShort?: string } = {}) {
  const tooShort = options.tooShort ?? (limit.min <= 1 ? 'must not be empty' : `must be at least ${limit.min} characters`);
  let schema = z
    .string()
    .trim()
    .max(limit.max, `must be at most ${limit.max} characters`)
    .refine((text) => visibleLength(text) >= limit.min, tooShort);
  if (options.plain) schema = schema.refine((text) => !hasHiddenCharacters(text), HIDDEN_CHARACTERS_MESSAGE);
  return schema;
}
