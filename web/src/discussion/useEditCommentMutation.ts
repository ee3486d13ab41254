import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      id
      ...CommentItem_comment
    }
  }
`);

/**
 * The author edits their comment. The cache needs no further update: the comment is stored by id, and the
 * result carries its new body, the time of the edit and its earlier versions.
 */
export function useEditCommentMutation() {
  const [mutate, { loading }] = useMutation(EditCommentMutation);
  const editComment = async (id: string, body: string): Promise<void> => {
    await mutate({ variables: { input: { id, body } } });
  };
  return { editComment, loading };
}
