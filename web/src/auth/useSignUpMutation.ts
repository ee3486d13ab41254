import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { SignUpInput } from '../gql/graphql';
import { CurrentUserQuery } from './useCurrentUser';

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        role
        handle
        ...AccountMenu_user
      }
    }
  }
`);

/** Creates a MEMBER account, which the API also signs in, and makes it the cached `me`. Rejects on failure. */
export function useSignUpMutation() {
  const [mutate, { loading }] = useMutation(SignUpMutation, {
    update(cache, { data }) {
      const user = data?.signUp.user;
      if (user) cache.writeQuery({ query: CurrentUserQuery, data: { me: user } });
    },
  });
  const signUp = async (input: SignUpInput) => {
    await mutate({ variables: { input } });
  };
  return { signUp, loading };
}
