import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { forgetBenchmarks, forgetMyAssessments } from './assessment-cache';

export const ContributeAssessmentMutation = graphql(`
  mutation ContributeAssessment($id: ID!) {
    contributeAssessment(id: $id) {
      id
      contributed
    }
  }
`);

/** Adds the assessment's result to its release's benchmark, anonymously; the benchmark on screen is read again. */
export function useContributeAssessmentMutation() {
  const [mutate, { loading }] = useMutation(ContributeAssessmentMutation, {
    // Every assessment of the account for that release now says it has contributed.
    update(cache) {
      forgetBenchmarks(cache);
      forgetMyAssessments(cache);
    },
  });
  const contributeAssessment = async (id: string): Promise<void> => {
    await mutate({ variables: { id } });
  };
  return { contributeAssessment, loading };
}
