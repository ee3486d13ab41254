import { useMutation } from '@apollo/client/react';
import type { AssessmentAnswers } from '@ocmf/standard';
import { graphql } from '../gql';

export const SaveAssessmentMutation = graphql(`
  mutation SaveAssessment($input: SaveAssessmentInput!) {
    saveAssessment(input: $input) {
      id
      updatedAt
      otherMeasures
      timeSplit {
        categoryKey
        percent
      }
      answers {
        measureKey
        tracking
        usage
        currentValue
      }
    }
  }
`);

/** Saves the answers so far. Rejects with the API's error (field issues such as `input.timeSplit[2].percent`). */
export function useSaveAssessmentMutation() {
  const [mutate, { loading }] = useMutation(SaveAssessmentMutation);
  const saveAssessment = async (id: string, answers: AssessmentAnswers): Promise<void> => {
    await mutate({ variables: { input: { id, ...answers } } });
  };
  return { saveAssessment, loading };
}
