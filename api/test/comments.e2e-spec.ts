import { errorCodes, type GraphQLTestClient } from './support/graphql-client.js';
import { signedInAs } from './support/factories.js';
import {
  ADD_COMMENT,
  CREATE_PROPOSAL,
  type CreatedProposal,
  PROPOSAL,
  SUBMIT_PROPOSAL,
  twoChanges,
} from './support/proposal-operations.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Comment = {
  id: string;
  parentId: string | null;
  body: string | null;
  bodyHtml: string | null;
  hidden: boolean;
  hiddenReason: string | null;
  editedAt: string | null;
  openFlagCount: number;
  viewerHasFlagged: boolean;
  viewerCanEdit: boolean;
  revisions: { body: string }[];
};
type ProposalWithComments = { proposal: { commentCount: number; comments: Comment[] } };

const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { id body editedAt } }`;
const HIDE = `mutation($input: HideCommentInput!) { hideComment(input: $input) { id hidden body } }`;
const UNHIDE = `mutation($id: ID!) { unhideComment(id: $id) { id hidden } }`;
const FLAG = `mutation($input: FlagCommentInput!) { flagComment(input: $input) { id viewerHasFlagged } }`;
const DISMISS = `mutation($id: ID!) { dismissCommentFlags(id: $id) { id openFlagCount } }`;
const QUEUE = `query { moderationQueue { proposalTitle comment { id proposalNumber } flags { reason flagger { displayName } } } }`;

let app: TestApp;
let author: GraphQLTestClient;
let member: GraphQLTestClient;
let editor: GraphQLTestClient;

beforeAll(async () => {
  app = await startTestApp();
  author = (await signedInAs(app, 'MEMBER')).client;
  member = (await signedInAs(app, 'STANDARD_SETTER')).client;
  editor = (await signedInAs(app, 'EDITOR')).client;
});
afterAll(() => app.close());

/** Each test discusses a proposal of its own, so none depends on what another wrote. */
let suffix = 0;
async function draftProposal(): Promise<number> {
  return (await author.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges(`c${++suffix}`) })).createProposal.number;
}
async function openProposal(): Promise<number> {
  const number = await draftProposal();
  await author.data(SUBMIT_PROPOSAL, { number });
  return number;
}

const comment = (client: GraphQLTestClient, number: number, body: string, parentId: string | null = null) =>
  client.query<{ addComment: { id: string; parentId: string | null; bodyHtml: string } }>(ADD_COMMENT, {
    input: { proposalNumber: number, body, parentId },
  });
const comments = async (client: GraphQLTestClient, number: number) =>
  (await client.data<ProposalWithComments>(PROPOSAL, { number })).proposal;

describe('discussion', () => {
  it('opens only once the proposal is in DISCUSSION, and only to signed-in members', async () => {
    const number = await draftProposal();
    expect(errorCodes(await comment(author, number, 'Too early'))).toEqual(['COMMENTS_CLOSED']);
    expect(errorCodes(await comment(member, number, 'Cannot see it'))).toEqual(['PROPOSAL_NOT_FOUND']);
    await author.data(SUBMIT_PROPOSAL, { number });
    expect(errorCodes(await comment(app.client(), number, 'Anonymous'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await comment(member, number, '   '))).toEqual(['BAD_USER_INPUT']);
  });

  it('threads replies under their parent and counts visible comments', async () => {
    const number = await openProposal();
    const top = (await comment(member, number, 'Does **Net ARR** include one-off fees?')).data!.addComment;
    expect(top.bodyHtml).toBe('<p>Does <strong>Net ARR</strong> include one-off fees?</p>\n');
    const reply = (await comment(author, number, 'No: recurring revenue only.', top.id)).data!.addComment;
    expect(reply.parentId).toBe(top.id);
    const proposal = await comments(app.client(), number);
    expect(proposal.comments.map((c) => [c.id, c.parentId])).toEqual([
      [top.id, null],
      [reply.id, top.id],
    ]);
    expect(proposal.commentCount).toBe(2);
  });

  it('refuses a reply to a comment of another proposal', async () => {
    const number = await openProposal();
    const otherNumber = await openProposal();
    const elsewhere = (await comment(member, otherNumber, 'On the other proposal')).data!.addComment;
    const result = await comment(member, number, 'Cross-thread reply', elsewhere.id);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('input.parentId');
  });

  it('renders markdown safely: an XSS corpus comes back inert', async () => {
    const number = await openProposal();
    const attacks = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<svg onload=alert(1)>',
      '[x](javascript:alert(1))',
      '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<a href="javascript:alert(1)">x</a>',
    ];
    for (const attack of attacks) {
      const { bodyHtml } = (await comment(member, number, attack)).data!.addComment;
      expect(bodyHtml).not.toMatch(/<(script|img|svg|iframe)/i);
      expect(bodyHtml).not.toMatch(/<a\s[^>]*href="\s*(javascript|data):/i);
    }
  });
});

describe('a page of the discussion at a time', () => {
  const PAGE = `query($number: Int!, $first: Int, $after: ID) {
    proposal(number: $number) { commentPage(first: $first, after: $after) { totalCount hasNextPage endCursor nodes { id body parentId } } }
  }`;
  type Page = {
    proposal: {
      commentPage: { totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: { id: string; body: string }[] };
    };
  };

  it('reads the comments oldest first, `first` at a time after the cursor, with the total', async () => {
    const number = await openProposal();
    for (let i = 1; i <= 5; i++) await comment(member, number, `Point ${i}`);
    const first = (await app.client().data<Page>(PAGE, { number, first: 2 })).proposal.commentPage;
    expect(first.nodes.map((c) => c.body)).toEqual(['Point 1', 'Point 2']);
    expect(first).toMatchObject({ totalCount: 5, hasNextPage: true });
    const second = (await app.client().data<Page>(PAGE, { number, first: 2, after: first.endCursor })).proposal.commentPage;
    expect(second.nodes.map((c) => c.body)).toEqual(['Point 3', 'Point 4']);
    const last = (await app.client().data<Page>(PAGE, { number, first: 2, after: second.endCursor })).proposal.commentPage;
    expect(last.nodes.map((c) => c.body)).toEqual(['Point 5']);
    expect(last).toMatchObject({ totalCount: 5, hasNextPage: false });
    const beyond = (await app.client().data<Page>(PAGE, { number, first: 2, after: last.endCursor })).proposal.commentPage;
    expect(beyond).toMatchObject({ nodes: [], totalCount: 5, hasNextPage: false });
  });

  it('refuses a cursor it did not hand out, naming the argument', async () => {
    const number = await openProposal();
    const result = await app.client().query(PAGE, { number, after: 'not-a-cursor' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('editing', () => {
  it('lets the author edit and keeps every earlier version', async () => {
    const number = await openProposal();
    const { id } = (await comment(member, number, 'First wording')).data!.addComment;
    expect(errorCodes(await author.query(EDIT, { input: { id, body: 'Not mine' } }))).toEqual(['FORBIDDEN']);
    await member.data(EDIT, { input: { id, body: 'Second wording' } });
    await member.data(EDIT, { input: { id, body: 'Third wording' } });
    const edited = (await comments(app.client(), number)).comments.find((c) => c.id === id)!;
    expect(edited.body).toBe('Third wording');
    expect(edited.editedAt).not.toBeNull();
    expect(edited.revisions.map((r) => r.body)).toEqual(['First wording', 'Second wording']);
    // A page of comments reads the earlier versions with the comments: the same, oldest first.
    const page = await app
      .client()
      .data<{ proposal: { commentPage: { nodes: { id: string; revisions: { body: string; writtenAt: string }[] }[] } } }>(
        `query($number: Int!) { proposal(number: $number) { commentPage(first: 50) { nodes { id revisions { body writtenAt } } } } }`,
        { number },
      );
    const paged = page.proposal.commentPage.nodes.find((c) => c.id === id)!;
    expect(paged.revisions.map((r) => r.body)).toEqual(['First wording', 'Second wording']);
    const [older, newer] = paged.revisions.map((r) => Date.parse(r.writtenAt));
    expect(older).toBeLessThan(newer!);
  });
});

describe('moderation', () => {
  it('lets members flag once, shows the queue to editors only, and hides with a public reason, keeping the content', async () => {
    const number = await openProposal();
    const { id } = (await comment(author, number, 'Buy cheap metrics at example.com')).data!.addComment;
    expect(
      (await member.data<{ flagComment: { viewerHasFlagged: boolean } }>(FLAG, { input: { id, reason: 'Spam' } })).flagComment
        .viewerHasFlagged,
    ).toBe(true);
    expect(errorCodes(await member.query(FLAG, { input: { id, reason: 'Spam again' } }))).toEqual(['ALREADY_FLAGGED']);
    expect(errorCodes(await member.query(QUEUE))).toEqual(['FORBIDDEN']);
    const queue = await editor.data<{
      moderationQueue: { comment: { id: string; proposalNumber: number }; flags: { reason: string }[] }[];
    }>(QUEUE);
    expect(queue.moderationQueue).toEqual([
      expect.objectContaining({ comment: { id, proposalNumber: number }, flags: [expect.objectContaining({ reason: 'Spam' })] }),
    ]);

    expect(errorCodes(await member.query(HIDE, { input: { id, reason: 'Spam' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await editor.query(HIDE, { input: { id, reason: '' } }))).toEqual(['BAD_USER_INPUT']);
    await editor.data(HIDE, { input: { id, reason: 'Advertising' } });

    const publicView = (await comments(app.client(), number)).comments.find((c) => c.id === id)!;
    expect(publicView).toMatchObject({ hidden: true, hiddenReason: 'Advertising', body: null, bodyHtml: null });
    const editorView = (await comments(editor, number)).comments.find((c) => c.id === id)!;
    expect(editorView.body).toBe('Buy cheap metrics at example.com');
    const [{ body }] = (await app.running.dataSource.query('SELECT body FROM comments WHERE id = $1', [id])) as [{ body: string }];
    expect(body).toBe('Buy cheap metrics at example.com');
    expect((await editor.data<{ moderationQueue: unknown[] }>(QUEUE)).moderationQueue).toEqual([]);
    expect(errorCodes(await author.query(EDIT, { input: { id, body: 'Sneaky edit' } }))).toEqual(['INVALID_STATE']);

    await editor.data(UNHIDE, { id });
    expect((await comments(app.client(), number)).comments.find((c) => c.id === id)!.body).toBe('Buy cheap metrics at example.com');
  });

  it('lets an editor keep a flagged comment, closing its flags', async () => {
    const number = await openProposal();
    const { id } = (await comment(author, number, 'A blunt but fair point')).data!.addComment;
    await member.data(FLAG, { input: { id, reason: 'Rude' } });
    expect((await comments(editor, number)).comments.find((c) => c.id === id)!.openFlagCount).toBe(1);
    expect((await comments(member, number)).comments.find((c) => c.id === id)!.openFlagCount).toBe(0);
    expect((await editor.data<{ dismissCommentFlags: { openFlagCount: number } }>(DISMISS, { id })).dismissCommentFlags.openFlagCount).toBe(
      0,
    );
  });
});
