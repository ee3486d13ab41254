import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CreateProposalInput } from '../gql/graphql';
import { forgetProposalLists } from './proposal-cache';

export const CreateProposalMutation = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      id
      number
      status
    }
  }
`);

/** Saves a new proposal as a DRAFT and returns its number. Rejects with the API's error (field issues included). */
export function useCreateProposalMutation() {
  const [mutate, { loading }] = useMutation(CreateProposalMutation, {
    update(cache) {
      forgetProposalLists(cache);
    },
  });
  const createProposal = async (input: CreateProposalInput): Promise<number> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server did not return the new proposal.');
    return data.createProposal.number;
  };
  return { createProposal, loading };
}
