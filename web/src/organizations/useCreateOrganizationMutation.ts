import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CreateOrganizationInput } from '../gql/graphql';

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
    }
  }
`);

/** Creates an organisation (the viewer becomes its owner); the lists that show it are fetched again. */
export function useCreateOrganizationMutation() {
  const [mutate, { loading }] = useMutation(CreateOrganizationMutation, { refetchQueries: ['Organizations'] });
  const createOrganization = async (input: CreateOrganizationInput): Promise<string> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server did not return the organisation.');
    return data.createOrganization.id;
  };
  return { createOrganization, loading };
}
