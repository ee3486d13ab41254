import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { UpdateGovernanceSettingsInput } from '../gql/graphql';

/** Returns what the governance page shows, so the cached settings (one object, whatever query read them) are current everywhere. */
export const UpdateGovernanceSettingsMutation = graphql(`
  mutation UpdateGovernanceSettings($input: UpdateGovernanceSettingsInput!) {
    updateGovernanceSettings(input: $input) {
      ...GovernancePage_settings
    }
  }
`);

/** An administrator changes the voting rules; votes already open keep theirs. Rejects with the API's error (field issues included). */
export function useUpdateGovernanceSettingsMutation() {
  const [mutate, { loading }] = useMutation(UpdateGovernanceSettingsMutation);
  const updateSettings = async (input: UpdateGovernanceSettingsInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
  return { updateSettings, loading };
}
