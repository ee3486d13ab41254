import { DomainError } from '../common/domain-error.js';

export const ReleaseErrors = {
  badVersion: (version: string) =>
    new DomainError('BAD_USER_INPUT', `"${version}" is not a version: use a semantic version such as 1.0.0, or "latest".`, [
      { path: 'version', message: 'must look like 1.0.0 or be "latest"' },
    ]),
  notFound: (version: string, published: string[]) =>
    new DomainError(
      'RELEASE_NOT_FOUND',
      published.length > 0
        ? `There is no release ${version}. Published versions: ${published.join(', ')}.`
        : `There is no release ${version}: nothing has been published yet.`,
      [{ path: 'version', message: 'matches no published release' }],
    ),
};
