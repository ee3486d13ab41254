import { randomBytes } from 'node:crypto';
import type { GraphQLTestClient } from './graphql-client.js';
import { CREATE_PROPOSAL, type CreatedProposal, SUBMIT_PROPOSAL } from './proposal-operations.js';

/** Anything that runs GraphQL and fails on errors: the in-process test client or a client of a spawned process. */
export type DataClient = Pick<GraphQLTestClient, 'data'>;

export const PUBLISH_RELEASE = `mutation($input: PublishReleaseInput!) { publishRelease(input: $input) { version title contentHash } }`;

/** A measure nobody has proposed yet: each call adds a different one. */
export function addMeasure() {
  const suffix = randomBytes(3).toString('hex');
  return {
    op: 'ADD_MEASURE',
    measure: {
      key: `vendor-sync-${suffix}`,
      name: `Vendor sync ${suffix}`,
      categoryKey: 'business',
      audience: 'EXECUTIVE',
      definition: 'How soon vendors hear of a release.',
      formula: 'Time of receipt − time of publication',
      unit: 'seconds',
      direction: 'LOWER_IS_BETTER',
      status: 'EMERGING',
    },
  };
}

/** Takes a new proposal (by default adding a measure) through discussion, an approving vote and the merge; returns its number. */
export async function mergedProposal(
  people: { author: DataClient; editor: DataClient; setter: DataClient },
  title = 'Add a measure',
  changes: unknown[] = [addMeasure()],
): Promise<number> {
  const { author, editor, setter } = people;
  const { number } = (await author.data<CreatedProposal>(CREATE_PROPOSAL, { input: { title, summary: 'Because vendors asked.', changes } }))
    .createProposal;
  await author.data(SUBMIT_PROPOSAL, { number });
  await editor.data(`mutation($n: Int!, $at: DateTime) { openVoting(number: $n, closesAt: $at) { number } }`, {
    n: number,
    at: new Date(Date.now() + 600_000).toISOString(),
  });
  await setter.data(`mutation($input: CastVoteInput!) { castVote(input: $input) { number } }`, {
    input: { proposalNumber: number, choice: 'APPROVE' },
  });
  await editor.data(`mutation($n: Int!) { closeVoting(number: $n) { status } }`, { n: number });
  await editor.data(`mutation($n: Int!) { mergeProposal(number: $n) { status } }`, { n: number });
  return number;
}
