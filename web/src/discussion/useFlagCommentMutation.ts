import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { forgetModerationQueue } from './moderation-cache';

export const FlagCommentMutation = graphql(`
  mutation FlagComment($input: FlagCommentInput!) {
    flagComment(input: $input) {
      id
      viewerHasFlagged
      openFlagCount
    }
  }
`);

/** Asks the editors to look at a comment. Rejects with the API's error (ALREADY_FLAGGED, a reason too short). */
export function useFlagCommentMutation() {
  const [mutate, { loading }] = useMutation(FlagCommentMutation, {
    update(cache) {
      forgetModerationQueue(cache);
    },
  });
  const flagComment = async (id: string, reason: string): Promise<void> => {
    await mutate({ variables: { input: { id, reason } } });
  };
  return { flagComment, loading };
}
