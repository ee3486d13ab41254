import { createHash } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { VotingCloser } from '../src/voting/voting-closer.js';
import { errorCodes, type GraphQLTestClient } from './support/graphql-client.js';
import { signedInAs } from './support/factories.js';
import { CREATE_PROPOSAL, type CreatedProposal, SUBMIT_PROPOSAL, twoChanges } from './support/proposal-operations.js';
import { collect, subscriptionClient } from './support/subscriptions.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const OPEN = `mutation($number: Int!, $closesAt: DateTime) { openVoting(number: $number, closesAt: $closesAt) { number status } }`;
const CAST = `mutation($input: CastVoteInput!) { castVote(input: $input) { number } }`;
const CLOSE = `mutation($number: Int!) { closeVoting(number: $number) { number status } }`;
const MERGE = `mutation($number: Int!) { mergeProposal(number: $number) { number status mergedRevision } }`;
const SETTINGS = `mutation($input: UpdateGovernanceSettingsInput!) { updateGovernanceSettings(input: $input) { quorumPercent hideResultsUntilClose votingWindowSeconds } }`;
const VOTING = /* GraphQL */ `
  query Voting($number: Int!) {
    proposal(number: $number) {
      status
      history {
        action
        toStatus
        reason
        actor {
          displayName
        }
      }
      voting {
        isOpen
        closesAt
        closedAt
        electorate
        quorumVotesNeeded
        resultsHidden
        outcome
        outcomeReason
        viewerCanVote
        tally {
          approvals
          rejections
          abstentions
          voted
        }
        votes {
          choice
          rationale
          voter {
            displayName
          }
        }
        history {
          choice
          current
          voter {
            displayName
          }
        }
        viewerVote {
          choice
        }
      }
    }
  }
`;

type Voting = {
  proposal: {
    status: string;
    history: { action: string; toStatus: string | null; reason: string | null; actor: { displayName: string } | null }[];
    voting: {
      isOpen: boolean;
      electorate: number;
      quorumVotesNeeded: number;
      resultsHidden: boolean;
      outcome: string | null;
      outcomeReason: string | null;
      viewerCanVote: boolean;
      tally: { approvals: number; rejections: number; abstentions: number; voted: number } | null;
      votes: { choice: string; rationale: string | null; voter: { displayName: string } }[];
      history: { choice: string; current: boolean }[];
      viewerVote: { choice: string } | null;
    } | null;
  };
};

let app: TestApp;
let editor: GraphQLTestClient;
let admin: GraphQLTestClient;
let author: GraphQLTestClient;
const setters: GraphQLTestClient[] = [];

beforeAll(async () => {
  // The closer is off here so that tests decide when deadlines are processed; one test runs it by hand.
  app = await startTestApp({ VOTING_CLOSER: 'off' });
  editor = (await signedInAs(app, 'EDITOR')).client;
  admin = (await signedInAs(app, 'ADMIN')).client;
  author = (await signedInAs(app, 'MEMBER')).client;
  for (let i = 0; i < 4; i++) setters.push((await signedInAs(app, 'STANDARD_SETTER')).client);
});
afterAll(() => app.close());

async function proposalInDiscussion(): Promise<number> {
  const suffix = createHash('sha1').update(String(Math.random())).digest('hex').slice(0, 6);
  const { number } = (await author.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges(suffix) })).createProposal;
  await author.data(SUBMIT_PROPOSAL, { number });
  return number;
}

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
const voting = async (number: number, client = app.client()) => (await client.data<Voting>(VOTING, { number })).proposal;
const cast = (client: GraphQLTestClient, number: number, choice: string, rationale?: string) =>
  client.query(CAST, { input: { proposalNumber: number, choice, rationale } });

describe('opening a vote', () => {
  it('is for editors, on a proposal in DISCUSSION, with a closing time in the future', async () => {
    const number = await proposalInDiscussion();
    expect(errorCodes(await author.query(OPEN, { number }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await editor.query(OPEN, { number, closesAt: new Date(Date.now() - 1000).toISOString() }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const opened = await editor.data<{ openVoting: { status: string } }>(OPEN, { number });
    expect(opened.openVoting.status).toBe('VOTING');
    const view = await voting(number);
    expect(view.voting).toMatchObject({ isOpen: true, electorate: 4, quorumVotesNeeded: 2, outcome: null, tally: { voted: 0 } });
    expect(errorCodes(await editor.query(OPEN, { number }))).toEqual(['INVALID_STATE']);
  });
});

describe('casting votes', () => {
  it('lets only standard-setters vote, requires a reason to reject, and counts only the latest vote', async () => {
    const number = await proposalInDiscussion();
    expect(errorCodes(await cast(setters[0]!, number, 'APPROVE'))).toEqual(['INVALID_STATE']);
    await editor.data(OPEN, { number, closesAt: inSeconds(600) });
    expect(errorCodes(await cast(author, number, 'APPROVE'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await cast(editor, number, 'APPROVE'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await cast(admin, number, 'APPROVE'))).toEqual(['FORBIDDEN']);
    const noReason = await cast(setters[0]!, number, 'REJECT');
    expect(noReason.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('input.rationale');

    await cast(setters[0]!, number, 'REJECT', 'The formula double-counts expansion.');
    await cast(setters[0]!, number, 'APPROVE', 'Convinced by the reply.');
    await cast(setters[1]!, number, 'ABSTAIN');
    const view = await voting(number, setters[0]);
    expect(view.voting?.tally).toEqual({ approvals: 1, rejections: 0, abstentions: 1, voted: 2 });
    expect(view.voting?.viewerVote).toEqual({ choice: 'APPROVE' });
    expect(view.voting?.history.map((v) => [v.choice, v.current])).toEqual([
      ['REJECT', false],
      ['APPROVE', true],
      ['ABSTAIN', true],
    ]);
    expect(view.voting?.votes.find((v) => v.choice === 'APPROVE')?.rationale).toBe('Convinced by the reply.');
  });

  it('keeps exactly one current vote when one voter sends 50 identical votes at once', async () => {
    const number = await proposalInDiscussion();
    await editor.data(OPEN, { number, closesAt: inSeconds(600) });
    const results = await Promise.all(Array.from({ length: 50 }, () => cast(setters[2]!, number, 'APPROVE')));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [{ votes, history }] = (await app.running.dataSource.query(
      `SELECT (SELECT count(*)::int FROM votes v WHERE v.ballot_id = b.id) AS votes,
              (SELECT count(*)::int FROM vote_history h WHERE h.ballot_id = b.id) AS history
         FROM ballots b JOIN proposals p ON p.id = b.proposal_id WHERE p.number = $1`,
      [number],
    )) as [{ votes: number; history: number }];
    expect({ votes, history }).toEqual({ votes: 1, history: 1 });
  });

  it('counts 100 voters voting in parallel exactly', async () => {
    const voters: GraphQLTestClient[] = [];
    for (let i = 0; i < 100; i++) voters.push((await signedInAs(app, 'STANDARD_SETTER')).client);
    const number = await proposalInDiscussion();
    await editor.data(OPEN, { number, closesAt: inSeconds(600) });
    const choices = voters.map((_, i) => (i % 4 === 0 ? 'REJECT' : i % 4 === 1 ? 'ABSTAIN' : 'APPROVE'));
    const results = await Promise.all(
      voters.map((voter, i) => cast(voter, number, choices[i]!, choices[i] === 'REJECT' ? 'No' : undefined)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect((await voting(number)).voting?.tally).toEqual({ approvals: 50, rejections: 25, abstentions: 25, voted: 100 });
    // Demote them again so later tests keep a small electorate.
    await app.running.dataSource.query(
      `UPDATE users SET role = 'MEMBER' WHERE id IN (SELECT voter_id FROM votes v JOIN ballots b ON b.id = v.ballot_id JOIN proposals p ON p.id = b.proposal_id WHERE p.number = $1)`,
      [number],
    );
  });

  it('refuses a vote after the deadline even before the vote has been closed', async () => {
    const number = await proposalInDiscussion();
    await editor.data(OPEN, { number, closesAt: inSeconds(1) });
    await cast(setters[0]!, number, 'APPROVE');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const late = await cast(setters[1]!, number, 'APPROVE');
    expect(errorCodes(late)).toEqual(['VOTING_CLOSED']);
    expect((await voting(number)).status).toBe('VOTING');
  });
});

describe('closing', () => {
  it('closes by itself at the deadline, computing quorum and threshold in the database', async () => {
    const passed = await proposalInDiscussion();
    const noQuorum = await proposalInDiscussion();
    const rejected = await proposalInDiscussion();
    for (const number of [passed, noQuorum, rejected]) await editor.data(OPEN, { number, closesAt: inSeconds(1) });
    await cast(setters[0]!, passed, 'APPROVE');
    await cast(setters[1]!, passed, 'APPROVE');
    await cast(setters[2]!, passed, 'REJECT', 'Not yet');
    await cast(setters[0]!, noQuorum, 'APPROVE');
    await cast(setters[0]!, rejected, 'APPROVE');
    await cast(setters[1]!, rejected, 'REJECT', 'Too vague');
    await cast(setters[2]!, rejected, 'ABSTAIN');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // Earlier tests may leave other votes past their deadline; these three are among what it closes.
    expect(await app.running.app.get(VotingCloser).closeDue()).toBeGreaterThanOrEqual(3);

    const a = await voting(passed);
    expect(a.status).toBe('ACCEPTED');
    expect(a.voting).toMatchObject({ outcome: 'PASSED', isOpen: false, tally: { approvals: 2, rejections: 1, abstentions: 0 } });
    const b = await voting(noQuorum);
    expect(b.status).toBe('REJECTED');
    expect(b.voting?.outcome).toBe('QUORUM_NOT_REACHED');
    expect(b.voting?.outcomeReason).toBe('Quorum not reached: 1 of 4 standard-setters voted, 2 needed (1 approve, 0 reject, 0 abstain).');
    const c = await voting(rejected);
    expect(c.voting?.outcome).toBe('THRESHOLD_NOT_MET');
    expect(c.history.at(-1)).toMatchObject({ action: 'proposal.status_changed', toStatus: 'REJECTED', actor: null });
  });

  it('yields one outcome when the job runs twice and an editor closes at the same time', async () => {
    const number = await proposalInDiscussion();
    await editor.data(OPEN, { number, closesAt: inSeconds(1) });
    await cast(setters[0]!, number, 'APPROVE');
    await cast(setters[1]!, number, 'APPROVE');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const closer = app.running.app.get(VotingCloser);
    const [, , byEditor] = await Promise.all([closer.closeDue(), closer.closeDue(), editor.query(CLOSE, { number })]);
    expect(byEditor.errors).toBeUndefined();
    const view = await voting(number);
    expect(view.status).toBe('ACCEPTED');
    expect(view.history.filter((e) => e.toStatus === 'ACCEPTED')).toHaveLength(1);
  });

  it('does not let an editor cut a vote short while standard-setters have yet to vote', async () => {
    const number = await proposalInDiscussion();
    await editor.data(OPEN, { number, closesAt: inSeconds(600) });
    await cast(setters[0]!, number, 'APPROVE');
    expect(errorCodes(await editor.query(CLOSE, { number }))).toEqual(['INVALID_STATE']);
    for (const setter of setters.slice(1)) await cast(setter, number, 'APPROVE');
    expect((await editor.data<{ closeVoting: { status: string } }>(CLOSE, { number })).closeVoting.status).toBe('ACCEPTED');
  });
});

describe('merging', () => {
  it('applies an ACCEPTED proposal to the draft, advancing its revision', async () => {
    const number = await proposalInDiscussion();
    await editor.data(OPEN, { number, closesAt: inSeconds(600) });
    for (const setter of setters) await cast(setter, number, 'APPROVE');
    expect(errorCodes(await editor.query(MERGE, { number }))).toEqual(['INVALID_STATE']);
    await editor.data(CLOSE, { number });
    const before = (await app.client().data<{ draft: { revision: number } }>('{ draft { revision } }')).draft.revision;
    const merged = await editor.data<{ mergeProposal: { status: string; mergedRevision: number } }>(MERGE, { number });
    expect(merged.mergeProposal).toEqual({ number, status: 'MERGED', mergedRevision: before + 1 });
    const { draft } = await app
      .client()
      .data<{ draft: { revision: number; measures: { key: string }[] } }>('{ draft { revision measures { key } } }');
    expect(draft.revision).toBe(before + 1);
    expect(draft.measures.some((m) => m.key.startsWith('net-arr-'))).toBe(true);
  });
});

describe('governance settings and live updates', () => {
  let subscriptions: Client[] = [];
  afterEach(async () => {
    for (const client of subscriptions) await client.dispose();
    subscriptions = [];
  });

  it('pushes each vote to subscribers as it is cast, and every later push is read fresh (outcome included)', async () => {
    const number = await proposalInDiscussion();
    await editor.data(OPEN, { number, closesAt: inSeconds(600) });
    const ws = subscriptionClient(setters[1]!);
    subscriptions.push(ws);
    type Pushed = {
      proposalUpdated: { status: string; voting: { outcome: string | null; tally: { approvals: number } | null; viewerCanVote: boolean } };
    };
    const feed = collect<Pushed>(
      ws,
      `subscription($number: Int!) { proposalUpdated(number: $number) { status voting { outcome viewerCanVote tally { approvals } } } }`,
      { number },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await cast(setters[0]!, number, 'APPROVE');
    const [first] = await feed.until((items) => items.length >= 1);
    expect(first?.proposalUpdated.voting).toEqual({ outcome: null, viewerCanVote: true, tally: { approvals: 1 } });
    for (const setter of setters.slice(1)) await cast(setter, number, 'APPROVE');
    await editor.data(CLOSE, { number });
    const pushes = await feed.until((items) => items.some((item) => item.proposalUpdated.status === 'ACCEPTED'));
    expect(pushes.at(-1)?.proposalUpdated).toEqual({
      status: 'ACCEPTED',
      voting: { outcome: 'PASSED', viewerCanVote: false, tally: { approvals: 4 } },
    });
    feed.dispose();
  });

  it('hides counts everywhere until the close when the setting says so, and the setting cannot reveal an open vote', async () => {
    expect(errorCodes(await editor.query(SETTINGS, { input: { hideResultsUntilClose: true } }))).toEqual(['FORBIDDEN']);
    const bad = await admin.query(SETTINGS, { input: { quorumPercent: 120 } });
    expect(bad.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('input.quorumPercent');
    await admin.data(SETTINGS, { input: { hideResultsUntilClose: true } });
    const number = await proposalInDiscussion();
    await editor.data(OPEN, { number, closesAt: inSeconds(600) });
    await admin.data(SETTINGS, { input: { hideResultsUntilClose: false } });

    const ws = subscriptionClient(app.client());
    subscriptions.push(ws);
    const feed = collect<{ proposalUpdated: { voting: { resultsHidden: boolean; tally: unknown; votes: unknown[] } } }>(
      ws,
      `subscription($number: Int!) { proposalUpdated(number: $number) { voting { resultsHidden tally { approvals } votes { choice } } } }`,
      { number },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await cast(setters[0]!, number, 'APPROVE');
    const seen = await voting(number);
    expect(seen.voting).toMatchObject({ resultsHidden: true, tally: null, votes: [] });
    const own = await voting(number, setters[0]);
    expect(own.voting?.votes).toEqual([{ choice: 'APPROVE', rationale: null, voter: expect.any(Object) }]);
    expect(own.voting?.tally).toBeNull();

    for (const setter of setters.slice(1)) await cast(setter, number, 'APPROVE');
    await editor.data(CLOSE, { number });
    // Not even the moment of a vote reaches other subscribers while results are hidden: the first push is the close.
    const [first] = await feed.until((items) => items.length >= 1);
    expect(first?.proposalUpdated.voting).toEqual({ resultsHidden: false, tally: { approvals: 4 }, votes: expect.any(Array) });
    expect((await voting(number)).voting).toMatchObject({ resultsHidden: false, tally: { approvals: 4 } });
    feed.dispose();
  });
});
