import { diffDocuments, type DocumentDiff } from './diff.js';
import type { FrameworkDocument } from './document.js';

/** Releases are numbered MAJOR.MINOR.PATCH, without pre-release or build suffixes. */
export type Version = { major: number; minor: number; patch: number };

export type VersionBump = 'MAJOR' | 'MINOR' | 'PATCH' | 'NONE';

export const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

const BUMP_RANK: Record<VersionBump, number> = { NONE: 0, PATCH: 1, MINOR: 2, MAJOR: 3 };

/** Parses `1.2.3`; anything else (a `v` prefix, leading zeros, a suffix, unsafe integers) gives null. */
export const parseVersion = (text: string): Version | null => {
  const match = VERSION_PATTERN.exec(text);
  if (!match) return null;
  const [major, minor, patch] = match.slice(1).map(Number);
  if (major === undefined || minor === undefined || patch === undefined) return null;
  if (![major, minor, patch].every(Number.isSafeInteger)) return null;
  return { major, minor, patch };
};

export const formatVersion = (version: Version): string => `${version.major}.${version.minor}.${version.patch}`;

const toVersion = (version: string | Version): Version => {
  if (typeof version !== 'string') return version;
  const parsed = parseVersion(version);
  if (!parsed) throw new RangeError(`Not a version: ${JSON.stringify(version)}; expected MAJOR.MINOR.PATCH such as 1.0.0.`);
  return parsed;
};

/** Negative when `a` comes before `b`, zero when equal, positive after. Throws on a malformed version string. */
export const compareVersions = (a: string | Version, b: string | Version): number => {
  const x = toVersion(a);
  const y = toVersion(b);
  return Math.sign(x.major - y.major || x.minor - y.minor || x.patch - y.patch);
};

const bumpOfDiff = (diff: DocumentDiff): VersionBump => {
  const { measures, categories, focus } = diff;
  const breaking =
    measures.removed.length > 0 ||
    measures.retired.length > 0 ||
    categories.removed.length > 0 ||
    measures.changed.some((m) => m.fields.some((f) => f.field === 'unit' || f.field === 'formula'));
  if (breaking) return 'MAJOR';
  if (measures.added.length > 0 || categories.added.length > 0 || focus.length > 0 || measures.moved.length > 0) return 'MINOR';
  if (measures.changed.length > 0 || categories.changed.length > 0) return 'PATCH';
  return 'NONE';
};

/**
 * The smallest bump the changes from `before` to `after` call for. MAJOR: a measure or category retired or
 * removed, or a measure's unit or formula changed. MINOR: a measure or category added, Focus % changed, or a
 * measure moved to another category. PATCH: any other change (wording, audience, direction, status, order).
 * NONE: the documents are the same.
 */
export const requiredBump = (before: FrameworkDocument, after: FrameworkDocument): VersionBump => bumpOfDiff(diffDocuments(before, after));

/** The next version at the given level: 1.2.3 → MAJOR 2.0.0, MINOR 1.3.0, PATCH 1.2.4; NONE leaves it as it is. */
export const nextVersion = (previous: string, bump: VersionBump): string => {
  const { major, minor, patch } = toVersion(previous);
  switch (bump) {
    case 'MAJOR':
      return formatVersion({ major: major + 1, minor: 0, patch: 0 });
    case 'MINOR':
      return formatVersion({ major, minor: minor + 1, patch: 0 });
    case 'PATCH':
      return formatVersion({ major, minor, patch: patch + 1 });
    case 'NONE':
      return formatVersion({ major, minor, patch });
  }
};

/**
 * The versions an editor may publish after `previous` when the changes call for `required`: the next version
 * at that level or at any higher level, never lower and never skipping numbers.
 */
export const allowedVersions = (previous: string, required: VersionBump): string[] =>
  (['PATCH', 'MINOR', 'MAJOR'] as const)
    .filter((bump) => BUMP_RANK[bump] >= BUMP_RANK[required])
    .map((bump) => nextVersion(previous, bump));

/** Whether `requested` may follow `previous` (see allowedVersions); a first release may be any version above 0.0.0. */
export const isAllowedVersion = (previous: string | null, requested: string, required: VersionBump): boolean => {
  const version = parseVersion(requested);
  if (!version) return false;
  if (previous === null) return compareVersions(version, '0.0.0') > 0;
  return allowedVersions(previous, required).includes(formatVersion(version));
};
