import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { CommonErrors, type FieldIssue } from './domain-error.js';

/**
 * The parameters that carry what a client sent: an HTTP body, query string or path parameter, and GraphQL
 * arguments (@nestjs/graphql's GqlParamtype.ARGS, which it does not export). A resolver's parent object, its
 * context and info, and custom decorators' values are the server's own: they are passed through untouched.
 */
const CLIENT_INPUT: ReadonlySet<unknown> = new Set(['body', 'query', 'param', 3]);

/**
 * Every argument a client sends, cleaned once before any resolver or route sees it: text is NFC-normalised (so
 * "é" typed two ways is one string, and compares and counts as one), and a NUL character, which PostgreSQL
 * cannot store, is refused with the field it came in rather than failing deep in the database.
 */
@Injectable()
export class TextInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!CLIENT_INPUT.has(metadata.type)) return value;
    const issues: FieldIssue[] = [];
    // @Args('input') names its argument; @Args() with an ArgsType hands over all arguments by their own names.
    const cleaned =
      metadata.data === undefined && isPlainObject(value)
        ? Object.assign(value, Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, clean(inner, key, issues)])))
        : clean(value, metadata.data ?? 'input', issues);
    if (issues.length > 0) throw CommonErrors.badInput(issues);
    return cleaned;
  }
}

function clean(value: unknown, path: string, issues: FieldIssue[]): unknown {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) issues.push({ path, message: 'must not contain a NUL character (U+0000)', code: 'NUL_CHARACTER' });
    return value.normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((item, index) => clean(item, `${path}[${index}]`, issues));
  if (isPlainObject(value)) {
    for (const [key, inner] of Object.entries(value)) (value as Record<string, unknown>)[key] = clean(inner, `${path}.${key}`, issues);
  }
  return value;
}

/** Input objects (GraphQL hands them over with a null prototype) and JSON bodies; not dates or buffers. */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === null || prototype === Object.prototype || (value.constructor?.name ?? '').endsWith('Input');
}
