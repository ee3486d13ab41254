import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      status
      nextAttemptAt
    }
  }
`);

/** Sends a delivery again now, with the same webhook-id; the delivery log reloads to follow it. */
export function useRedeliverWebhookMutation() {
  const [mutate, { loading }] = useMutation(RedeliverWebhookMutation, { refetchQueries: ['WebhookEndpoint'], awaitRefetchQueries: true });
  const redeliverWebhook = async (deliveryId: string) => {
    await mutate({ variables: { deliveryId } });
  };
  return { redeliverWebhook, loading };
}
