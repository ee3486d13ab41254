import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { forgetProposalLists } from './proposal-cache';

export const SubmitProposalMutation = graphql(`
  mutation SubmitProposal($number: Int!) {
    submitProposal(number: $number) {
      id
      status
      lastActivityAt
      viewerCanEdit
      ...ProposalHistory_proposal
    }
  }
`);

/** Opens a DRAFT for discussion. Rejects with the API's error (INVALID_CHANGES when the draft moved under it). */
export function useSubmitProposalMutation() {
  const [mutate, { loading }] = useMutation(SubmitProposalMutation, {
    update(cache) {
      forgetProposalLists(cache);
    },
  });
  const submitProposal = async (number: number): Promise<void> => {
    await mutate({ variables: { number } });
  };
  return { submitProposal, loading };
}
