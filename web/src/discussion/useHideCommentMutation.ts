import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { removeFromModerationQueue } from './moderation-cache';

export const HideCommentMutation = graphql(`
  mutation HideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      id
      ...CommentItem_comment
    }
  }
`);

/** An editor hides a comment with a public reason; its open flags are resolved, so it leaves the queue. */
export function useHideCommentMutation() {
  const [mutate, { loading }] = useMutation(HideCommentMutation, {
    update(cache, { data }) {
      if (data) removeFromModerationQueue(cache, data.hideComment.id);
    },
  });
  const hideComment = async (id: string, reason: string): Promise<void> => {
    await mutate({ variables: { input: { id, reason } } });
  };
  return { hideComment, loading };
}
