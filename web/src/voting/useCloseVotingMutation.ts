import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { forgetProposalLists } from '../proposals/proposal-cache';

export const CloseVotingMutation = graphql(`
  mutation CloseVoting($number: Int!) {
    closeVoting(number: $number) {
      ...VotingChange_proposal
    }
  }
`);

/** An editor closes a vote past its deadline, or once every standard-setter has voted. Rejects with the API's error. */
export function useCloseVotingMutation() {
  const [mutate, { loading }] = useMutation(CloseVotingMutation, {
    update(cache) {
      forgetProposalLists(cache);
    },
  });
  const closeVoting = async (number: number): Promise<void> => {
    await mutate({ variables: { number } });
  };
  return { closeVoting, loading };
}
