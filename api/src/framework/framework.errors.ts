import { DomainError } from '../common/domain-error.js';

export const FrameworkErrors = {
  measureNotFound: (key: string) =>
    new DomainError('MEASURE_NOT_FOUND', `There is no measure with key "${key}". Keys are kebab-case slugs such as time-to-smile.`, [
      { path: 'key', message: 'matches no measure' },
    ]),
  categoryNotFound: (key: string, known: string[]) =>
    new DomainError('CATEGORY_NOT_FOUND', `There is no category "${key}". Categories: ${known.join(', ')}.`, [
      { path: 'key', message: 'matches no category' },
    ]),
  noDraft: () => new DomainError('NO_DRAFT', 'The framework has not been seeded yet. Run `pnpm cli seed`.'),
};
