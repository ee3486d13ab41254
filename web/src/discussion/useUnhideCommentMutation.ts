import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const UnhideCommentMutation = graphql(`
  mutation UnhideComment($id: ID!) {
    unhideComment(id: $id) {
      id
      ...CommentItem_comment
    }
  }
`);

/** An editor shows a hidden comment again; the comment is stored by id, so the cache updates itself. */
export function useUnhideCommentMutation() {
  const [mutate, { loading }] = useMutation(UnhideCommentMutation);
  const unhideComment = async (id: string): Promise<void> => {
    await mutate({ variables: { id } });
  };
  return { unhideComment, loading };
}
