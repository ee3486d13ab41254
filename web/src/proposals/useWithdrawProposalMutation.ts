import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { forgetProposalLists } from './proposal-cache';

export const WithdrawProposalMutation = graphql(`
  mutation WithdrawProposal($number: Int!, $reason: String) {
    withdrawProposal(number: $number, reason: $reason) {
      id
      status
      lastActivityAt
      viewerCanEdit
      ...ProposalHistory_proposal
    }
  }
`);

/** Withdraws a proposal in DRAFT or DISCUSSION, with an optional public reason. Rejects with the API's error. */
export function useWithdrawProposalMutation() {
  const [mutate, { loading }] = useMutation(WithdrawProposalMutation, {
    update(cache) {
      forgetProposalLists(cache);
    },
  });
  const withdrawProposal = async (number: number, reason: string | null): Promise<void> => {
    await mutate({ variables: { number, reason } });
  };
  return { withdrawProposal, loading };
}
