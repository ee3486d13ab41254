import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { SaveImplementationReportInput } from '../gql/graphql';

export const SaveImplementationReportMutation = graphql(`
  mutation SaveImplementationReport($input: SaveImplementationReportInput!) {
    saveImplementationReport(input: $input) {
      id
      releaseVersion
      releasesBehind
    }
  }
`);

/** Saves a product's report; its page (report and checklist) is read again, since the checklist may close or change. */
export function useSaveImplementationReportMutation() {
  const [mutate, { loading }] = useMutation(SaveImplementationReportMutation, { refetchQueries: ['Product'] });
  const saveReport = async (input: SaveImplementationReportInput) => {
    await mutate({ variables: { input }, awaitRefetchQueries: true });
  };
  return { saveReport, loading };
}
