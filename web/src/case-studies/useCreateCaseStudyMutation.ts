import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CaseStudyInputValue } from './case-study-form';

export const CreateCaseStudyMutation = graphql(`
  mutation CreateCaseStudy($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
      status
    }
  }
`);

/** Saves a new case study as a draft; rejects with the API's error (field issues such as `input.outcomes[1].after`). */
export function useCreateCaseStudyMutation() {
  const [mutate, { loading }] = useMutation(CreateCaseStudyMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myCaseStudies' });
      cache.gc();
    },
  });
  const createCaseStudy = async (input: CaseStudyInputValue): Promise<string> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The case study was not saved.');
    return data.createCaseStudy.id;
  };
  return { createCaseStudy, loading };
}
