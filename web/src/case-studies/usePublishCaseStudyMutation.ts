import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const PublishCaseStudyMutation = graphql(`
  mutation PublishCaseStudy($id: ID!) {
    publishCaseStudy(id: $id) {
      id
      ...CaseStudyPage_caseStudy
    }
  }
`);

/** The author publishes a draft: from then on it is in the lists, on its measures' pages and in the feed. */
export function usePublishCaseStudyMutation() {
  const [mutate, { loading }] = useMutation(PublishCaseStudyMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseStudies' });
      cache.gc();
    },
  });
  const publishCaseStudy = async (id: string): Promise<void> => {
    await mutate({ variables: { id } });
  };
  return { publishCaseStudy, loading };
}
