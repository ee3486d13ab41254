import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const DismissCaseStudyFlagsMutation = graphql(`
  mutation DismissCaseStudyFlags($id: ID!) {
    dismissCaseStudyFlags(id: $id) {
      id
    }
  }
`);

/** An editor keeps a flagged case study: its flags close and it leaves the queue. */
export function useDismissCaseStudyFlagsMutation() {
  const [mutate, { loading }] = useMutation(DismissCaseStudyFlagsMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseStudyModerationQueue' });
      cache.gc();
    },
  });
  const dismissCaseStudyFlags = async (id: string): Promise<void> => {
    await mutate({ variables: { id } });
  };
  return { dismissCaseStudyFlags, loading };
}
