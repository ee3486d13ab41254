import type { ApolloCache, Reference, StoreObject } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CastVoteInput, CastVoteMutation as CastVoteAnswer } from '../gql/graphql';
import { forgetProposalLists } from '../proposals/proposal-cache';
import { withVote } from './current-votes';

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
        viewerVote {
          choice
          rationale
          castAt
          voter {
            id
            ...PersonLink_person
          }
        }
        ...VoteForm_voting
        ...VoteTally_voting
      }
    }
  }
`);

/**
 * A standard-setter votes or changes their vote. The answer carries the tally and the viewer's own vote, and
 * the hook puts that vote in its place in the cached list of current votes: the answer stays the same size however
 * many have voted, and the votes of others (and the vote history) come with the page's live subscription. The lists
 * move the proposal up by activity. Rejects with the API's error (field issues included).
 */
export function useCastVoteMutation() {
  const [mutate, { loading }] = useMutation(CastVoteMutation, {
    update(cache, { data }) {
      if (data) putViewerVote(cache, data.castVote.voting);
      forgetProposalLists(cache);
    },
  });
  const castVote = async (input: CastVoteInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
  return { castVote, loading };
}

/** Puts the viewer's vote from a CastVote answer in its place among the cached current votes, where they are cached. */
export function putViewerVote(cache: ApolloCache, voting: CastVoteAnswer['castVote']['voting']): void {
  const vote = voting?.viewerVote;
  if (!voting || !vote) return;
  cache.modify({
    id: cache.identify({ __typename: 'Voting', id: voting.id }),
    fields: {
      votes(existing: readonly (Reference | StoreObject)[], { readField, toReference }) {
        const voter = toReference({ __typename: 'User', id: vote.voter.id });
        if (!voter) return existing;
        const entry: StoreObject = { __typename: 'Vote', choice: vote.choice, rationale: vote.rationale, castAt: vote.castAt, voter };
        return withVote<Reference | StoreObject>(existing, entry, (stored) => ({
          voterId: readField<string>('id', readField<Reference>('voter', stored)) ?? '',
          castAt: readField<string>('castAt', stored) ?? '',
        }));
      },
    },
  });
}
