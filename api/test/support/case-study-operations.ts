import type { GraphQLTestClient } from './graphql-client.js';

/** GraphQL operations shared by the tests where case studies meet search, profiles and notifications. */
export const CREATE_CASE_STUDY = /* GraphQL */ `
  mutation CreateCaseStudy($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
      status
    }
  }
`;
export const PUBLISH_CASE_STUDY = /* GraphQL */ `
  mutation PublishCaseStudy($id: ID!) {
    publishCaseStudy(id: $id) {
      id
      status
    }
  }
`;
export const HIDE_CASE_STUDY = /* GraphQL */ `
  mutation HideCaseStudy($input: HideCaseStudyInput!) {
    hideCaseStudy(input: $input) {
      id
      status
    }
  }
`;

/** A publishable case study's input: one outcome on `measureKey`, overridable field by field. */
export const caseStudyInput = (overrides: Record<string, unknown> = {}, measureKey = 'time-to-smile') => ({
  title: 'Guiding with Time to Smile',
  summary: 'What happened when a support team stopped grading agents.',
  body: 'A support team of forty.',
  organization: 'Northwind',
  industry: 'SOFTWARE',
  organizationSize: 'SIZE_250_999',
  releaseVersion: '1.0.0',
  outcomes: [{ measureKey, before: 10, after: 4, usage: 'GUIDING' }],
  links: [],
  ...overrides,
});

/** Creates a draft case study and returns its id. */
export async function draftCaseStudy(
  client: GraphQLTestClient,
  overrides: Record<string, unknown> = {},
  measureKey?: string,
): Promise<string> {
  const { createCaseStudy } = await client.data<{ createCaseStudy: { id: string } }>(CREATE_CASE_STUDY, {
    input: caseStudyInput(overrides, measureKey),
  });
  return createCaseStudy.id;
}

/** Creates and publishes a case study and returns its id. */
export async function publishedCaseStudy(
  client: GraphQLTestClient,
  overrides: Record<string, unknown> = {},
  measureKey?: string,
): Promise<string> {
  const id = await draftCaseStudy(client, overrides, measureKey);
  await client.data(PUBLISH_CASE_STUDY, { id });
  return id;
}
