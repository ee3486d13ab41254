import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { OrganizationRole } from '../gql/graphql';

export const InviteToOrganizationMutation = graphql(`
  mutation InviteToOrganization($organizationId: ID!, $role: OrganizationRole) {
    inviteToOrganization(organizationId: $organizationId, role: $role) {
      url
      role
      expiresAt
    }
  }
`);

/** A new single-use invite link; it is shown once, so nothing is cached. */
export function useInviteToOrganizationMutation() {
  const [mutate, { loading }] = useMutation(InviteToOrganizationMutation);
  const invite = async (organizationId: string, role: OrganizationRole) => {
    const { data } = await mutate({ variables: { organizationId, role } });
    if (!data) throw new Error('The server did not return the link.');
    return data.inviteToOrganization;
  };
  return { invite, loading };
}
