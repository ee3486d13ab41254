import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const UnhideCaseStudyMutation = graphql(`
  mutation UnhideCaseStudy($id: ID!) {
    unhideCaseStudy(id: $id) {
      id
      ...CaseStudyPage_caseStudy
    }
  }
`);

/** Editors show a hidden case study again. */
export function useUnhideCaseStudyMutation() {
  const [mutate, { loading }] = useMutation(UnhideCaseStudyMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseStudies' });
      cache.gc();
    },
  });
  const unhideCaseStudy = async (id: string): Promise<void> => {
    await mutate({ variables: { id } });
  };
  return { unhideCaseStudy, loading };
}
