import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { forgetMyAssessments } from './assessment-cache';

export const StartAssessmentMutation = graphql(`
  mutation StartAssessment($input: StartAssessmentInput!) {
    startAssessment(input: $input) {
      id
      status
      releaseVersion
    }
  }
`);

/** Starts a saved assessment of a release (a retake when `copyFrom` names an earlier one) and returns its id. */
export function useStartAssessmentMutation() {
  const [mutate, { loading }] = useMutation(StartAssessmentMutation, { update: forgetMyAssessments });
  const startAssessment = async (releaseVersion: string, copyFrom?: string): Promise<string> => {
    const { data } = await mutate({ variables: { input: { releaseVersion, copyFrom: copyFrom ?? null } } });
    if (!data) throw new Error('The server did not return the new assessment.');
    return data.startAssessment.id;
  };
  return { startAssessment, loading };
}
