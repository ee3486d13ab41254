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
