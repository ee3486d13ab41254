import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const LinkEvidenceMutation = graphql(`
  mutation LinkEvidence($input: LinkEvidenceInput!) {
    linkEvidence(input: $input) {
      id
    }
  }
`);

/** Links a published case study to a proposal as evidence; the proposal page then reads its evidence afresh. */
export function useLinkEvidenceMutation() {
  const [mutate, { loading }] = useMutation(LinkEvidenceMutation, { refetchQueries: ['Proposal'], awaitRefetchQueries: true });
  const linkEvidence = async (proposalNumber: number, caseStudyId: string, note: string): Promise<void> => {
    await mutate({ variables: { input: { proposalNumber, caseStudyId, note } } });
  };
  return { linkEvidence, loading };
}
