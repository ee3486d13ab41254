/** Keys of categories and measures: kebab-case slugs, stable for ever once published. */

export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_KEY_LENGTH = 64;

export const isValidKey = (key: string): boolean => key.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(key);

/** Suggests a key for a name: `Time to Smile` becomes `time-to-smile`. */
export const slugify = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_KEY_LENGTH)
    .replace(/-+$/, '');
