import { draftCaseStudy, HIDE_CASE_STUDY, publishedCaseStudy } from './support/case-study-operations.js';
import { signedInAs } from './support/factories.js';
import type { GraphQLTestClient } from './support/graphql-client.js';
import { ADD_COMMENT, CREATE_PROPOSAL, type CreatedProposal, SUBMIT_PROPOSAL, twoChanges } from './support/proposal-operations.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Result = { kind: string; title: string; snippet: string; snippetHtml: string; url: string };
type Search = {
  search: {
    nodes: Result[];
    totalCount: number;
    counts: { kind: string; count: number }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const SEARCH = `query($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(query: $query, kinds: $kinds, first: $first, after: $after) {
    nodes { kind title snippet snippetHtml url } totalCount counts { kind count } pageInfo { hasNextPage endCursor } } }`;
const HIDE = `mutation($input: HideCommentInput!) { hideComment(input: $input) { id } }`;

let app: TestApp;
let author: GraphQLTestClient;
let other: GraphQLTestClient;
let editor: GraphQLTestClient;

beforeAll(async () => {
  app = await startTestApp();
  author = (await signedInAs(app, 'MEMBER')).client;
  other = (await signedInAs(app, 'MEMBER')).client;
  editor = (await signedInAs(app, 'EDITOR')).client;
});
afterAll(() => app.close());

const search = async (client: GraphQLTestClient, query: string, extra: Record<string, unknown> = {}) =>
  (await client.data<Search>(SEARCH, { query, first: 20, ...extra })).search;

async function proposal(client: GraphQLTestClient, title: string, summary: string, submit = true): Promise<number> {
  const input = { ...twoChanges(String(Math.random()).slice(2, 8)), title, summary };
  const { number } = (await client.data<CreatedProposal>(CREATE_PROPOSAL, { input })).createProposal;
  if (submit) await client.data(SUBMIT_PROPOSAL, { number });
  return number;
}

describe('search', () => {
  it('ranks a title match above a summary match, with a highlighted, escaped snippet', async () => {
    const inBody = await proposal(author, 'Sharpen the churn definition', 'Mention onboarding velocity only in passing, for R&D teams.');
    const inTitle = await proposal(author, 'Onboarding velocity for new accounts', 'A measure of how fast accounts start.');
    const found = await search(other, 'onboarding velocity', { kinds: ['PROPOSAL'] });
    const urls = found.nodes.map((node) => node.url);
    expect(urls.indexOf(`/proposals/${inTitle}`)).toBeLessThan(urls.indexOf(`/proposals/${inBody}`));
    const body = found.nodes.find((node) => node.url === `/proposals/${inBody}`)!;
    expect(body.snippetHtml).toContain('<mark>onboarding</mark>');
    expect(body.snippetHtml).toContain('R&amp;D');
    expect(body.snippet).not.toContain('<mark>');
  });

  it('finds measures of the working draft by name, alias or definition, linking to the measure', async () => {
    const found = await search(other, 'smile', { kinds: ['MEASURE'] });
    expect(found.nodes[0]).toMatchObject({ kind: 'MEASURE', url: '/measures/time-to-smile' });
  });

  it('never returns another member’s draft, a hidden comment, or a comment others may not see', async () => {
    const draft = await proposal(author, 'Zanzibar retention draft', 'Only the author may see zanzibar.', false);
    expect((await search(other, 'zanzibar')).nodes).toEqual([]);
    expect((await search(app.client(), 'zanzibar')).nodes).toEqual([]);
    // The author sees their own draft.
    expect((await search(author, 'zanzibar')).nodes.map((node) => node.url)).toEqual([`/proposals/${draft}`]);

    const open = await proposal(author, 'Comment search target', 'Nothing special.');
    const visible = (
      await other.data<{ addComment: { id: string } }>(ADD_COMMENT, {
        input: { proposalNumber: open, body: 'Quixotic visible remark.', parentId: null },
      })
    ).addComment.id;
    const hidden = (
      await other.data<{ addComment: { id: string } }>(ADD_COMMENT, {
        input: { proposalNumber: open, body: 'Quixotic rude remark.', parentId: null },
      })
    ).addComment.id;
    await editor.data(HIDE, { input: { id: hidden, reason: 'Rude to others' } });
    const found = await search(other, 'quixotic', { kinds: ['COMMENT'] });
    expect(found.nodes.map((node) => node.url)).toEqual([`/proposals/${open}#comment-${visible}`]);
    expect(found.counts).toEqual([{ kind: 'COMMENT', count: 1 }]);
  });

  it('finds published case studies by title, summary or body, title matches first, linking to the case study', async () => {
    const inBody = await publishedCaseStudy(author, {
      title: 'Support without grading',
      body: 'We tracked the marmalade queue for a year.',
    });
    const inTitle = await publishedCaseStudy(author, { title: 'The marmalade rollout', summary: 'How a team changed course.' });
    const found = await search(other, 'marmalade', { kinds: ['CASE_STUDY'] });
    expect(found.nodes.map((node) => node.url)).toEqual([`/case-studies/${inTitle}`, `/case-studies/${inBody}`]);
    expect(found.nodes[0]).toMatchObject({ kind: 'CASE_STUDY', title: 'The marmalade rollout' });
    expect(found.nodes[1]!.snippetHtml).toContain('<mark>marmalade</mark>');
    expect(found.counts).toEqual([{ kind: 'CASE_STUDY', count: 2 }]);
  });

  it('never returns a draft or a hidden case study, not even to its author', async () => {
    await draftCaseStudy(author, { title: 'Persimmon draft study' });
    const hidden = await publishedCaseStudy(author, { title: 'Persimmon advertising' });
    const shown = await publishedCaseStudy(author, { title: 'Persimmon outcomes' });
    await editor.data(HIDE_CASE_STUDY, { input: { id: hidden, reason: 'Advertising, not a case study' } });
    for (const reader of [author, other, editor, app.client()]) {
      const found = await search(reader, 'persimmon');
      expect(found.nodes.map((node) => node.url)).toEqual([`/case-studies/${shown}`]);
      expect(found.counts.find((row) => row.kind === 'CASE_STUDY')).toEqual({ kind: 'CASE_STUDY', count: 1 });
    }
  });

  it('groups results by kind and pages through them', async () => {
    for (let i = 0; i < 3; i++) await proposal(author, `Paginated kumquat ${i}`, 'Kumquat summary.');
    const first = await search(other, 'kumquat', { first: 2 });
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await search(other, 'kumquat', { first: 2, after: first.pageInfo.endCursor });
    expect(next.nodes).toHaveLength(1);
    expect(new Set([...first.nodes, ...next.nodes].map((node) => node.url)).size).toBe(3);
    expect(first.totalCount).toBe(3);
  });

  it('refuses an empty query, naming it', async () => {
    const result = await other.query(SEARCH, { query: '  ' });
    expect(result.errors?.[0]?.extensions?.issues).toEqual([expect.objectContaining({ path: 'query' })]);
  });
});
