import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { UpdateWebhookEndpointInput } from '../gql/graphql';

export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      id
      url
      events
      description
      enabled
      disabledReason
      disabledAt
      failingSince
      updatedAt
    }
  }
`);

/** Changes an endpoint (the cache updates it by id), or disables or enables it. */
export function useUpdateWebhookEndpointMutation() {
  const [mutate, { loading }] = useMutation(UpdateWebhookEndpointMutation);
  const updateWebhookEndpoint = async (input: UpdateWebhookEndpointInput) => {
    await mutate({ variables: { input } });
  };
  return { updateWebhookEndpoint, loading };
}
