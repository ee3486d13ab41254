import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { FollowKind } from '../gql/graphql';
import { IsFollowingQuery } from './useIsFollowing';

export const UnfollowMutation = graphql(`
  mutation Unfollow($input: FollowInput!) {
    unfollow(input: $input) {
      kind
      key
      following
    }
  }
`);

/** Stops following; following by itself (commenting, voting) will not start again. */
export function useUnfollowMutation() {
  const [mutate, { loading }] = useMutation(UnfollowMutation);
  const unfollow = async (kind: FollowKind, key: string): Promise<void> => {
    await mutate({
      variables: { input: { kind, key } },
      update(cache, { data }) {
        if (data)
          cache.writeQuery({
            query: IsFollowingQuery,
            variables: { input: { kind, key } },
            data: { isFollowing: data.unfollow.following },
          });
      },
    });
  };
  return { unfollow, loading };
}
