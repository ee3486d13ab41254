import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        id
        previousSecretExpiresAt
      }
    }
  }
`);

/** Replaces the signing secret; returns the new one, shown this once (the old one signs beside it for 24 hours). */
export function useRotateWebhookSecretMutation() {
  const [mutate, { loading }] = useMutation(RotateWebhookSecretMutation);
  const rotateWebhookSecret = async (id: string): Promise<string> => {
    const { data } = await mutate({ variables: { id } });
    if (!data) throw new Error('The server did not return the secret.');
    return data.rotateWebhookSecret.secret;
  };
  return { rotateWebhookSecret, loading };
}
