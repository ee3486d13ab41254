import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: ID!, $reason: String!) {
    deactivateUser(userId: $userId, reason: $reason) {
      id
      deactivatedAt
    }
  }
`);

/** Deactivates an account: signed out everywhere, its tokens revoked. */
export function useDeactivateUserMutation() {
  const [mutate, { loading }] = useMutation(DeactivateUserMutation);
  const deactivate = async (userId: string, reason: string): Promise<void> => {
    await mutate({ variables: { userId, reason } });
  };
  return { deactivate, loading };
}
