import { signedInAs } from './support/factories.js';
import { errorCodes, type GraphQLTestClient } from './support/graphql-client.js';
import { CREATE_PROPOSAL, type CreatedProposal, SUBMIT_PROPOSAL, twoChanges } from './support/proposal-operations.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const FOR_YOU = `query { forYou { actionCount flaggedComments openVotes { number voted } readyForVote { number } toMerge { number } awaitingRelease { number } myProposals { number status } } }`;
type ForYou = {
  forYou: {
    actionCount: number;
    flaggedComments: number;
    openVotes: { number: number; voted: boolean }[];
    readyForVote: { number: number }[];
    myProposals: { number: number; status: string }[];
  };
};

let app: TestApp;
let author: GraphQLTestClient;
let setter: GraphQLTestClient;
let editor: GraphQLTestClient;

beforeAll(async () => {
  app = await startTestApp();
  author = (await signedInAs(app, 'MEMBER')).client;
  setter = (await signedInAs(app, 'STANDARD_SETTER')).client;
  editor = (await signedInAs(app, 'EDITOR')).client;
});
afterAll(() => app.close());

describe('for you', () => {
  it('shows a member their drafts first, an editor what is ready for a vote, a standard-setter the votes not yet cast', async () => {
    const open = (await author.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges('fy1') })).createProposal.number;
    await author.data(SUBMIT_PROPOSAL, { number: open });
    const draft = (await author.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges('fy2') })).createProposal.number;
    const mine = (await author.data<ForYou>(FOR_YOU)).forYou;
    expect(mine.myProposals.map((p) => [p.number, p.status])).toEqual([
      [draft, 'DRAFT'],
      [open, 'DISCUSSION'],
    ]);
    expect(mine.readyForVote).toEqual([]);

    expect((await editor.data<ForYou>(FOR_YOU)).forYou.readyForVote.map((p) => p.number)).toContain(open);
    await editor.data(`mutation($n: Int!, $at: DateTime) { openVoting(number: $n, closesAt: $at) { number } }`, {
      n: open,
      at: new Date(Date.now() + 86_400_000 * 2).toISOString(),
    });
    const before = (await setter.data<ForYou>(FOR_YOU)).forYou;
    expect(before.openVotes).toEqual([{ number: open, voted: false }]);
    expect(before.actionCount).toBe(1);
    await setter.data(`mutation($input: CastVoteInput!) { castVote(input: $input) { number } }`, {
      input: { proposalNumber: open, choice: 'APPROVE' },
    });
    const after = (await setter.data<ForYou>(FOR_YOU)).forYou;
    expect(after.openVotes).toEqual([{ number: open, voted: true }]);
    expect(after.actionCount).toBe(0);
    expect(errorCodes(await app.client().query(FOR_YOU))).toEqual(['UNAUTHENTICATED']);
  });
});
