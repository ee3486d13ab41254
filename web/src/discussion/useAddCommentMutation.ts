import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { AddCommentInput } from '../gql/graphql';
import { forgetProposalLists } from '../proposals/proposal-cache';

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
      parentId
      ...CommentItem_comment
    }
  }
`);

/** Posts a comment or a reply and appends it to the proposal's cached discussion. Rejects with the API's error. */
export function useAddCommentMutation(proposalId: string) {
  const [mutate, { loading }] = useMutation(AddCommentMutation, {
    update(cache, { data }) {
      const comment = data?.addComment;
      if (!comment) return;
      cache.modify({
        id: cache.identify({ __typename: 'Proposal', id: proposalId }),
        fields: {
          commentPage(existing, { toReference, readField, isReference }) {
            if (!existing || isReference(existing) || existing.nodes.some((ref: Reference) => readField<string>('id', ref) === comment.id))
              return existing;
            const ref = toReference({ __typename: 'Comment', id: comment.id });
            return ref ? { ...existing, nodes: [...existing.nodes, ref], totalCount: existing.totalCount + 1 } : existing;
          },
          commentCount(count: number) {
            return count + 1;
          },
        },
      });
      // The proposal's last activity moved, so its place in the lists did too.
      forgetProposalLists(cache);
    },
  });
  const addComment = async (input: AddCommentInput): Promise<string> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server did not return the comment.');
    return data.addComment.id;
  };
  return { addComment, loading };
}
