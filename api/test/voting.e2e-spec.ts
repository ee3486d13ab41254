import { createHash } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { OUTCOME_SQL } from '../src/voting/voting.service.js';
import { VotingCloser } from '../src/voting/voting-closer.js';
import { voteOutcome } from '@ocmf/standard';
import { errorCodes, type GraphQLResponse, type GraphQLTestClient } from './support/graphql-client.js';
import { signedInAs } from './support/factories.js';
import { CREATE_PROPOSAL, type CreatedProposal, SUBMIT_PROPOSAL, twoChanges } from './support/proposal-operations.js';
import { collect, subscribed, subscriptionClient } from './support/subscriptions.js';
import { recordStatements, startTestApp, type TestApp } from './support/test-app.js';
import { webOperation } from './support/web-documents.js';

const OPEN = `mutation($number: Int!, $closesAt: DateTime) { openVoting(number: $number, closesAt: $closesAt) { number status } }`;
const CAST = `mutation($input: CastVoteInput!) { castVote(input: $input) { number } }`;
const CLOSE = `mutation($number: Int!) { closeVoting(number: $number) { number status } }`;
const MERGE = `mutation($number: Int!) { mergeProposal(number: $number) { number status mergedRevision } }`;
const SETTINGS = `mutation($input: UpdateGovernanceSettingsInput!) { updateGovernanceSettings(input: $input) { quorumPercent hideResultsUntilClose votingWindowSeconds minimumWindowSeconds } }`;
const VOTING = /* GraphQL */ `
  query Voting($number: Int!) {
    proposal(number: $number) {
      status
      lastActivityAt
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
    lastActivityAt: string;
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

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/**
 * Each describe block gets its own app and database, with its own editor, author and four standard-setters: the
 * electorate of every vote below is exactly those four, whatever other blocks do. The deadline closer is off:
 * the tests decide when deadlines pass, by moving them in the database (never by waiting).
 */
function votingFixture(env: Record<string, string> = {}) {
  const f = {} as {
    app: TestApp;
    editor: GraphQLTestClient;
    admin: GraphQLTestClient;
    author: GraphQLTestClient;
    setters: GraphQLTestClient[];
    /** A new proposal, submitted for discussion. */
    proposal(): Promise<number>;
    /** A new proposal with voting open for ten minutes. */
    voteOn(): Promise<number>;
    cast(client: GraphQLTestClient, number: number, choice: string, rationale?: string): Promise<GraphQLResponse<unknown>>;
    /** Casts and fails the test if the vote is refused. */
    vote(client: GraphQLTestClient, number: number, choice: string, rationale?: string): Promise<void>;
    voting(number: number, client?: GraphQLTestClient): Promise<Voting['proposal']>;
    /** Moves a vote's deadline into the past, as if its window had run out. */
    expire(number: number): Promise<void>;
  };
  beforeAll(async () => {
    f.app = await startTestApp({ VOTING_CLOSER: 'off', ...env });
    f.editor = (await signedInAs(f.app, 'EDITOR')).client;
    f.admin = (await signedInAs(f.app, 'ADMIN')).client;
    f.author = (await signedInAs(f.app, 'MEMBER')).client;
    f.setters = [];
    for (let i = 0; i < 4; i++) f.setters.push((await signedInAs(f.app, 'STANDARD_SETTER')).client);
  });
  afterAll(() => f.app.close());
  f.proposal = async () => {
    const suffix = createHash('sha1').update(String(Math.random())).digest('hex').slice(0, 6);
    const { number } = (await f.author.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges(suffix) })).createProposal;
    await f.author.data(SUBMIT_PROPOSAL, { number });
    return number;
  };
  f.voteOn = async () => {
    const number = await f.proposal();
    await f.editor.data(OPEN, { number, closesAt: inMinutes(10) });
    return number;
  };
  f.cast = (client, number, choice, rationale) => client.query(CAST, { input: { proposalNumber: number, choice, rationale } });
  f.vote = async (client, number, choice, rationale) => {
    const result = await f.cast(client, number, choice, rationale);
    expect(result.errors).toBeUndefined();
  };
  f.voting = async (number, client = f.app.client()) => (await client.data<Voting>(VOTING, { number })).proposal;
  f.expire = async (number) => {
    await f.app.running.dataSource.query(
      `UPDATE ballots SET opened_at = clock_timestamp() - interval '2 hours', closes_at = clock_timestamp() - interval '1 second'
        WHERE proposal_id = (SELECT id FROM proposals WHERE number = $1)`,
      [number],
    );
  };
  return f;
}

describe('opening a vote', () => {
  const f = votingFixture();

  it('is for editors, on a proposal in DISCUSSION, with a closing time in the future', async () => {
    const number = await f.proposal();
    expect(errorCodes(await f.author.query(OPEN, { number }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await f.editor.query(OPEN, { number, closesAt: new Date(Date.now() - 1000).toISOString() }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const opened = await f.editor.data<{ openVoting: { status: string } }>(OPEN, { number });
    expect(opened.openVoting.status).toBe('VOTING');
    const view = await f.voting(number);
    expect(view.voting).toMatchObject({ isOpen: true, electorate: 4, quorumVotesNeeded: 2, outcome: null, tally: { voted: 0 } });
    expect(errorCodes(await f.editor.query(OPEN, { number }))).toEqual(['INVALID_STATE']);
  });
});

describe('the minimum voting window', () => {
  // No VOTING_MIN_WINDOW_SECONDS here: the governance setting rules, and it defaults to 24 hours.
  const f = votingFixture({ VOTING_MIN_WINDOW_SECONDS: '' });

  it('refuses a vote shorter than the governance minimum, naming the field, and writes nothing', async () => {
    const number = await f.proposal();
    const short = await f.editor.query(OPEN, { number, closesAt: new Date(Date.now() + 1000).toISOString() });
    expect(errorCodes(short)).toEqual(['BAD_USER_INPUT']);
    expect(short.errors?.[0]?.extensions?.issues?.[0]).toEqual({
      path: 'closesAt',
      message: 'must be at least 1 day from now (the governance minimum)',
    });
    expect((await f.voting(number)).status).toBe('DISCUSSION');
    const [{ count }] = (await f.app.running.dataSource.query(`SELECT count(*)::int AS count FROM ballots`)) as [{ count: number }];
    expect(count).toBe(0);
    expect(errorCodes(await f.editor.query(OPEN, { number, closesAt: inMinutes(25 * 60) }))).toEqual([]);
  });

  it('is a setting an admin can lower', async () => {
    await f.admin.data(SETTINGS, { input: { minimumWindowSeconds: 3600 } });
    const number = await f.proposal();
    expect(errorCodes(await f.editor.query(OPEN, { number, closesAt: inMinutes(30) }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await f.editor.query(OPEN, { number, closesAt: inMinutes(61) }))).toEqual([]);
  });
});

describe('casting votes', () => {
  const f = votingFixture();

  it('lets only electors vote, requires a reason to reject, and counts only the latest vote', async () => {
    const number = await f.proposal();
    expect(errorCodes(await f.cast(f.setters[0]!, number, 'APPROVE'))).toEqual(['INVALID_STATE']);
    await f.editor.data(OPEN, { number, closesAt: inMinutes(10) });
    expect(errorCodes(await f.cast(f.author, number, 'APPROVE'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await f.cast(f.editor, number, 'APPROVE'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await f.cast(f.admin, number, 'APPROVE'))).toEqual(['FORBIDDEN']);
    const noReason = await f.cast(f.setters[0]!, number, 'REJECT');
    expect(noReason.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('input.rationale');

    await f.vote(f.setters[0]!, number, 'REJECT', 'The formula double-counts expansion.');
    await f.vote(f.setters[0]!, number, 'APPROVE', 'Convinced by the reply.');
    await f.vote(f.setters[1]!, number, 'ABSTAIN');
    const view = await f.voting(number, f.setters[0]);
    expect(view.voting?.tally).toEqual({ approvals: 1, rejections: 0, abstentions: 1, voted: 2 });
    expect(view.voting?.viewerVote).toEqual({ choice: 'APPROVE' });
    expect(view.voting?.history.map((v) => [v.choice, v.current])).toEqual([
      ['REJECT', false],
      ['APPROVE', true],
      ['ABSTAIN', true],
    ]);
    expect(view.voting?.votes.find((v) => v.choice === 'APPROVE')?.rationale).toBe('Convinced by the reply.');
  });

  it('answers the web app’s CastVote with the tally and the voter’s own vote, never reading the history that grows with changes', async () => {
    const number = await f.voteOn();
    const castVote = await webOperation('CastVote');
    type Answer = { castVote: { voting: { tally: { voted: number }; viewerVote: { choice: string } } } };
    const answers: { voted: number; mine: string; size: number; statements: string[] }[] = [];
    for (const [i, choice] of (['APPROVE', 'ABSTAIN', 'ABSTAIN', 'APPROVE'] as const).entries()) {
      const { result, statements } = await recordStatements(f.app, () =>
        f.setters[i % 2]!.query<Answer>(castVote, { input: { proposalNumber: number, choice } }),
      );
      expect(result.errors).toBeUndefined();
      const { voting } = result.data!.castVote;
      answers.push({ voted: voting.tally.voted, mine: voting.viewerVote.choice, size: JSON.stringify(result.data).length, statements });
    }
    expect(answers.map(({ voted, mine }) => [voted, mine])).toEqual([
      [1, 'APPROVE'],
      [2, 'ABSTAIN'],
      [2, 'ABSTAIN'],
      [2, 'APPROVE'],
    ]);
    // Each voter's answer weighs the same once the other has voted: it does not list the votes.
    expect(answers[2]!.size).toBe(answers[0]!.size);
    expect(answers[3]!.size).toBe(answers[1]!.size);
    expect(answers.flatMap(({ statements }) => statements.filter((query) => /FROM\s+"?vote_history"?/i.test(query)))).toEqual([]);
    // A first vote makes the voter follow the proposal, through the outbox; a change has nothing more to store.
    const stored = (statements: string[]) => statements.filter((sql) => /INSERT INTO "?(outbox_events|follows)"?/i.test(sql)).length;
    expect(answers.map(({ statements }) => stored(statements))).toEqual([2, 2, 0, 0]);
    expect(
      await f.app.running.dataSource.query(
        `SELECT count(*)::int AS n FROM follows WHERE kind = 'PROPOSAL' AND key = $1 AND following AND automatic`,
        [String(number)],
      ),
    ).toEqual([{ n: 3 }]); // its author and the two voters
    // The history, when asked for, still has every change.
    const view = await f.voting(number, f.setters[0]);
    expect(view.voting?.history.map((vote) => [vote.choice, vote.current])).toEqual([
      ['APPROVE', false],
      ['ABSTAIN', false],
      ['ABSTAIN', true],
      ['APPROVE', true],
    ]);
  });

  it('pages the vote history, oldest first, with the sizes of the whole of it', async () => {
    const number = await f.voteOn();
    for (const [i, choice] of (['APPROVE', 'ABSTAIN', 'REJECT', 'APPROVE', 'ABSTAIN'] as const).entries()) {
      await f.vote(f.setters[i % 2]!, number, choice, choice === 'REJECT' ? 'Not measurable yet.' : undefined);
    }
    type Page = {
      nodes: { choice: string; current: boolean; rationale: string | null; voter: { displayName: string } }[];
      totalCount: number;
      changedCount: number;
      hasNextPage: boolean;
      endCursor: string | null;
    };
    const page = async (after: string | null, client = f.app.client()) => {
      const result = await client.query<{ proposal: { voting: { historyPage: Page } } }>(
        `query($number: Int!, $after: ID) { proposal(number: $number) { voting { historyPage(first: 2, after: $after) {
           nodes { choice current rationale voter { displayName } } totalCount changedCount hasNextPage endCursor } } } }`,
        { number, after },
      );
      return result;
    };
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const result = await page(after);
      expect(result.errors).toBeUndefined();
      pages.push(result.data!.proposal.voting.historyPage);
      after = pages.at(-1)!.hasNextPage ? pages.at(-1)!.endCursor : null;
    } while (after);
    expect(pages.map((p) => p.nodes.map((n) => [n.choice, n.current]))).toEqual([
      [
        ['APPROVE', false],
        ['ABSTAIN', false],
      ],
      [
        ['REJECT', false],
        ['APPROVE', true],
      ],
      [['ABSTAIN', true]],
    ]);
    expect(pages.map(({ totalCount, changedCount }) => [totalCount, changedCount])).toEqual([
      [5, 3],
      [5, 3],
      [5, 3],
    ]);
    expect(pages[1]!.nodes[0]!.rationale).toBe('Not measurable yet.');
    // After the last entry: an empty page that still counts the whole history.
    const end = (await page(pages[2]!.endCursor)).data!.proposal.voting.historyPage;
    expect(end).toMatchObject({ nodes: [], totalCount: 5, changedCount: 3, hasNextPage: false });
    const bad = await page('not-a-cursor');
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('after');
  });

  it('keeps exactly one current vote when one voter sends 50 identical votes at once', async () => {
    const number = await f.voteOn();
    const results = await Promise.all(Array.from({ length: 50 }, () => f.cast(f.setters[2]!, number, 'APPROVE')));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [{ votes, history }] = (await f.app.running.dataSource.query(
      `SELECT (SELECT count(*)::int FROM votes v WHERE v.ballot_id = b.id) AS votes,
              (SELECT count(*)::int FROM vote_history h WHERE h.ballot_id = b.id) AS history
         FROM ballots b JOIN proposals p ON p.id = b.proposal_id WHERE p.number = $1`,
      [number],
    )) as [{ votes: number; history: number }];
    expect({ votes, history }).toEqual({ votes: 1, history: 1 });
  });

  it('refuses a vote after the deadline even before the vote has been closed', async () => {
    const number = await f.voteOn();
    await f.vote(f.setters[0]!, number, 'APPROVE');
    await f.expire(number);
    expect(errorCodes(await f.cast(f.setters[1]!, number, 'APPROVE'))).toEqual(['VOTING_CLOSED']);
    expect((await f.voting(number)).status).toBe('VOTING');
  });
});

describe('a large electorate', () => {
  const f = votingFixture();

  it('counts 100 voters voting in parallel exactly', async () => {
    const voters: GraphQLTestClient[] = [];
    for (let i = 0; i < 100; i++) voters.push((await signedInAs(f.app, 'STANDARD_SETTER')).client);
    const number = await f.voteOn();
    const activityBefore = (await f.voting(number)).lastActivityAt;
    const choices = voters.map((_, i) => (i % 4 === 0 ? 'REJECT' : i % 4 === 1 ? 'ABSTAIN' : 'APPROVE'));
    const results = await Promise.all(
      voters.map((voter, i) => f.cast(voter, number, choices[i]!, choices[i] === 'REJECT' ? 'No' : undefined)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const view = await f.voting(number);
    expect(view.voting?.electorate).toBe(104);
    expect(view.voting?.tally).toEqual({ approvals: 50, rejections: 25, abstentions: 25, voted: 100 });
    // Votes in flight together skip the proposal row one of them holds, but the activity time still moves.
    expect(Date.parse(view.lastActivityAt)).toBeGreaterThan(Date.parse(activityBefore));
  });
});

describe('a fixed electorate', () => {
  const f = votingFixture();
  const SET_ROLE = `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { role } }`;

  const emailOf = async (client: GraphQLTestClient) => (await client.data<{ me: { email: string } }>('{ me { email } }')).me.email;
  const setRole = async (email: string, role: string) =>
    f.admin.data(SET_ROLE, { input: { email, role, reason: 'Changes during the vote' } });

  it('is the standard-setters when voting opened: a late promotion cannot vote, a demotion keeps its vote', async () => {
    const number = await f.voteOn();
    const late = await signedInAs(f.app, 'MEMBER');
    await setRole(late.email, 'STANDARD_SETTER');
    const refused = await f.cast(late.client, number, 'APPROVE');
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toMatch(/the standard-setters at the moment voting opened/);
    expect((await f.voting(number, late.client)).voting?.viewerCanVote).toBe(false);

    // An elector demoted during the vote is still one of its electors.
    const demoted = f.setters[3]!;
    await setRole(await emailOf(demoted), 'MEMBER');
    expect((await f.voting(number, demoted)).voting?.viewerCanVote).toBe(true);
    await f.vote(demoted, number, 'APPROVE');
    expect((await f.voting(number)).voting).toMatchObject({ electorate: 4, quorumVotesNeeded: 2, tally: { voted: 1 } });

    // Both role changes leave this vote as it was; they restore the four standard-setters for the next test.
    await setRole(late.email, 'MEMBER');
    await setRole(await emailOf(demoted), 'STANDARD_SETTER');
  });

  it('closes early only once every original elector has voted, and words the outcome with them', async () => {
    const number = await f.voteOn();
    const [elector, ...others] = f.setters as [GraphQLTestClient, ...GraphQLTestClient[]];
    // During the vote one elector loses the role and a newcomer gains it: "everyone has voted" still means the four.
    await setRole(await emailOf(elector), 'MEMBER');
    const newcomer = await signedInAs(f.app, 'STANDARD_SETTER');
    for (const setter of others) await f.vote(setter, number, 'APPROVE');
    expect(errorCodes(await f.cast(newcomer.client, number, 'APPROVE'))).toEqual(['FORBIDDEN']);
    const early = await f.editor.query(CLOSE, { number });
    expect(errorCodes(early)).toEqual(['INVALID_STATE']);
    expect(early.errors?.[0]?.message).toContain('1 standard-setter(s) have not voted');
    await f.vote(elector, number, 'REJECT', 'Not convinced.');
    expect((await f.editor.data<{ closeVoting: { status: string } }>(CLOSE, { number })).closeVoting.status).toBe('ACCEPTED');
    expect((await f.voting(number)).voting?.outcomeReason).toBe('Approved: 3 approve, 1 reject, 0 abstain (4 of 4 voted).');
  });
});

describe('closing', () => {
  const f = votingFixture();

  it('closes by itself at the deadline, computing quorum and threshold in the database', async () => {
    const passed = await f.voteOn();
    const noQuorum = await f.voteOn();
    const rejected = await f.voteOn();
    await f.vote(f.setters[0]!, passed, 'APPROVE');
    await f.vote(f.setters[1]!, passed, 'APPROVE');
    await f.vote(f.setters[2]!, passed, 'REJECT', 'Not yet');
    await f.vote(f.setters[0]!, noQuorum, 'APPROVE');
    await f.vote(f.setters[0]!, rejected, 'APPROVE');
    await f.vote(f.setters[1]!, rejected, 'REJECT', 'Too vague');
    await f.vote(f.setters[2]!, rejected, 'ABSTAIN');
    for (const number of [passed, noQuorum, rejected]) await f.expire(number);
    expect(await f.app.running.app.get(VotingCloser).closeDue()).toBe(3);

    const a = await f.voting(passed);
    expect(a.status).toBe('ACCEPTED');
    expect(a.voting).toMatchObject({ outcome: 'PASSED', isOpen: false, tally: { approvals: 2, rejections: 1, abstentions: 0 } });
    const b = await f.voting(noQuorum);
    expect(b.status).toBe('REJECTED');
    expect(b.voting?.outcome).toBe('QUORUM_NOT_REACHED');
    expect(b.voting?.outcomeReason).toBe('Quorum not reached: 1 of 4 standard-setters voted, 2 needed (1 approve, 0 reject, 0 abstain).');
    const c = await f.voting(rejected);
    expect(c.voting?.outcome).toBe('THRESHOLD_NOT_MET');
    expect(c.history.at(-1)).toMatchObject({ action: 'proposal.status_changed', toStatus: 'REJECTED', actor: null });
  });

  it('yields one outcome when the job runs twice and an editor closes at the same time', async () => {
    const number = await f.voteOn();
    await f.vote(f.setters[0]!, number, 'APPROVE');
    await f.vote(f.setters[1]!, number, 'APPROVE');
    await f.expire(number);
    const closer = f.app.running.app.get(VotingCloser);
    const [, , byEditor] = await Promise.all([closer.closeDue(), closer.closeDue(), f.editor.query(CLOSE, { number })]);
    expect(byEditor.errors).toBeUndefined();
    const view = await f.voting(number);
    expect(view.status).toBe('ACCEPTED');
    expect(view.history.filter((e) => e.toStatus === 'ACCEPTED')).toHaveLength(1);
  });

  it('computes in SQL exactly the outcome packages/standard computes, on a table of cases', async () => {
    const cases: [number, number, number, number, number, number, number][] = [];
    for (const electorate of [1, 3, 4, 7])
      for (const quorum of [0, 50, 67, 100])
        for (const [n, d] of [
          [1, 2],
          [2, 3],
          [3, 4],
        ] as const)
          for (let approvals = 0; approvals <= electorate; approvals++)
            for (let rejections = 0; approvals + rejections <= electorate; rejections++)
              for (const abstentions of [0, electorate - approvals - rejections])
                cases.push([electorate, quorum, n, d, approvals, rejections, abstentions]);
    const rows = (await f.app.running.dataSource.query(
      `SELECT ${OUTCOME_SQL} AS outcome
         FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[]) WITH ORDINALITY
              AS c(electorate, quorum_percent, threshold_numerator, threshold_denominator, approvals, rejections, abstentions, i)
         CROSS JOIN LATERAL (SELECT c.electorate, c.quorum_percent, c.threshold_numerator, c.threshold_denominator) b
         CROSS JOIN LATERAL (SELECT c.approvals, c.rejections, c.abstentions) t
        ORDER BY c.i`,
      [0, 1, 2, 3, 4, 5, 6].map((column) => cases.map((row) => row[column])),
    )) as { outcome: string }[];
    expect(rows).toHaveLength(cases.length);
    const typescript = cases.map(
      ([electorate, quorumPercent, thresholdNumerator, thresholdDenominator, approvals, rejections, abstentions]) =>
        voteOutcome({ approvals, rejections, abstentions }, { electorate, quorumPercent, thresholdNumerator, thresholdDenominator }),
    );
    expect(rows.map((row) => row.outcome)).toEqual(typescript);
  });
});

describe('merging', () => {
  const f = votingFixture();

  it('applies an ACCEPTED proposal to the draft, advancing its revision', async () => {
    const number = await f.voteOn();
    for (const setter of f.setters) await f.vote(setter, number, 'APPROVE');
    expect(errorCodes(await f.editor.query(MERGE, { number }))).toEqual(['INVALID_STATE']);
    await f.editor.data(CLOSE, { number });
    const before = (await f.app.client().data<{ draft: { revision: number } }>('{ draft { revision } }')).draft.revision;
    const merged = await f.editor.data<{ mergeProposal: { status: string; mergedRevision: number } }>(MERGE, { number });
    expect(merged.mergeProposal).toEqual({ number, status: 'MERGED', mergedRevision: before + 1 });
    const { draft } = await f.app
      .client()
      .data<{ draft: { revision: number; measures: { key: string }[] } }>('{ draft { revision measures { key } } }');
    expect(draft.revision).toBe(before + 1);
    expect(draft.measures.some((m) => m.key.startsWith('net-arr-'))).toBe(true);
  });
});

describe('governance settings and live updates', () => {
  const f = votingFixture();
  let subscriptions: Client[] = [];
  afterEach(async () => {
    for (const client of subscriptions) await client.dispose();
    subscriptions = [];
  });

  it('pushes each vote to subscribers as it is cast, and every later push is read fresh (outcome included)', async () => {
    const number = await f.voteOn();
    const ws = subscriptionClient(f.setters[1]!);
    subscriptions.push(ws);
    type Pushed = {
      proposalUpdated: { status: string; voting: { outcome: string | null; tally: { approvals: number } | null; viewerCanVote: boolean } };
    };
    const feed = collect<Pushed>(
      ws,
      `subscription($number: Int!) { proposalUpdated(number: $number) { status voting { outcome viewerCanVote tally { approvals } } } }`,
      { number },
    );
    await subscribed(f.app, 1);
    await f.vote(f.setters[0]!, number, 'APPROVE');
    const [first] = await feed.until((items) => items.length >= 1);
    expect(first?.proposalUpdated.voting).toEqual({ outcome: null, viewerCanVote: true, tally: { approvals: 1 } });
    for (const setter of f.setters.slice(1)) await f.vote(setter, number, 'APPROVE');
    await f.editor.data(CLOSE, { number });
    const pushes = await feed.until((items) => items.some((item) => item.proposalUpdated.status === 'ACCEPTED'));
    // One push per vote and one for the close, each read when it is sent (so a push may already show a later vote).
    const tallies = pushes.map((item) => item.proposalUpdated.voting.tally?.approvals ?? 0);
    expect(tallies).toHaveLength(5);
    expect(tallies).toEqual([...tallies].sort((a, b) => a - b));
    expect(pushes.at(-1)?.proposalUpdated).toEqual({
      status: 'ACCEPTED',
      voting: { outcome: 'PASSED', viewerCanVote: false, tally: { approvals: 4 } },
    });
    feed.dispose();
  });

  it('hides counts everywhere until the close when the setting says so, and the setting cannot reveal an open vote', async () => {
    expect(errorCodes(await f.editor.query(SETTINGS, { input: { hideResultsUntilClose: true } }))).toEqual(['FORBIDDEN']);
    const bad = await f.admin.query(SETTINGS, { input: { quorumPercent: 120 } });
    expect(bad.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('input.quorumPercent');
    await f.admin.data(SETTINGS, { input: { hideResultsUntilClose: true } });
    const number = await f.voteOn();
    await f.admin.data(SETTINGS, { input: { hideResultsUntilClose: false } });
    const activityBefore = (await f.voting(number)).lastActivityAt;

    const ws = subscriptionClient(f.app.client());
    subscriptions.push(ws);
    const feed = collect<{ proposalUpdated: { status: string; voting: { resultsHidden: boolean; tally: unknown; votes: unknown[] } } }>(
      ws,
      `subscription($number: Int!) { proposalUpdated(number: $number) { status voting { resultsHidden tally { approvals } votes { choice } } } }`,
      { number },
    );
    await subscribed(f.app, 1);
    await f.vote(f.setters[0]!, number, 'APPROVE');
    const seen = await f.voting(number);
    expect(seen.voting).toMatchObject({ resultsHidden: true, tally: null, votes: [] });
    // Not even the moment of a vote shows: the proposal's activity time stays where it was.
    expect(seen.lastActivityAt).toBe(activityBefore);
    const own = await f.voting(number, f.setters[0]);
    expect(own.voting?.votes).toEqual([{ choice: 'APPROVE', rationale: null, voter: expect.any(Object) }]);
    expect(own.voting?.tally).toBeNull();
    const historyOf = async (client = f.app.client()) =>
      (
        await client.data<{ proposal: { voting: { historyPage: { totalCount: number; nodes: { choice: string }[] } } } }>(
          `query($number: Int!) { proposal(number: $number) { voting { historyPage { totalCount nodes { choice } } } } }`,
          { number },
        )
      ).proposal.voting.historyPage;
    expect(await historyOf()).toEqual({ totalCount: 0, nodes: [] });
    expect(await historyOf(f.setters[0])).toEqual({ totalCount: 1, nodes: [{ choice: 'APPROVE' }] });
    expect(await historyOf(f.setters[1])).toEqual({ totalCount: 0, nodes: [] });
    // An editor trying to close early learns neither how many have voted nor how many have not.
    const early = await f.editor.query(CLOSE, { number });
    expect(errorCodes(early)).toEqual(['INVALID_STATE']);
    expect(early.errors?.[0]?.message).not.toMatch(/\d+ standard-setter/);

    for (const setter of f.setters.slice(1)) await f.vote(setter, number, 'APPROVE');
    await f.editor.data(CLOSE, { number });
    // Events arrive in order, so the close being the first push means no vote was pushed before it.
    const [first] = await feed.until((items) => items.length >= 1);
    expect(first?.proposalUpdated).toEqual({
      status: 'ACCEPTED',
      voting: { resultsHidden: false, tally: { approvals: 4 }, votes: expect.any(Array) },
    });
    expect((await f.voting(number)).voting).toMatchObject({ resultsHidden: false, tally: { approvals: 4 } });
    feed.dispose();
  });
});
