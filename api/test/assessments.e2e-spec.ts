import { createHash } from 'node:crypto';
import {
  assessedMeasures,
  type AssessmentAnswer,
  type FrameworkDocument,
  netArrMeasure,
  ocmfV1Document,
  ocmfV1Release,
  type Tracking,
} from '@ocmf/standard';
import type { QueryLogger } from '../src/database/query-logger.js';
import { inSystemTransaction } from '../src/database/system-transaction.js';
import type { DomainEvent } from '../src/events/domain-events.js';
import { EventBus } from '../src/events/event-bus.js';
import { ReleasesService } from '../src/releases/releases.service.js';
import { signedInAs } from './support/factories.js';
import { errorCodes, type GraphQLResponse, type GraphQLTestClient } from './support/graphql-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ASSESSMENT_FIELDS = `
  id status releaseVersion completedAt viewerIsOwner sharedAt contributed otherMeasures
  timeSplit { categoryKey percent }
  answers { measureKey tracking usage currentValue }
  result {
    coveragePercent guidingPercent gradingPercent untrackedMeasureKeys reading
    categories { categoryKey focusPercent timePercent coveragePercent guidingPercent gradingPercent applicableCount trackedCount }
  }
`;
const START = `mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;
const SAVE = `mutation($input: SaveAssessmentInput!) { saveAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;
const COMPLETE = `mutation($id: ID!) { completeAssessment(id: $id) { ${ASSESSMENT_FIELDS} } }`;
const GET = `query($id: ID!) { assessment(id: $id) { ${ASSESSMENT_FIELDS} } }`;
const MINE = `query { myAssessments { id status releaseVersion } }`;
const SHARE = `mutation($id: ID!) { shareAssessment(id: $id) { url token } }`;
const SHARED = `query($token: String!) { sharedAssessment(token: $token) { ${ASSESSMENT_FIELDS} } }`;
const REVOKE = `mutation($id: ID!) { revokeAssessmentShare(id: $id) { id sharedAt } }`;
const CONTRIBUTE = `mutation($id: ID!) { contributeAssessment(id: $id) { id contributed } }`;
const BENCHMARK = `query($version: String!) {
  assessmentBenchmark(releaseVersion: $version) {
    releaseVersion contributions minimumContributions
    categories { categoryKey name coverage { p25 median p75 } timePercent { p25 median p75 } }
  }
}`;

type CategoryResult = {
  categoryKey: string;
  focusPercent: number;
  timePercent: number | null;
  coveragePercent: number | null;
  guidingPercent: number | null;
  gradingPercent: number | null;
  applicableCount: number;
  trackedCount: number;
};
type Assessment = {
  id: string;
  status: string;
  releaseVersion: string;
  completedAt: string | null;
  viewerIsOwner: boolean;
  sharedAt: string | null;
  contributed: boolean | null;
  otherMeasures: string[];
  timeSplit: { categoryKey: string; percent: number }[];
  answers: AssessmentAnswer[];
  result: {
    coveragePercent: number | null;
    guidingPercent: number | null;
    gradingPercent: number | null;
    untrackedMeasureKeys: string[];
    reading: string[];
    categories: CategoryResult[];
  };
};
type Quartiles = { p25: number; median: number; p75: number };
type Benchmark = {
  releaseVersion: string;
  contributions: number;
  minimumContributions: number;
  categories: { categoryKey: string; name: string; coverage: Quartiles | null; timePercent: Quartiles | null }[];
};

const v1 = ocmfV1Document;
const CATEGORY_KEYS = ['customer', 'employee', 'business', 'knowledge', 'acceleration'];
const split = (...percents: number[]) => CATEGORY_KEYS.map((categoryKey, i) => ({ categoryKey, percent: percents[i] ?? 0 }));
const answerAll = (doc: FrameworkDocument, tracking: (key: string) => Tracking = () => 'NO'): AssessmentAnswer[] =>
  assessedMeasures(doc).map((m) => {
    const t = tracking(m.key);
    return { measureKey: m.key, tracking: t, usage: t === 'YES' || t === 'PARTLY' ? 'GUIDING' : null, currentValue: null };
  });

/** 2.0.0: adds Net ARR and retires Self-Service Success, published as a release (the version rule is the publisher's). */
const v2: FrameworkDocument = {
  categories: v1.categories,
  measures: [
    ...v1.measures.map((m) => (m.key === 'self-service-success' ? { ...m, status: 'RETIRED' as const } : m)),
    { ...netArrMeasure, formula: netArrMeasure.formula ?? null, aliases: netArrMeasure.aliases ?? [], notes: netArrMeasure.notes ?? null },
  ],
};

let app: TestApp;
let alice: GraphQLTestClient;
let bob: GraphQLTestClient;

beforeAll(async () => {
  app = await startTestApp({ VOTING_CLOSER: 'off', PUBLIC_URL: 'https://commons.example.org' });
  await inSystemTransaction(app.running.dataSource, (ctx) =>
    app.running.app
      .get(ReleasesService)
      .insert(
        ctx,
        { version: '2.0.0', title: 'Second edition', notes: '', publishedAt: new Date(), license: ocmfV1Release.license },
        v2,
        1,
        { previousVersion: '1.0.0', changelog: [] },
      ),
  );
  alice = (await signedInAs(app, 'MEMBER')).client;
  bob = (await signedInAs(app, 'MEMBER')).client;
});
afterAll(() => app.close());

const userIdOf = async (client: GraphQLTestClient) => (await client.data<{ me: { id: string } }>('{ me { id } }')).me.id;
const start = async (client: GraphQLTestClient, releaseVersion: string, copyFrom?: string) =>
  (await client.data<{ startAssessment: Assessment }>(START, { input: { releaseVersion, copyFrom } })).startAssessment;
const save = (client: GraphQLTestClient, input: Record<string, unknown>) => client.query<{ saveAssessment: Assessment }>(SAVE, { input });
const get = async (client: GraphQLTestClient, id: string) => (await client.data<{ assessment: Assessment }>(GET, { id })).assessment;

/** A completed assessment of a release by `client`: every measure answered NO. */
async function completed(client: GraphQLTestClient, version: string, doc: FrameworkDocument, timeSplit = split(20, 20, 30, 20, 10)) {
  const { id } = await start(client, version);
  const saved = await save(client, { id, timeSplit, answers: answerAll(doc), otherMeasures: [] });
  expect(saved.errors).toBeUndefined();
  await client.data(COMPLETE, { id });
  return id;
}

/** Collects the domain events published while `work` runs. */
async function eventsDuring(work: () => Promise<unknown>): Promise<DomainEvent[]> {
  const events: DomainEvent[] = [];
  const stream = app.running.app.get(EventBus).stream();
  const reading = (async () => {
    for await (const event of stream) events.push(event);
  })();
  await work();
  await stream.return?.();
  await reading;
  return events;
}

describe('taking an assessment', () => {
  let firstId: string;

  it('starts, saves in steps, completes and scores against the release', async () => {
    const started = await start(alice, '1.0.0');
    expect(started).toMatchObject({ status: 'IN_PROGRESS', releaseVersion: '1.0.0', viewerIsOwner: true, timeSplit: [], answers: [] });
    firstId = started.id;

    // Step 1: leadership time only.
    const step1 = await save(alice, { id: firstId, timeSplit: split(55, 10, 15, 10, 10), answers: [], otherMeasures: [] });
    expect(step1.errors).toBeUndefined();
    expect(step1.data?.saveAssessment.timeSplit[0]).toEqual({ categoryKey: 'customer', percent: 55 });

    // Completing now is refused: no measure is answered.
    const early = await alice.query(COMPLETE, { id: firstId });
    expect(errorCodes(early)).toEqual(['ASSESSMENT_INCOMPLETE']);
    expect(early.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('answers');

    // Steps 2 and 3: every measure, and what else is measured.
    const answers = answerAll(v1, (key) =>
      key === 'customer-engagement-score' ? 'YES' : key === 'customer-serviceability-suggestions-accepted' ? 'PARTLY' : 'NO',
    ).map((a) =>
      a.measureKey === 'self-service-success'
        ? { ...a, tracking: 'NOT_APPLICABLE' as const }
        : a.measureKey === 'customer-serviceability-suggestions-accepted'
          ? { ...a, usage: 'GRADING' as const, currentValue: 12.5 }
          : a,
    );
    const step3 = await save(alice, {
      id: firstId,
      timeSplit: split(55, 10, 15, 10, 10),
      answers,
      otherMeasures: ['  Average handle time ', 'Tickets closed per agent'],
    });
    expect(step3.errors).toBeUndefined();
    expect(step3.data?.saveAssessment.otherMeasures).toEqual(['Average handle time', 'Tickets closed per agent']);

    const events = await eventsDuring(() => alice.data(COMPLETE, { id: firstId }));
    const done = await get(alice, firstId);
    expect(done.status).toBe('COMPLETED');
    expect(done.completedAt).not.toBeNull();
    const customer = done.result.categories.find((c) => c.categoryKey === 'customer');
    expect(customer).toEqual({
      categoryKey: 'customer',
      focusPercent: 20,
      timePercent: 55,
      coveragePercent: 75,
      guidingPercent: 50,
      gradingPercent: 50,
      applicableCount: 2,
      trackedCount: 2,
    });
    expect(done.result.categories.find((c) => c.categoryKey === 'employee')?.coveragePercent).toBe(0);
    expect(done.result.reading).toContain('You spend 55% of leadership time on Customer; OCMF suggests 20%.');
    expect(done.result.untrackedMeasureKeys).toContain('time-to-smile');
    expect(done.answers.find((a) => a.measureKey === 'customer-serviceability-suggestions-accepted')?.currentValue).toBe(12.5);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'AssessmentCompleted',
        assessmentId: firstId,
        releaseVersion: '1.0.0',
        ownerId: await userIdOf(alice),
      }),
    ]);

    // A completed assessment no longer changes.
    const late = await save(alice, { id: firstId, timeSplit: split(20, 20, 30, 20, 10), answers, otherMeasures: [] });
    expect(errorCodes(late)).toEqual(['INVALID_STATE']);
    expect(errorCodes(await alice.query(COMPLETE, { id: firstId }))).toEqual(['INVALID_STATE']);
  });

  it('offers what changed since the release assessed, when a newer one exists', async () => {
    type Changes = {
      assessment: {
        changesSinceRelease: {
          from: { version: string };
          to: { version: string };
          diff: { measures: { added: { key: string }[]; retired: { key: string }[] } };
        } | null;
      };
    };
    const QUERY = `query($id: ID!) { assessment(id: $id) { changesSinceRelease { from { version } to { version } diff } } }`;
    const { changesSinceRelease } = (await alice.data<Changes>(QUERY, { id: firstId })).assessment;
    expect(changesSinceRelease?.from.version).toBe('1.0.0');
    expect(changesSinceRelease?.to.version).toBe('2.0.0');
    expect(changesSinceRelease?.diff.measures.added.map((m) => m.key)).toEqual(['net-annual-recurring-revenue']);
    expect(changesSinceRelease?.diff.measures.retired.map((m) => m.key)).toEqual(['self-service-success']);
  });

  it('retakes on the latest release, starting from the answers that still hold', async () => {
    const retake = await start(alice, 'latest', firstId);
    expect(retake.releaseVersion).toBe('2.0.0');
    expect(retake.status).toBe('IN_PROGRESS');
    expect(retake.timeSplit).toEqual(split(55, 10, 15, 10, 10));
    expect(retake.otherMeasures).toEqual(['Average handle time', 'Tickets closed per agent']);
    const keys = retake.answers.map((a) => a.measureKey);
    expect(keys).not.toContain('self-service-success');
    expect(keys).toHaveLength(assessedMeasures(v1).length - 1);

    const incomplete = await alice.query(COMPLETE, { id: retake.id });
    expect(errorCodes(incomplete)).toEqual(['ASSESSMENT_INCOMPLETE']);
    expect(incomplete.errors?.[0]?.message).toMatch(/1 left: Net Annual Recurring Revenue/);

    const answers = [
      ...retake.answers,
      { measureKey: 'net-annual-recurring-revenue', tracking: 'YES', usage: 'GUIDING', currentValue: -2500 },
    ];
    expect((await save(alice, { id: retake.id, timeSplit: retake.timeSplit, answers, otherMeasures: [] })).errors).toBeUndefined();
    const done = (await alice.data<{ completeAssessment: Assessment }>(COMPLETE, { id: retake.id })).completeAssessment;
    expect(done.result.categories.find((c) => c.categoryKey === 'business')?.coveragePercent).toBe(33);
    expect(done.result.categories.find((c) => c.categoryKey === 'customer')?.applicableCount).toBe(2);

    const { myAssessments } = await alice.data<{ myAssessments: { id: string; releaseVersion: string }[] }>(MINE);
    expect(myAssessments.map((a) => [a.id, a.releaseVersion])).toEqual([
      [retake.id, '2.0.0'],
      [firstId, '1.0.0'],
    ]);
  });
});

describe('bad input', () => {
  let id: string;
  let retiredId: string;
  const stored = async (assessmentId: string) =>
    (
      (await app.running.dataSource.query('SELECT time_split, answers, other_measures, updated_at FROM assessments WHERE id = $1', [
        assessmentId,
      ])) as unknown[]
    )[0];

  beforeAll(async () => {
    id = (await start(alice, '1.0.0')).id;
    expect((await save(alice, { id, timeSplit: split(20, 20, 30, 20, 10), answers: [], otherMeasures: ['Kept'] })).errors).toBeUndefined();
    retiredId = (await start(alice, '2.0.0')).id;
  });

  const cases: [string, () => Record<string, unknown>, string, string][] = [
    ['a time split summing to 90', () => ({ timeSplit: split(20, 20, 30, 10, 10) }), 'input.timeSplit', 'TIME_SUM_NOT_100'],
    ['a share above 100', () => ({ timeSplit: split(20, 20, 101, 0, 0) }), 'input.timeSplit[2].percent', 'TIME_OUT_OF_RANGE'],
    ['a negative share', () => ({ timeSplit: split(20, 20, 40, 30, -10) }), 'input.timeSplit[4].percent', 'TIME_OUT_OF_RANGE'],
    ['four categories', () => ({ timeSplit: split(20, 20, 30, 30).slice(0, 4) }), 'input.timeSplit', 'MISSING_CATEGORY'],
    [
      'a category the release does not have',
      () => ({
        timeSplit: [...split(20, 20, 30, 20), { categoryKey: 'profit', percent: 10 }].filter((s) => s.categoryKey !== 'acceleration'),
      }),
      'input.timeSplit[4].categoryKey',
      'UNKNOWN_CATEGORY',
    ],
    [
      'an unknown measure',
      () => ({ answers: [...answerAll(v1).slice(0, 3), { measureKey: 'time-to-frown', tracking: 'YES', usage: 'GUIDING' }] }),
      'input.answers[3].measureKey',
      'UNKNOWN_MEASURE',
    ],
    [
      'a tracked measure without its usage',
      () => ({ answers: [{ measureKey: 'time-to-smile', tracking: 'PARTLY' }] }),
      'input.answers[0].usage',
      'USAGE_REQUIRED',
    ],
    ['a blank other measure', () => ({ otherMeasures: ['Handle time', '   '] }), 'input.otherMeasures[1]', 'EMPTY_FIELD'],
  ];

  it.each(cases)('refuses %s, naming the field, and writes nothing', async (_name, change, path, code) => {
    const before = await stored(id);
    const result = await save(alice, { id, timeSplit: split(20, 20, 30, 20, 10), answers: [], otherMeasures: [], ...change() });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.issues).toContainEqual(expect.objectContaining({ path, code }));
    expect(await stored(id)).toEqual(before);
  });

  it('refuses a measure the release retired', async () => {
    const before = await stored(retiredId);
    const result = await save(alice, {
      id: retiredId,
      timeSplit: split(20, 20, 30, 20, 10),
      answers: [{ measureKey: 'self-service-success', tracking: 'NO' }],
      otherMeasures: [],
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ path: 'input.answers[0].measureKey', code: 'MEASURE_RETIRED' }),
    ]);
    expect(await stored(retiredId)).toEqual(before);
  });

  it('refuses a value that is not a finite number, written in the query or sent as a variable', async () => {
    const before = await stored(id);
    // A literal too large for a double reaches the resolver as Infinity.
    const literal = await alice.query(`mutation {
      saveAssessment(input: {
        id: "${id}", otherMeasures: [],
        timeSplit: [${split(20, 20, 30, 20, 10)
          .map((s) => `{ categoryKey: "${s.categoryKey}", percent: ${s.percent} }`)
          .join(', ')}],
        answers: [{ measureKey: "time-to-smile", tracking: YES, usage: GUIDING, currentValue: 1e400 }]
      }) { id }
    }`);
    expect(errorCodes(literal)).toEqual(['BAD_USER_INPUT']);
    expect(literal.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ path: 'input.answers[0].currentValue', code: 'VALUE_NOT_FINITE' }),
    ]);

    // In JSON variables, 1e999 is Infinity too; GraphQL's Float refuses it before the resolver, naming the field.
    const body = `{"query":${JSON.stringify(SAVE)},"variables":{"input":{"id":"${id}","otherMeasures":[],"timeSplit":${JSON.stringify(
      split(20, 20, 30, 20, 10),
    )},"answers":[{"measureKey":"time-to-smile","tracking":"YES","usage":"GUIDING","currentValue":1e999}]}}}`;
    const response = await alice.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const variable = (await response.json()) as GraphQLResponse<unknown>;
    expect(errorCodes(variable)).toEqual(['BAD_USER_INPUT']);
    expect(variable.errors?.[0]?.message).toMatch(/input\.answers\[0\]\.currentValue.*Float cannot represent non numeric value: Infinity/);
    expect(await stored(id)).toEqual(before);
  });

  it('refuses a share that is not a whole number before the resolver', async () => {
    const before = await stored(id);
    const result = await save(alice, {
      id,
      timeSplit: split(20, 20, 30, 20, 10).map((s, i) => (i === 0 ? { ...s, percent: 12.5 } : s)),
      answers: [],
      otherMeasures: [],
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toMatch(/input\.timeSplit\[0\]\.percent/);
    expect(await stored(id)).toEqual(before);
  });

  it('refuses a release that does not exist, and starts nothing', async () => {
    const count = async () => ((await app.running.dataSource.query('SELECT count(*)::int AS n FROM assessments')) as [{ n: number }])[0].n;
    const before = await count();
    const unknown = await alice.query(START, { input: { releaseVersion: '7.0.0' } });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors?.[0]?.extensions?.issues).toEqual([
      { path: 'input.releaseVersion', message: 'matches no published release (there is no 7.0.0; published: 2.0.0, 1.0.0)' },
    ]);
    const malformed = await alice.query(START, { input: { releaseVersion: 'next' } });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('input.releaseVersion');
    expect(await count()).toBe(before);
  });
});

describe('privacy', () => {
  let id: string;

  beforeAll(async () => {
    id = await completed(alice, '1.0.0', v1);
  });

  it('keeps an assessment from everyone but its owner', async () => {
    for (const result of [
      await bob.query(GET, { id }),
      await save(bob, { id, timeSplit: split(20, 20, 30, 20, 10), answers: [], otherMeasures: [] }),
      await bob.query(COMPLETE, { id }),
      await bob.query(SHARE, { id }),
      await bob.query(REVOKE, { id }),
      await bob.query(CONTRIBUTE, { id }),
      await bob.query(START, { input: { releaseVersion: '1.0.0', copyFrom: id } }),
    ]) {
      expect(errorCodes(result)).toEqual(['ASSESSMENT_NOT_FOUND']);
    }
    expect(errorCodes(await bob.query(GET, { id: 'not-a-uuid' }))).toEqual(['ASSESSMENT_NOT_FOUND']);
    expect(errorCodes(await app.client().query(GET, { id }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await app.client().query(START, { input: { releaseVersion: 'latest' } }))).toEqual(['UNAUTHENTICATED']);
    const { myAssessments } = await bob.data<{ myAssessments: { id: string }[] }>(MINE);
    expect(myAssessments.map((a) => a.id)).not.toContain(id);
  });

  it('shares it read-only by an unguessable link that stops working once revoked', async () => {
    const { shareAssessment } = await alice.data<{ shareAssessment: { url: string; token: string } }>(SHARE, { id });
    expect(shareAssessment.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(shareAssessment.url).toBe(`https://commons.example.org/assessments/shared/${shareAssessment.token}`);
    // Only the token's SHA-256 is stored.
    const [row] = (await app.running.dataSource.query(
      'SELECT share_token_hash, to_jsonb(a)::text AS whole FROM assessments a WHERE id = $1',
      [id],
    )) as [{ share_token_hash: string; whole: string }];
    expect(row.share_token_hash).toBe(createHash('sha256').update(shareAssessment.token).digest('hex'));
    expect(row.whole).not.toContain(shareAssessment.token);

    const visitor = app.client();
    const { sharedAssessment } = await visitor.data<{ sharedAssessment: Assessment }>(SHARED, { token: shareAssessment.token });
    expect(sharedAssessment).toMatchObject({ id, status: 'COMPLETED', viewerIsOwner: false, sharedAt: null, contributed: null });
    expect(sharedAssessment.result.categories).toHaveLength(5);
    expect((await get(alice, id)).sharedAt).not.toBeNull();

    // A new link replaces the old one.
    const again = (await alice.data<{ shareAssessment: { token: string } }>(SHARE, { id })).shareAssessment.token;
    expect(again).not.toBe(shareAssessment.token);
    expect(errorCodes(await visitor.query(SHARED, { token: shareAssessment.token }))).toEqual(['ASSESSMENT_SHARE_NOT_FOUND']);
    expect((await visitor.query(SHARED, { token: again })).errors).toBeUndefined();

    const revoked = await alice.data<{ revokeAssessmentShare: { sharedAt: string | null } }>(REVOKE, { id });
    expect(revoked.revokeAssessmentShare.sharedAt).toBeNull();
    expect(errorCodes(await visitor.query(SHARED, { token: again }))).toEqual(['ASSESSMENT_SHARE_NOT_FOUND']);
    expect(errorCodes(await visitor.query(SHARED, { token: 'guess' }))).toEqual(['ASSESSMENT_SHARE_NOT_FOUND']);
  });

  it('shares only a completed assessment', async () => {
    const { id: open } = await start(alice, '1.0.0');
    expect(errorCodes(await alice.query(SHARE, { id: open }))).toEqual(['INVALID_STATE']);
    expect(errorCodes(await alice.query(CONTRIBUTE, { id: open }))).toEqual(['INVALID_STATE']);
  });
});

describe('the community benchmark', () => {
  const benchmark = async () =>
    (await app.client().data<{ assessmentBenchmark: Benchmark }>(BENCHMARK, { version: '2.0.0' })).assessmentBenchmark;
  let lastUserId = '';
  let lastAssessmentId = '';

  it('shows nothing at 4 contributions and the distributions at 5', async () => {
    // Five contributors: customer time 10, 20, 30, 40, 50; customer coverage 0, 0, 50 (PARTLY), 100, 100.
    const coverage: Tracking[] = ['NO', 'NO', 'PARTLY', 'YES', 'YES'];
    for (let i = 0; i < 5; i++) {
      if (i === 4) {
        const shown = await benchmark();
        expect(shown).toEqual({ releaseVersion: '2.0.0', contributions: 4, minimumContributions: 5, categories: [] });
      }
      const member = (await signedInAs(app, 'MEMBER')).client;
      const time = (i + 1) * 10;
      const { id } = await start(member, '2.0.0');
      const answers = answerAll(v2, (key) =>
        key === 'customer-engagement-score' || key === 'customer-serviceability-suggestions-accepted' ? coverage[i]! : 'NO',
      );
      expect(
        (await save(member, { id, timeSplit: split(time, 20, 50 - time + 20, 0, 10), answers, otherMeasures: ['Secret plan'] })).errors,
      ).toBeUndefined();
      await member.data(COMPLETE, { id });
      const events = await eventsDuring(() => member.data(CONTRIBUTE, { id }));
      lastUserId = await userIdOf(member);
      lastAssessmentId = id;
      expect(events).toEqual([
        { type: 'AssessmentContributed', releaseVersion: '2.0.0', contributions: i + 1, actorId: null, at: expect.any(String) },
      ]);
      expect(JSON.stringify(events)).not.toContain(lastUserId);
    }
    const shown = await benchmark();
    expect(shown.contributions).toBe(5);
    expect(shown.categories.map((c) => c.categoryKey)).toEqual(CATEGORY_KEYS);
    const customer = shown.categories.find((c) => c.categoryKey === 'customer')!;
    expect(customer.timePercent).toEqual({ p25: 20, median: 30, p75: 40 });
    expect(customer.coverage).toEqual({ p25: 0, median: 50, p75: 100 });
    expect(shown.categories.find((c) => c.categoryKey === 'knowledge')?.timePercent).toEqual({ p25: 0, median: 0, p75: 0 });
  });

  it('counts one contribution per account and release', async () => {
    const member = (await signedInAs(app, 'MEMBER')).client;
    const first = await completed(member, '2.0.0', v2);
    const second = await completed(member, '2.0.0', v2);
    expect(
      (await member.data<{ contributeAssessment: { contributed: boolean } }>(CONTRIBUTE, { id: first })).contributeAssessment.contributed,
    ).toBe(true);
    const before = await benchmark();
    for (const id of [first, second]) expect(errorCodes(await member.query(CONTRIBUTE, { id }))).toEqual(['ALREADY_CONTRIBUTED']);
    // Both of the account's assessments of the release say it has contributed; the other release is untouched.
    expect((await get(member, second)).contributed).toBe(true);
    expect(await benchmark()).toEqual(before);
    const concurrent = (await signedInAs(app, 'MEMBER')).client;
    const [a, b] = [await completed(concurrent, '2.0.0', v2), await completed(concurrent, '2.0.0', v2)];
    const results = await Promise.all([concurrent.query(CONTRIBUTE, { id: a }), concurrent.query(CONTRIBUTE, { id: b })]);
    expect(results.map((r) => errorCodes(r)).sort()).toEqual([[], ['ALREADY_CONTRIBUTED']]);
    expect((await benchmark()).contributions).toBe(before.contributions + 1);
  });

  it('holds nothing in the database that links a contribution to its account or assessment', async () => {
    const db = app.running.dataSource;
    const columns = (await db.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_name IN ('assessment_benchmark_bins', 'assessment_contributors') ORDER BY table_name, ordinal_position`,
    )) as { table_name: string; column_name: string; data_type: string }[];
    // The benchmark has no id, no user, no assessment, no organisation, no free text, no time.
    expect(columns.filter((c) => c.table_name === 'assessment_benchmark_bins').map((c) => c.column_name)).toEqual([
      'release_version',
      'metric',
      'category_key',
      'value',
      'count',
    ]);
    // The record that an account contributed holds the account and the release, and no time to match.
    expect(columns.filter((c) => c.table_name === 'assessment_contributors').map((c) => c.column_name)).toEqual([
      'user_id',
      'release_version',
    ]);
    expect(columns.filter((c) => /time|date|interval/.test(c.data_type))).toEqual([]);

    const bins = (await db.query(`SELECT *, xmin::text AS xmin FROM assessment_benchmark_bins WHERE release_version = '2.0.0'`)) as {
      xmin: string;
    }[];
    const text = JSON.stringify(bins);
    expect(text).not.toContain(lastUserId);
    expect(text).not.toContain(lastAssessmentId);
    expect(text).not.toContain('Secret plan');
    // Every bin of the release was rewritten by the last contribution: the transaction stamp on the rows
    // cannot tell which bins it added to.
    expect(bins).toHaveLength(5 * 2 * 101);
    expect(new Set(bins.map((bin) => bin.xmin)).size).toBe(1);
  });

  it('answers for a release that does not exist with a clear error', async () => {
    const result = await app.client().query(BENCHMARK, { version: '9.9.9' });
    expect(errorCodes(result)).toEqual(['RELEASE_NOT_FOUND']);
    expect(result.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('releaseVersion');
  });
});

describe('query cost', () => {
  it('costs the same number of SQL queries for 2 or 6 assessments in the list', async () => {
    const logger = app.running.dataSource.logger as QueryLogger;
    const member = (await signedInAs(app, 'MEMBER')).client;
    const LIST = `query { myAssessments { id contributed sharedAt release { version } result { coveragePercent categories { coveragePercent } }
      changesSinceRelease { to { version } } } }`;
    const count = async () => {
      const before = logger.queryCount;
      await member.data(LIST);
      return logger.queryCount - before;
    };
    await completed(member, '1.0.0', v1);
    await completed(member, '2.0.0', v2);
    const few = await count();
    for (let i = 0; i < 4; i++) await completed(member, i % 2 ? '1.0.0' : '2.0.0', i % 2 ? v1 : v2);
    expect(await count()).toBe(few);
  });
});
