import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { UpdateProposalInput } from '../gql/graphql';
import { forgetProposalLists } from './proposal-cache';

/** Returns what the proposal page and the editor show, so both are up to date in the cache at once. */
export const UpdateProposalMutation = graphql(`
  mutation UpdateProposal($input: UpdateProposalInput!) {
    updateProposal(input: $input) {
      id
      number
      title
      summary
      summaryHtml
      status
      updatedAt
      lastActivityAt
      baseRevision
      touchedCategories
      touchedMeasures
      ...ProposalChanges_proposal
      ...ProposalHistory_proposal
    }
  }
`);

/** Saves the author's edits (title, summary, change set). Rejects with the API's error (field issues included). */
export function useUpdateProposalMutation() {
  const [mutate, { loading }] = useMutation(UpdateProposalMutation, {
    update(cache) {
      forgetProposalLists(cache);
    },
  });
  const updateProposal = async (input: UpdateProposalInput): Promise<number> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server did not return the proposal.');
    return data.updateProposal.number;
  };
  return { updateProposal, loading };
}
