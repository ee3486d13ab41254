import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const VerifyOrganizationMutation = graphql(`
  mutation VerifyOrganization($id: ID!) {
    verifyOrganization(id: $id) {
      id
      verified
      verifiedAt
    }
  }
`);

/** Marks an organisation verified (administrators); the cached organisation updates from the answer. */
export function useVerifyOrganizationMutation() {
  const [mutate, { loading }] = useMutation(VerifyOrganizationMutation);
  const verify = async (id: string) => {
    await mutate({ variables: { id } });
  };
  return { verify, loading };
}
