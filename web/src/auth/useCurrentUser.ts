import { useQuery, useSuspenseQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useRetryKey } from '../ui/QueryBoundary';

/**
 * Who is signed in, from the `me` query (the session cookie is httpOnly, so the API is the only one who knows).
 * The sign-in, sign-up and sign-out hooks write their result into this query, so the header updates at once.
 */
export const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      role
      handle
      ...AccountMenu_user
    }
  }
`);

/** For parts of the page that can show without knowing yet (the header, a button): null until the API says. */
export function useCurrentUser() {
  const { data, loading, error } = useQuery(CurrentUserQuery);
  return { user: data?.me ?? null, loading: loading && !data, error };
}

/** For a page that shows each reader something else (editors only, sign in first): suspends until the API says. */
export function useViewer() {
  const { data } = useSuspenseQuery(CurrentUserQuery, { queryKey: useRetryKey() });
  return data.me ?? null;
}
