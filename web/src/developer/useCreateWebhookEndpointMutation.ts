import { type Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CreateWebhookEndpointInput } from '../gql/graphql';

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
        events
        ...WebhookEndpointSummary_endpoint
      }
    }
  }
`);

/** Registers an endpoint and adds it to the list; returns it with its signing secret, which is shown this once. */
export function useCreateWebhookEndpointMutation() {
  const [mutate, { loading }] = useMutation(CreateWebhookEndpointMutation, {
    update(cache, { data }) {
      const created = data?.createWebhookEndpoint.endpoint;
      if (!created) return;
      cache.modify({
        fields: {
          webhookEndpoints: (existing: readonly Reference[] = [], { toReference }) => {
            const ref = toReference(created);
            return ref ? [ref, ...existing] : existing;
          },
        },
      });
    },
  });
  const createWebhookEndpoint = async (input: CreateWebhookEndpointInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server did not return the endpoint.');
    return { secret: data.createWebhookEndpoint.secret, id: data.createWebhookEndpoint.endpoint.id };
  };
  return { createWebhookEndpoint, loading };
}
