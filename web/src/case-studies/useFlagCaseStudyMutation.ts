import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const FlagCaseStudyMutation = graphql(`
  mutation FlagCaseStudy($input: FlagCaseStudyInput!) {
    flagCaseStudy(input: $input) {
      id
      status
    }
  }
`);

/** Asks the editors to look at a case study. Rejects with the API's error (ALREADY_FLAGGED, a reason too short). */
export function useFlagCaseStudyMutation() {
  const [mutate, { loading }] = useMutation(FlagCaseStudyMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseStudyModerationQueue' });
      cache.gc();
    },
  });
  const flagCaseStudy = async (id: string, reason: string): Promise<void> => {
    await mutate({ variables: { input: { id, reason } } });
  };
  return { flagCaseStudy, loading };
}
