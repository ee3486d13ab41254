import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const ShareAssessmentMutation = graphql(`
  mutation ShareAssessment($id: ID!) {
    shareAssessment(id: $id) {
      url
      token
    }
  }
`);

/** Creates a read-only link (replacing any earlier one) and returns its URL, which is shown this once. */
export function useShareAssessmentMutation() {
  const [mutate, { loading }] = useMutation(ShareAssessmentMutation, {
    update(cache, _result, { variables }) {
      if (variables)
        cache.modify({
          id: cache.identify({ __typename: 'Assessment', id: variables.id }),
          fields: { sharedAt: () => new Date().toISOString() },
        });
    },
  });
  const shareAssessment = async (id: string): Promise<string> => {
    const { data } = await mutate({ variables: { id } });
    if (!data) throw new Error('The server did not return the link.');
    return data.shareAssessment.url;
  };
  return { shareAssessment, loading };
}
