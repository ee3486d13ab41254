import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const HideCaseStudyMutation = graphql(`
  mutation HideCaseStudy($input: HideCaseStudyInput!) {
    hideCaseStudy(input: $input) {
      id
      ...CaseStudyPage_caseStudy
    }
  }
`);

/** Editors hide a case study with a public reason; it leaves the lists and the moderation queue. */
export function useHideCaseStudyMutation() {
  const [mutate, { loading }] = useMutation(HideCaseStudyMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseStudies' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseStudyModerationQueue' });
      cache.gc();
    },
  });
  const hideCaseStudy = async (id: string, reason: string): Promise<void> => {
    await mutate({ variables: { input: { id, reason } } });
  };
  return { hideCaseStudy, loading };
}
