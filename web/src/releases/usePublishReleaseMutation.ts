import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { PublishReleaseInput } from '../gql/graphql';

export const PublishReleaseMutation = graphql(`
  mutation PublishRelease($input: PublishReleaseInput!) {
    publishRelease(input: $input) {
      version
      title
      publishedAt
      ...ReleaseListItem_release
    }
  }
`);

/**
 * Publishes the working draft as a release and returns its version. A release changes the list of releases,
 * what "latest" means, the merged proposals (now released) and the measures' history: those cached answers
 * are dropped, to be fetched afresh. Rejects with the API's error (field issues included).
 */
export function usePublishReleaseMutation() {
  const [mutate, { loading }] = useMutation(PublishReleaseMutation, {
    update(cache) {
      for (const fieldName of ['releases', 'release', 'releaseDiff', 'releasePreview', 'proposals', 'proposal', 'measure']) {
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      }
      cache.gc();
    },
  });
  const publishRelease = async (input: PublishReleaseInput): Promise<string> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server did not return the release.');
    return data.publishRelease.version;
  };
  return { publishRelease, loading };
}
