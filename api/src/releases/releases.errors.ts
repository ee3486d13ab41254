import { DomainError } from '../common/domain-error.js';

export const ReleaseErrors = {
  badVersion: (version: string, path = 'version') =>
    new DomainError('BAD_USER_INPUT', `"${version}" is not a version: use a semantic version such as 1.0.0, or "latest".`, [
      { path, message: 'must look like 1.0.0 or be "latest"' },
    ]),
  versionTaken: (version: string, latest: string) =>
    new DomainError(
      'RELEASE_VERSION_TAKEN',
      `Version ${version} cannot be published: ${latest} is already out. Reload to see the latest release.`,
      [{ path: 'input.version', message: `must be greater than ${latest}` }],
    ),
  nothingToRelease: (latest: string) =>
    new DomainError('NOTHING_TO_RELEASE', `Nothing has been merged since ${latest}: merge an accepted proposal first.`),
  versionNotAllowed: (version: string, required: string, allowed: string[]) =>
    new DomainError(
      'VERSION_TOO_LOW',
      `${version} is not allowed: the merged changes need at least a ${required} release. Choose one of ${allowed.join(', ')}.`,
      [{ path: 'input.version', message: `must be one of ${allowed.join(', ')}` }],
      { required, allowed },
    ),
  notFound: (version: string, published: string[], path = 'version') =>
    new DomainError(
      'RELEASE_NOT_FOUND',
      published.length > 0
        ? `There is no release ${version}. Published versions: ${published.join(', ')}.`
        : `There is no release ${version}: nothing has been published yet.`,
      [{ path, message: 'matches no published release' }],
    ),
};
