import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const RemoveOrganizationMemberMutation = graphql(`
  mutation RemoveOrganizationMember($organizationId: ID!, $userId: ID!) {
    removeOrganizationMember(organizationId: $organizationId, userId: $userId) {
      id
    }
  }
`);

/** Removes a member (or the viewer, leaving); the organisation's page is read again, since their access changed. */
export function useRemoveOrganizationMemberMutation() {
  const [mutate, { loading }] = useMutation(RemoveOrganizationMemberMutation, { refetchQueries: ['Organization', 'Organizations'] });
  const removeMember = async (organizationId: string, userId: string) => {
    await mutate({ variables: { organizationId, userId }, awaitRefetchQueries: true });
  };
  return { removeMember, loading };
}
