import type { VersionBump } from '../gql/graphql';

/** What the version rule requires of the next release, in words, from `releasePreview.requiredBump`. */
export function bumpExplanation(requiredBump: VersionBump, suggestedVersion: string): string {
  switch (requiredBump) {
    case 'MAJOR':
      return `The merged changes need a major release (${suggestedVersion}): a measure or category was retired or removed, or a measure's unit or formula changed.`;
    case 'MINOR':
      return `The merged changes need a minor release (${suggestedVersion}): a measure or category was added, or Focus % changed.`;
    case 'PATCH':
      return `The merged changes need a patch release (${suggestedVersion}): they change wording only.`;
    case 'NONE':
      return 'Nothing has been merged since the last release, so there is nothing to publish.';
  }
}

/** The kind of release `version` is after `previous` (both "X.Y.Z"): the highest part that grew. */
export function bumpBetween(previous: string, version: string): VersionBump {
  const [a = 0, b = 0, c = 0] = previous.split('.').map(Number);
  const [x = 0, y = 0, z = 0] = version.split('.').map(Number);
  if (x > a) return 'MAJOR';
  if (x === a && y > b) return 'MINOR';
  if (x === a && y === b && z > c) return 'PATCH';
  return 'NONE';
}
