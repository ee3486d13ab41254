import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const RevokeAssessmentShareMutation = graphql(`
  mutation RevokeAssessmentShare($id: ID!) {
    revokeAssessmentShare(id: $id) {
      id
      sharedAt
    }
  }
`);

/** Stops the share link from working. */
export function useRevokeAssessmentShareMutation() {
  const [mutate, { loading }] = useMutation(RevokeAssessmentShareMutation);
  const revokeShare = async (id: string): Promise<void> => {
    await mutate({ variables: { id } });
  };
  return { revokeShare, loading };
}
