import { compareVersions } from '@ocmf/standard';

/** The newest published version (what a new case study starts with); '' when nothing is published. */
export const newestRelease = (releases: readonly { version: string }[]): string =>
  [...releases].sort((a, b) => compareVersions(b.version, a.version))[0]?.version ?? '';
