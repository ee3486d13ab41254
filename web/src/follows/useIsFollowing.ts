import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { FollowKind } from '../gql/graphql';

export const IsFollowingQuery = graphql(`
  query IsFollowing($input: FollowInput!) {
    isFollowing(input: $input)
  }
`);

/** Whether the signed-in reader follows this; undefined while unknown or signed out. */
export function useIsFollowing(kind: FollowKind, key: string, signedIn: boolean): boolean | undefined {
  const { data } = useQuery(IsFollowingQuery, { variables: { input: { kind, key } }, skip: !signedIn });
  return data?.isFollowing;
}
