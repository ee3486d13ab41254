import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { UpdateNotificationPreferencesInput } from '../gql/graphql';

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      ...NotificationSettings_preferences
    }
  }
`);

/** Saves deliveries and the time zone; the answer replaces the settings on screen (same fragment). */
export function useUpdateNotificationPreferencesMutation() {
  const [mutate, { loading }] = useMutation(UpdateNotificationPreferencesMutation, { refetchQueries: ['Settings'] });
  const save = async (input: UpdateNotificationPreferencesInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
  return { save, loading };
}
