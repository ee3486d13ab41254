import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { UpdateProfileInput } from '../gql/graphql';

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      handle
      displayName
      bio
      organisation
    }
  }
`);

/** Saves the display name, bio and organisation; the header's name is read again. */
export function useUpdateProfileMutation() {
  const [mutate, { loading }] = useMutation(UpdateProfileMutation, { refetchQueries: ['CurrentUser', 'Settings'] });
  const save = async (input: UpdateProfileInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
  return { save, loading };
}
