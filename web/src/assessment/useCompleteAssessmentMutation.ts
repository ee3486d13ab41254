import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { forgetMyAssessments } from './assessment-cache';

export const CompleteAssessmentMutation = graphql(`
  mutation CompleteAssessment($id: ID!) {
    completeAssessment(id: $id) {
      id
      status
      completedAt
    }
  }
`);

/** Completes an assessment whose every measure is answered. Rejects with the API's error (ASSESSMENT_INCOMPLETE). */
export function useCompleteAssessmentMutation() {
  const [mutate, { loading }] = useMutation(CompleteAssessmentMutation, { update: forgetMyAssessments });
  const completeAssessment = async (id: string): Promise<void> => {
    await mutate({ variables: { id } });
  };
  return { completeAssessment, loading };
}
