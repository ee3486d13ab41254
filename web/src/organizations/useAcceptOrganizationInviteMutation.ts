import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const AcceptOrganizationInviteMutation = graphql(`
  mutation AcceptOrganizationInvite($token: String!) {
    acceptOrganizationInvite(token: $token) {
      id
      name
      viewerRole
    }
  }
`);

/** Uses an invite link's token; returns the organisation joined. */
export function useAcceptOrganizationInviteMutation() {
  const [mutate, { loading }] = useMutation(AcceptOrganizationInviteMutation);
  const accept = async (token: string) => {
    const { data } = await mutate({ variables: { token } });
    if (!data) throw new Error('The server did not answer.');
    return data.acceptOrganizationInvite;
  };
  return { accept, loading };
}
