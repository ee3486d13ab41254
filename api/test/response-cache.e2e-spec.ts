import { signedInAs } from './support/factories.js';
import type { GraphQLTestClient } from './support/graphql-client.js';
import { CREATE_PROPOSAL, type CreatedProposal, SUBMIT_PROPOSAL, twoChanges } from './support/proposal-operations.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Anonymous readers are served a kept answer while nothing changes, and a fresh one the moment anything commits;
 * signed-in readers, mutations, answers with errors and `Cache-Control: no-cache` always go to the database.
 */
const LIST = `query PublicList { proposals(first: 50) { nodes { number title } } }`;
const ME = `query Me { me { id displayName } }`;

let app: TestApp;
let author: GraphQLTestClient;

beforeAll(async () => {
  app = await startTestApp();
  author = (await signedInAs(app, 'MEMBER')).client;
});
afterAll(() => app.close());

async function post(query: string, headers: Record<string, string> = {}, client?: GraphQLTestClient) {
  const init = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) };
  const res = client ? await client.fetch('/graphql', init) : await fetch(`${app.url}/graphql`, init);
  return { hit: res.headers.get('x-cache') === 'hit', body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
}

async function openProposal(suffix: string): Promise<number> {
  const { number } = (await author.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges(suffix) })).createProposal;
  await author.data(SUBMIT_PROPOSAL, { number });
  return number;
}

const numbers = (body: { data?: unknown }) =>
  (body.data as { proposals: { nodes: { number: number }[] } }).proposals.nodes.map((node) => node.number);

it('serves an anonymous query again from memory, until a mutation commits', async () => {
  const first = await post(LIST);
  expect(first.hit).toBe(false);
  const again = await post(LIST);
  expect(again).toEqual({ hit: true, body: first.body });

  const number = await openProposal('cached');
  const fresh = await post(LIST);
  expect(fresh.hit).toBe(false);
  expect(numbers(fresh.body)).toContain(number);
  expect(numbers(first.body)).not.toContain(number);
});

it('never serves or keeps a signed-in reader’s answer', async () => {
  const mine = await post(ME, {}, author);
  expect(mine.hit).toBe(false);
  expect((mine.body.data as { me: unknown }).me).not.toBeNull();
  expect((await post(ME, {}, author)).hit).toBe(false);
  const anonymous = await post(ME);
  expect(anonymous.body).toEqual({ data: { me: null } });
  // A signed-in request does not read the anonymous answer either.
  await post(LIST);
  expect((await post(LIST, {}, author)).hit).toBe(false);
});

it('goes to the database when asked (Cache-Control: no-cache), and keeps no answer with errors', async () => {
  await post(LIST);
  expect((await post(LIST, { 'cache-control': 'no-cache' })).hit).toBe(false);
  const missing = `query Missing { proposal(number: 999999) { number } }`;
  const failed = await post(missing);
  expect(failed.body.errors?.length ?? 0).toBeGreaterThan(0);
  expect((await post(missing)).hit).toBe(false);
});

it('is off with RESPONSE_CACHE_SECONDS=0', async () => {
  const quiet = await startTestApp({ RESPONSE_CACHE_SECONDS: '0' });
  try {
    const ask = () =>
      fetch(`${quiet.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LIST }),
      });
    await ask();
    expect((await ask()).headers.get('x-cache')).toBeNull();
  } finally {
    await quiet.close();
  }
});
