import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { FollowKind } from '../gql/graphql';
import { IsFollowingQuery } from './useIsFollowing';

export const FollowMutation = graphql(`
  mutation Follow($input: FollowInput!) {
    follow(input: $input) {
      kind
      key
      following
    }
  }
`);

/** Follows a proposal, measure, category or the releases; the button's query is answered from the result. */
export function useFollowMutation() {
  const [mutate, { loading }] = useMutation(FollowMutation);
  const follow = async (kind: FollowKind, key: string): Promise<void> => {
    await mutate({
      variables: { input: { kind, key } },
      update(cache, { data }) {
        if (data)
          cache.writeQuery({ query: IsFollowingQuery, variables: { input: { kind, key } }, data: { isFollowing: data.follow.following } });
      },
    });
  };
  return { follow, loading };
}
