import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CastVoteInput } from '../gql/graphql';
import { forgetProposalLists } from '../proposals/proposal-cache';

export const CastVoteMutation = graphql(`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      id
      status
      lastActivityAt
      voting {
        id
        viewerCanVote
        resultsHidden
        tally {
          voted
        }
        ...VoteForm_voting
        ...VoteTally_voting
        ...VoteList_voting
      }
    }
  }
`);

/**
 * A standard-setter votes or changes their vote. The answer updates the cached proposal's vote (tally, the current
 * votes, the viewer's vote); the lists move it up by activity. It leaves out the vote history, which grows with
 * every vote cast: the page's live subscription brings it. Rejects with the API's error (field issues included).
 */
export function useCastVoteMutation() {
  const [mutate, { loading }] = useMutation(CastVoteMutation, {
    update(cache) {
      forgetProposalLists(cache);
    },
  });
  const castVote = async (input: CastVoteInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
  return { castVote, loading };
}
