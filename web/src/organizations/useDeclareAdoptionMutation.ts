import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { DeclareAdoptionInput } from '../gql/graphql';

export const DeclareAdoptionMutation = graphql(`
  mutation DeclareAdoption($input: DeclareAdoptionInput!) {
    declareAdoption(input: $input) {
      releaseVersion
    }
  }
`);

/** Declares (or replaces) an organisation's adoption; its page and the adopters list are read again. */
export function useDeclareAdoptionMutation() {
  const [mutate, { loading }] = useMutation(DeclareAdoptionMutation, { refetchQueries: ['Organization', 'Adopters'] });
  const declare = async (input: DeclareAdoptionInput) => {
    await mutate({ variables: { input }, awaitRefetchQueries: true });
  };
  return { declare, loading };
}
