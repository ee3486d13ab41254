import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

/**
 * Who is signed in, from the `me` query (the session cookie is httpOnly, so the API is the only one who knows).
 * The sign-in, sign-up and sign-out hooks write their result into this query, so the header updates at once.
 */
export const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      role
      ...AccountMenu_user
    }
  }
`);

export function useCurrentUser() {
  const { data, loading, error } = useQuery(CurrentUserQuery);
  return { user: data?.me ?? null, loading: loading && !data, error };
}
