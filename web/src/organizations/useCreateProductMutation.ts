import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CreateProductInput } from '../gql/graphql';

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
      name
    }
  }
`);

/** Registers a product; the organisation's page is read again to list it. */
export function useCreateProductMutation() {
  const [mutate, { loading }] = useMutation(CreateProductMutation, { refetchQueries: ['Organization'] });
  const createProduct = async (input: CreateProductInput): Promise<string> => {
    const { data } = await mutate({ variables: { input }, awaitRefetchQueries: true });
    if (!data) throw new Error('The server did not return the product.');
    return data.createProduct.id;
  };
  return { createProduct, loading };
}
