import { isValidKey } from './keys.js';

/**
 * Builds an issue path from segments: strings join with dots, numbers become indexes.
 * `joinPath('changes', 2, 'measure', 'name')` is `changes[2].measure.name`.
 */
export const joinPath = (...segments: (string | number)[]): string =>
  segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    return path === '' ? segment : `${path}.${segment}`;
  }, '');

/**
 * The path of a category or measure inside a document: keyed by slug, or by index when the key is not a
 * valid slug (so that the path stays readable and unambiguous).
 */
export const entityPath = (collection: 'categories' | 'measures', key: unknown, index: number): string =>
  typeof key === 'string' && isValidKey(key) ? joinPath(collection, key) : joinPath(collection, index);

export const changePath = (index: number, ...segments: (string | number)[]): string => joinPath('changes', index, ...segments);
