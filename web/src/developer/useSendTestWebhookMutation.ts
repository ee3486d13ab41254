import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const SendTestWebhookMutation = graphql(`
  mutation SendTestWebhook($id: ID!) {
    sendTestWebhook(id: $id) {
      id
      status
    }
  }
`);

/** Queues a webhook.test message; the endpoint's page reloads its delivery log to show it. */
export function useSendTestWebhookMutation() {
  const [mutate, { loading }] = useMutation(SendTestWebhookMutation, { refetchQueries: ['WebhookEndpoint'], awaitRefetchQueries: true });
  const sendTestWebhook = async (id: string) => {
    await mutate({ variables: { id } });
  };
  return { sendTestWebhook, loading };
}
