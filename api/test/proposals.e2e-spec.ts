import { applyChanges } from '@ocmf/standard';
import { inSystemTransaction } from '../src/database/system-transaction.js';
import { FrameworkService } from '../src/framework/framework.service.js';
import type { QueryLogger } from '../src/database/query-logger.js';
import { errorCodes, type GraphQLTestClient } from './support/graphql-client.js';
import { signedInAs } from './support/factories.js';
import {
  CREATE_PROPOSAL,
  type CreatedProposal,
  PROPOSAL,
  SUBMIT_PROPOSAL,
  twoChanges,
  UPDATE_PROPOSAL,
  WITHDRAW_PROPOSAL,
} from './support/proposal-operations.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { webOperation } from './support/web-documents.js';

let app: TestApp;
let author: GraphQLTestClient;
let other: GraphQLTestClient;

beforeAll(async () => {
  // No background vote closer: the query-count tests count every query the app makes.
  app = await startTestApp({ VOTING_CLOSER: 'off' });
  author = (await signedInAs(app, 'MEMBER')).client;
  other = (await signedInAs(app, 'MEMBER')).client;
});
afterAll(() => app.close());

async function proposalCount(): Promise<number> {
  const [{ count }] = (await app.running.dataSource.query('SELECT count(*)::int AS count FROM proposals')) as [{ count: number }];
  return count;
}

async function create(client: GraphQLTestClient, input = twoChanges(Math.random().toString(36).slice(2, 8))) {
  return (await client.data<CreatedProposal>(CREATE_PROPOSAL, { input })).createProposal;
}

describe('creating a proposal', () => {
  it('saves a DRAFT with sequential numbers, visible to its author only', async () => {
    const first = await create(author);
    const second = await create(author);
    expect(second.number).toBe(first.number + 1);
    expect(first).toMatchObject({ status: 'DRAFT', baseRevision: 1, touchedCategories: ['business'] });
    expect(first.touchedMeasures).toEqual(expect.arrayContaining(['time-to-smile']));

    const own = await author.data<{ proposal: { status: string; viewerCanEdit: boolean; changes: { description: string }[] } }>(PROPOSAL, {
      number: first.number,
    });
    expect(own.proposal.viewerCanEdit).toBe(true);
    expect(own.proposal.changes.map((c) => c.description)).toEqual([
      expect.stringMatching(/^Add measure Net ARR .* to Business$/),
      expect.stringContaining('Time to Smile'),
    ]);
    expect(errorCodes(await other.query(PROPOSAL, { number: first.number }))).toEqual(['PROPOSAL_NOT_FOUND']);
    expect(errorCodes(await app.client().query(PROPOSAL, { number: first.number }))).toEqual(['PROPOSAL_NOT_FOUND']);
  });

  it('refuses anonymous authors', async () => {
    expect(errorCodes(await app.client().query(CREATE_PROPOSAL, { input: twoChanges('anon') }))).toEqual(['UNAUTHENTICATED']);
  });

  const invalid: [string, (input: ReturnType<typeof twoChanges>) => unknown, string, string][] = [
    [
      'an unknown measure key',
      (i) => ({ ...i, changes: [{ op: 'UPDATE_MEASURE', measureKey: 'no-such-measure', patch: { name: 'X' } }] }),
      'UNKNOWN_MEASURE',
      'input.changes[0].measureKey',
    ],
    [
      'a duplicate key',
      (i) => ({
        ...i,
        changes: [{ ...i.changes[0], measure: { ...(i.changes[0] as { measure: object }).measure, key: 'time-to-smile' } }],
      }),
      'DUPLICATE_KEY',
      'input.changes[0].measure.key',
    ],
    [
      'focus not summing to 100',
      (i) => ({
        ...i,
        changes: [
          {
            op: 'SET_FOCUS',
            focus: [
              ['customer', 25],
              ['employee', 20],
              ['business', 30],
              ['knowledge', 20],
              ['acceleration', 10],
            ].map(([categoryKey, focusPercent]) => ({ categoryKey, focusPercent })),
          },
        ],
      }),
      'FOCUS_SUM_NOT_100',
      'input.changes[0].focus',
    ],
    [
      'an empty name',
      (i) => ({ ...i, changes: [{ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { name: '   ' } }] }),
      'EMPTY_FIELD',
      'input.changes[0].patch.name',
    ],
    [
      'retiring a measure twice',
      (i) => ({
        ...i,
        changes: [
          { op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'a' },
          { op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'b' },
        ],
      }),
      'ALREADY_RETIRED',
      'input.changes[1].measureKey',
    ],
    [
      'a category patch that empties the name',
      (i) => ({ ...i, changes: [{ op: 'UPDATE_CATEGORY', categoryKey: 'business', categoryPatch: { name: '' } }] }),
      'EMPTY_FIELD',
      'input.changes[0].categoryPatch.name',
    ],
  ];

  it.each(invalid)('refuses %s with its code and path, writing nothing', async (_label, mutate, code, path) => {
    const before = await proposalCount();
    const result = await author.query(CREATE_PROPOSAL, { input: mutate(twoChanges('bad')) });
    expect(errorCodes(result)).toEqual(['INVALID_CHANGES']);
    const issues = (result.errors?.[0]?.extensions?.issues ?? []) as unknown as { path: string; code: string }[];
    expect(issues).toContainEqual(expect.objectContaining({ code, path }));
    expect(await proposalCount()).toBe(before);
  });

  it('refuses an empty change set and a too-short title, naming the fields', async () => {
    const result = await author.query(CREATE_PROPOSAL, { input: { ...twoChanges('x'), changes: [] } });
    expect(result.errors?.[0]?.extensions?.issues).toEqual([{ path: 'input.changes', message: 'must hold at least one change' }]);
    const short = await author.query(CREATE_PROPOSAL, { input: { ...twoChanges('x'), title: 'Hi' } });
    expect(short.errors?.[0]?.extensions?.issues?.[0]).toMatchObject({ path: 'input.title', message: 'must be at least 5 characters' });
  });
});

describe('lifecycle', () => {
  it('lets only the author edit, submit and withdraw; every step is in the history', async () => {
    const { number } = await create(author);
    expect(errorCodes(await other.query(UPDATE_PROPOSAL, { input: { number, title: 'Hijacked title' } }))).toEqual(['PROPOSAL_NOT_FOUND']);
    await author.data(UPDATE_PROPOSAL, { input: { number, title: 'A better title for it' } });
    expect((await author.data<{ submitProposal: { status: string } }>(SUBMIT_PROPOSAL, { number })).submitProposal.status).toBe(
      'DISCUSSION',
    );
    expect(errorCodes(await other.query(UPDATE_PROPOSAL, { input: { number, title: 'Hijacked title' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await other.query(WITHDRAW_PROPOSAL, { number }))).toEqual(['FORBIDDEN']);
    await author.data(WITHDRAW_PROPOSAL, { number, reason: 'Folded into a larger proposal' });
    const withdrawnAgain = await author.query(WITHDRAW_PROPOSAL, { number });
    expect(errorCodes(withdrawnAgain)).toEqual(['INVALID_STATE']);
    expect(withdrawnAgain.errors?.[0]?.message).toBe('A proposal in WITHDRAWN cannot be withdrawn; it must be DRAFT or DISCUSSION.');

    const { proposal } = await app.client().data<{
      proposal: {
        title: string;
        history: {
          action: string;
          fromStatus: string | null;
          toStatus: string | null;
          reason: string | null;
          actor: { displayName: string };
        }[];
      };
    }>(PROPOSAL, { number });
    expect(proposal.title).toBe('A better title for it');
    expect(proposal.history.map((e) => [e.action, e.fromStatus, e.toStatus, e.reason])).toEqual([
      ['proposal.created', null, 'DRAFT', null],
      ['proposal.edited', null, null, null],
      ['proposal.status_changed', 'DRAFT', 'DISCUSSION', null],
      ['proposal.status_changed', 'DISCUSSION', 'WITHDRAWN', 'Folded into a larger proposal'],
    ]);
  });

  it('never reuses a number, even after a withdrawal', async () => {
    const { number } = await create(author);
    await author.data(WITHDRAW_PROPOSAL, { number });
    expect((await create(author)).number).toBe(number + 1);
  });
});

describe('conflicts with a moved draft', () => {
  it('reports each conflicting field with its path, and still applies the rest', async () => {
    const { number } = await create(author, {
      title: 'Reword Time to Smile and add a measure',
      summary: 'Two changes.',
      changes: [
        { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { definition: 'Proposed wording of the definition.' } },
        { op: 'UPDATE_MEASURE', measureKey: 'time-to-customer-value', patch: { notes: 'A note nobody else touched.' } },
      ],
    } as never);
    // Meanwhile the draft moves: someone else's merged change rewrites the same definition.
    await inSystemTransaction(app.running.dataSource, async (ctx) => {
      const framework = app.running.app.get(FrameworkService);
      const current = await framework.currentRevision(ctx);
      const moved = applyChanges(current.document, [
        { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { definition: 'Wording merged meanwhile.' } },
      ]);
      if (!moved.ok) throw new Error('test setup failed');
      await framework.appendRevision(ctx, moved.document, 'Merged elsewhere');
    });
    const { proposal } = await author.data<{
      proposal: {
        preview: {
          applies: boolean;
          againstRevision: number;
          conflicts: object[];
          after: { measures: { key: string; definition: string; notes: string | null }[] };
        };
      };
    }>(PROPOSAL, { number });
    expect(proposal.preview.applies).toBe(false);
    expect(proposal.preview.conflicts).toEqual([
      {
        changeIndex: 0,
        path: 'measures.time-to-smile.definition',
        base: expect.any(String),
        current: 'Wording merged meanwhile.',
        proposed: 'Proposed wording of the definition.',
      },
    ]);
    const after = proposal.preview.after.measures;
    expect(after.find((m) => m.key === 'time-to-smile')?.definition).toBe('Wording merged meanwhile.');
    expect(after.find((m) => m.key === 'time-to-customer-value')?.notes).toBe('A note nobody else touched.');
    // Submitting is refused until the author rebases by editing the change set.
    expect(errorCodes(await author.query(SUBMIT_PROPOSAL, { number }))).toEqual(['INVALID_CHANGES']);
  });
});

describe('the list', () => {
  it('filters by status and by measure touched, newest activity first, paginated', async () => {
    const client = (await signedInAs(app, 'MEMBER')).client;
    const numbers: number[] = [];
    for (const suffix of ['p1', 'p2', 'p3']) {
      const { number } = await create(client, twoChanges(suffix));
      await client.data(SUBMIT_PROPOSAL, { number });
      numbers.push(number);
    }
    const LIST = /* GraphQL */ `
      query List($status: ProposalStatus, $measureKey: String, $first: Int, $after: String) {
        proposals(status: $status, measureKey: $measureKey, first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            number
            status
          }
        }
      }
    `;
    type List = { proposals: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { number: number }[] } };
    const page1 = await app.client().data<List>(LIST, { measureKey: 'net-arr-p2', first: 5 });
    expect(page1.proposals.nodes.map((n) => n.number)).toEqual([numbers[1]]);
    const discussion = await app.client().data<List>(LIST, { status: 'DISCUSSION', first: 2 });
    expect(discussion.proposals.nodes.map((n) => n.number)).toEqual([numbers[2], numbers[1]]);
    expect(discussion.proposals.pageInfo.hasNextPage).toBe(true);
    const next = await app.client().data<List>(LIST, { status: 'DISCUSSION', first: 2, after: discussion.proposals.pageInfo.endCursor });
    expect(next.proposals.nodes[0]?.number).toBe(numbers[0]);
    expect(errorCodes(await app.client().query(LIST, { after: 'garbage' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('costs the same number of SQL queries for 2 or 12 proposals (no N+1)', async () => {
    const logger = app.running.dataSource.logger as QueryLogger;
    const LIST = `query { proposals(first: 100) { nodes { number title author { displayName } commentCount changes { op } } } }`;
    const count = async () => {
      const before = logger.queryCount;
      await app.client().data(LIST);
      return logger.queryCount - before;
    };
    const few = await count();
    const client = (await signedInAs(app, 'MEMBER')).client;
    for (let i = 0; i < 10; i++) {
      const { number } = await create(client);
      await client.data(SUBMIT_PROPOSAL, { number });
    }
    expect(await count()).toBe(few);
  });

  it('costs the same number of SQL queries for a proposal page with 2 or 12 comments', async () => {
    const logger = app.running.dataSource.logger as QueryLogger;
    const { number } = await create(author);
    await author.data(SUBMIT_PROPOSAL, { number });
    const people = [author, other];
    const addComments = async (count: number) => {
      for (let i = 0; i < count; i++) {
        await people[i % 2]!.data(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
          input: { proposalNumber: number, body: `Point ${i}` },
        });
      }
    };
    const count = async () => {
      const before = logger.queryCount;
      await author.data(PROPOSAL, { number });
      return logger.queryCount - before;
    };
    await addComments(2);
    const few = await count();
    await addComments(10);
    expect(await count()).toBe(few);
  });
});

describe('the proposal page’s statement budget', () => {
  it('reads the web app’s whole proposal page in at most 8 statements, and one more for a signed-in member', async () => {
    const logger = app.running.dataSource.logger as QueryLogger;
    const query = await webOperation('Proposal');
    const editor = (await signedInAs(app, 'EDITOR')).client;
    const setters = [(await signedInAs(app, 'STANDARD_SETTER')).client, (await signedInAs(app, 'STANDARD_SETTER')).client];
    const { number } = await create(author);
    await author.data(SUBMIT_PROPOSAL, { number });
    for (let i = 0; i < 6; i++) {
      const { addComment } = await other.data<{ addComment: { id: string } }>(
        `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
        { input: { proposalNumber: number, body: `Point **${i}**` } },
      );
      if (i % 2 === 0)
        await other.data(`mutation($input: EditCommentInput!) { editComment(input: $input) { id } }`, {
          input: { id: addComment.id, body: `Point ${i}, edited` },
        });
    }
    await editor.data(
      `mutation($n: Int!) { openVoting(number: $n, closesAt: "${new Date(Date.now() + 3_600_000).toISOString()}") { number } }`,
      {
        n: number,
      },
    );
    await setters[0]!.data(`mutation($input: CastVoteInput!) { castVote(input: $input) { number } }`, {
      input: { proposalNumber: number, choice: 'APPROVE' },
    });
    await setters[1]!.data(`mutation($input: CastVoteInput!) { castVote(input: $input) { number } }`, {
      input: { proposalNumber: number, choice: 'REJECT', rationale: 'Not yet.' },
    });
    const count = async (client: GraphQLTestClient) => {
      const before = logger.queryCount;
      const result = await client.query(query, { number });
      expect(result.errors).toBeUndefined();
      return logger.queryCount - before;
    };
    const anonymous = await count(app.client());
    const member = await count(other);
    // Evidence and impact share one statement (ProposalCaseStudiesLoader); comments come with their earlier versions.
    expect(anonymous).toBeLessThanOrEqual(8);
    expect(member - anonymous).toBeLessThanOrEqual(1);
  });
});
