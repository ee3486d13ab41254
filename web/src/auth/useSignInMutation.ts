import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { SignInInput } from '../gql/graphql';
import { CurrentUserQuery } from './useCurrentUser';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        role
        handle
        ...AccountMenu_user
      }
    }
  }
`);

/** Signs in (the API sets the session cookie) and makes the new user the cached `me`. Rejects on failure. */
export function useSignInMutation() {
  const [mutate, { loading }] = useMutation(SignInMutation, {
    update(cache, { data }) {
      const user = data?.signIn.user;
      if (user) cache.writeQuery({ query: CurrentUserQuery, data: { me: user } });
    },
  });
  const signIn = async (input: SignInInput) => {
    await mutate({ variables: { input } });
  };
  return { signIn, loading };
}
