import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { forgetProposalLists } from '../proposals/proposal-cache';

export const OpenVotingMutation = graphql(`
  mutation OpenVoting($number: Int!, $closesAt: DateTime) {
    openVoting(number: $number, closesAt: $closesAt) {
      ...VotingChange_proposal
    }
  }
`);

/** An editor puts a proposal in DISCUSSION to a vote, until `closesAt` (null: the governance window). Rejects with the API's error. */
export function useOpenVotingMutation() {
  const [mutate, { loading }] = useMutation(OpenVotingMutation, {
    update(cache) {
      forgetProposalLists(cache);
    },
  });
  const openVoting = async (number: number, closesAt: string | null): Promise<void> => {
    await mutate({ variables: { number, closesAt } });
  };
  return { openVoting, loading };
}
