import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CaseStudyInputValue } from './case-study-form';

export const UpdateCaseStudyMutation = graphql(`
  mutation UpdateCaseStudy($id: ID!, $input: CaseStudyInput!) {
    updateCaseStudy(id: $id, input: $input) {
      id
      ...CaseStudyPage_caseStudy
    }
  }
`);

/** The author replaces a case study; the answer refreshes its page in the cache (a published edit adds a version). */
export function useUpdateCaseStudyMutation() {
  const [mutate, { loading }] = useMutation(UpdateCaseStudyMutation, {
    update(cache) {
      // Lists and measure pages show what it said before: read them afresh.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseStudies' });
      cache.gc();
    },
  });
  const updateCaseStudy = async (id: string, input: CaseStudyInputValue): Promise<void> => {
    await mutate({ variables: { id, input } });
  };
  return { updateCaseStudy, loading };
}
