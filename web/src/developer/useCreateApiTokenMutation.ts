import { type Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ApiTokenScope } from '../gql/graphql';

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $scope: ApiTokenScope) {
    createApiToken(name: $name, expiresAt: $expiresAt, scope: $scope) {
      token
      apiToken {
        id
        ...ApiTokenRow_token
      }
    }
  }
`);

/** Creates a token and adds it to the list; returns the token itself, which is shown this once. */
export function useCreateApiTokenMutation() {
  const [mutate, { loading }] = useMutation(CreateApiTokenMutation, {
    update(cache, { data }) {
      const created = data?.createApiToken.apiToken;
      if (!created) return;
      cache.modify({
        fields: {
          apiTokens: (existing: readonly Reference[] = [], { toReference }) => {
            const ref = toReference(created);
            return ref ? [ref, ...existing] : existing;
          },
        },
      });
    },
  });
  const createApiToken = async (variables: { name: string; expiresAt: string | null; scope: ApiTokenScope }): Promise<string> => {
    const { data } = await mutate({ variables });
    if (!data) throw new Error('The server did not return the token.');
    return data.createApiToken.token;
  };
  return { createApiToken, loading };
}
