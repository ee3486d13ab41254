import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const RemoveEvidenceMutation = graphql(`
  mutation RemoveEvidence($id: ID!) {
    removeEvidence(id: $id) {
      id
      ...ProposalEvidence_proposal
    }
  }
`);

/** Its maker or an editor removes an evidence link; the answer is the proposal's evidence as it now is. */
export function useRemoveEvidenceMutation() {
  const [mutate, { loading }] = useMutation(RemoveEvidenceMutation);
  const removeEvidence = async (id: string): Promise<void> => {
    await mutate({ variables: { id } });
  };
  return { removeEvidence, loading };
}
