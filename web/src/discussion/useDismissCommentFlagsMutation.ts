import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { removeFromModerationQueue } from './moderation-cache';

export const DismissCommentFlagsMutation = graphql(`
  mutation DismissCommentFlags($id: ID!) {
    dismissCommentFlags(id: $id) {
      id
      openFlagCount
    }
  }
`);

/** An editor keeps a flagged comment: its flags close and it leaves the queue. */
export function useDismissCommentFlagsMutation() {
  const [mutate, { loading }] = useMutation(DismissCommentFlagsMutation, {
    update(cache, { data }) {
      if (data) removeFromModerationQueue(cache, data.dismissCommentFlags.id);
    },
  });
  const dismissCommentFlags = async (id: string): Promise<void> => {
    await mutate({ variables: { id } });
  };
  return { dismissCommentFlags, loading };
}
