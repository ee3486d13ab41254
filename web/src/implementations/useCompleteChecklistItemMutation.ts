import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const CompleteChecklistItemMutation = graphql(`
  mutation CompleteChecklistItem($itemId: ID!, $done: Boolean) {
    completeChecklistItem(itemId: $itemId, done: $done) {
      id
      items {
        id
        done
        doneAt
      }
    }
  }
`);

/** Ticks a checklist item off or back on; the answer updates the cached checklist's items. */
export function useCompleteChecklistItemMutation() {
  const [mutate] = useMutation(CompleteChecklistItemMutation);
  const complete = async (itemId: string, done: boolean) => {
    await mutate({ variables: { itemId, done } });
  };
  return { complete };
}
