import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { forgetProposalLists } from '../proposals/proposal-cache';

export const MergeProposalMutation = graphql(`
  mutation MergeProposal($number: Int!) {
    mergeProposal(number: $number) {
      id
      status
      lastActivityAt
      viewerCanEdit
      mergedRevision
      ...ProposalActions_proposal
      ...ProposalChanges_proposal
      ...ProposalHistory_proposal
      ...VotingPanel_proposal
    }
  }
`);

/** The merge moved the working draft on: forget every view of it, and what publishing now would release. */
function forgetDraftViews(cache: ApolloCache): void {
  for (const fieldName of ['draft', 'category', 'measure', 'releasePreview']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/**
 * An editor applies an ACCEPTED proposal to the working draft. Rejects with the API's error: MERGE_CONFLICT
 * carries the conflicting fields in `extensions.conflicts`.
 */
export function useMergeProposalMutation() {
  const [mutate, { loading }] = useMutation(MergeProposalMutation, {
    update(cache) {
      forgetProposalLists(cache);
      forgetDraftViews(cache);
    },
  });
  const mergeProposal = async (number: number): Promise<void> => {
    await mutate({ variables: { number } });
  };
  return { mergeProposal, loading };
}
