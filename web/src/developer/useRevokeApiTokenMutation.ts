import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

/** Revokes a token and drops it from the list: scripts sending it are refused from now on. */
export function useRevokeApiTokenMutation() {
  const [mutate, { loading }] = useMutation(RevokeApiTokenMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'ApiToken', id: data.revokeApiToken.id }) });
      cache.gc();
    },
  });
  const revokeApiToken = async (id: string) => {
    await mutate({ variables: { id } });
  };
  return { revokeApiToken, loading };
}
