import type { z } from 'zod';
import { CommonErrors } from './domain-error.js';

/** Parses input with a zod schema; on failure throws BAD_USER_INPUT naming every offending field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = 'input'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw CommonErrors.badInput(
    result.error.issues.map((issue) => ({
      path: [prefix, ...issue.path.map(String)].join('.'),
      message: issue.message,
      code: issue.code,
    })),
  );
}
