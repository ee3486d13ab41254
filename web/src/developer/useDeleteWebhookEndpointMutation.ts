import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

/** Deletes an endpoint with its delivery log, and drops it from the cache. */
export function useDeleteWebhookEndpointMutation() {
  const [mutate, { loading }] = useMutation(DeleteWebhookEndpointMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'WebhookEndpoint', id: data.deleteWebhookEndpoint }) });
      cache.gc();
    },
  });
  const deleteWebhookEndpoint = async (id: string) => {
    await mutate({ variables: { id } });
  };
  return { deleteWebhookEndpoint, loading };
}
