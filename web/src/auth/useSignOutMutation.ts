import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { CurrentUserQuery } from './useCurrentUser';

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Ends the session, shows the header signed out at once, then resets the store: nothing fetched with the old
 * session's permissions survives, and the active queries fetch again as an anonymous visitor.
 */
export function useSignOutMutation() {
  const client = useApolloClient();
  const [mutate, { loading, error }] = useMutation(SignOutMutation, {
    update(cache) {
      cache.writeQuery({ query: CurrentUserQuery, data: { me: null } });
    },
  });
  const signOut = async (): Promise<boolean> => {
    try {
      await mutate();
      await client.resetStore();
      return true;
    } catch {
      // `error` carries the failure for the UI.
      return false;
    }
  };
  return { signOut, loading, error };
}
