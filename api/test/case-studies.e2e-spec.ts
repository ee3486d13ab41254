import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { type FrameworkDocument, ocmfV1Document, ocmfV1Release } from '@ocmf/standard';
import { parseFragment } from 'parse5';
import { Webhook } from 'standardwebhooks';
import type { QueryLogger } from '../src/database/query-logger.js';
import { inSystemTransaction } from '../src/database/system-transaction.js';
import type { DomainEvent } from '../src/events/domain-events.js';
import { EventBus } from '../src/events/event-bus.js';
import { ReleasesService } from '../src/releases/releases.service.js';
import { SeedService } from '../src/seed/seed.service.js';
import { WebhookWorker } from '../src/webhooks/webhook-worker.js';
import { signedInAs } from './support/factories.js';
import { errorCodes, type GraphQLResponse, type GraphQLTestClient } from './support/graphql-client.js';
import { CREATE_PROPOSAL, type CreatedProposal, SUBMIT_PROPOSAL } from './support/proposal-operations.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { collect, subscribed, subscriptionClient } from './support/subscriptions.js';
import { startReceiver } from './support/webhook-receiver.js';
import { webOperation } from './support/web-documents.js';

const FIELDS = `
  id status title summary body bodyHtml organization organizationName industry organizationSize releaseVersion
  periodStart periodEnd publishedAt editedAt hiddenReason viewerIsAuthor
  author { displayName }
  links { label url }
  outcomes { measureKey measureName unit direction before after improvementPercent usage periodStart periodEnd note noteHtml measureRetiredIn }
  revisions { title bodyHtml outcomes { measureKey after } writtenAt }
`;
const CREATE = `mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: CaseStudyInput!) { updateCaseStudy(id: $id, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishCaseStudy(id: $id) { ${FIELDS} } }`;
const GET = `query($id: ID!) { caseStudy(id: $id) { ${FIELDS} } }`;
const LIST = `query($measureKey: String, $categoryKey: String, $industry: Industry, $organizationSize: OrganizationSize, $releaseVersion: String, $first: Int, $after: String) {
  caseStudies(measureKey: $measureKey, categoryKey: $categoryKey, industry: $industry, organizationSize: $organizationSize, releaseVersion: $releaseVersion, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id title }
  }
}`;
const FLAG = `mutation($input: FlagCaseStudyInput!) { flagCaseStudy(input: $input) { id status } }`;
const HIDE = `mutation($input: HideCaseStudyInput!) { hideCaseStudy(input: $input) { id status hiddenReason } }`;
const UNHIDE = `mutation($id: ID!) { unhideCaseStudy(id: $id) { id status hiddenReason } }`;
const QUEUE = `query { caseStudyModerationQueue { caseStudy { id title } flags { reason flagger { displayName } } } }`;
const LINK = `mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { id note viewerCanRemove caseStudy { id title } linkedBy { displayName } } }`;
const REMOVE = `mutation($id: ID!) { removeEvidence(id: $id) { number evidence { id } } }`;
const PROPOSAL = `query($n: Int!) { proposal(number: $n) {
  evidence { id note viewerCanRemove caseStudy { id title } linkedBy { displayName } }
  impact { caseStudies { id title } }
} }`;

type Outcome = {
  measureKey: string;
  measureName: string;
  unit: string;
  direction: string;
  before: number;
  after: number;
  improvementPercent: number | null;
  usage: string;
  note: string | null;
  noteHtml: string | null;
  measureRetiredIn: string | null;
};
type CaseStudy = {
  id: string;
  status: string;
  title: string;
  summary: string;
  body: string | null;
  bodyHtml: string | null;
  organization: string | null;
  organizationName: string;
  releaseVersion: string;
  publishedAt: string | null;
  editedAt: string | null;
  hiddenReason: string | null;
  viewerIsAuthor: boolean;
  outcomes: Outcome[];
  revisions: { title: string; bodyHtml: string; outcomes: { measureKey: string; after: number }[]; writtenAt: string }[];
};
type Connection = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string; title: string }[];
};

/** 2.0.0 retires Self-Service Success (the version rule is the publisher's; the test inserts it directly). */
const v2: FrameworkDocument = {
  categories: ocmfV1Document.categories,
  measures: ocmfV1Document.measures.map((m) => (m.key === 'self-service-success' ? { ...m, status: 'RETIRED' as const } : m)),
};

let app: TestApp;
let author: GraphQLTestClient;
let other: GraphQLTestClient;
let editor: GraphQLTestClient;

beforeAll(async () => {
  app = await startTestApp({ VOTING_CLOSER: 'off', WEBHOOKS_ALLOW_PRIVATE: 'true', PUBLIC_URL: 'https://commons.example.org' });
  author = (await signedInAs(app, 'MEMBER')).client;
  other = (await signedInAs(app, 'MEMBER')).client;
  editor = (await signedInAs(app, 'EDITOR')).client;
});
afterAll(() => app.close());

const input = (overrides: Record<string, unknown> = {}) => ({
  title: 'Guiding with Time to Smile',
  summary: 'What happened when a support team stopped grading agents.',
  body: '## Context\n\nA support team of *forty*.',
  organization: 'Northwind',
  industry: 'SOFTWARE',
  organizationSize: 'SIZE_250_999',
  releaseVersion: '1.0.0',
  outcomes: [
    {
      measureKey: 'time-to-smile',
      before: 10,
      after: 4,
      usage: 'GUIDING',
      periodStart: '2025-01-01',
      periodEnd: '2025-06-30',
      note: 'Median.',
    },
    { measureKey: 'employee-engagement', before: 60, after: 66, usage: 'GRADING' },
  ],
  links: [{ label: 'Slides', url: 'https://example.org/slides' }],
  ...overrides,
});

const create = (client: GraphQLTestClient, overrides: Record<string, unknown> = {}) =>
  client.query<{ createCaseStudy: CaseStudy }>(CREATE, { input: input(overrides) });

async function published(client: GraphQLTestClient, overrides: Record<string, unknown> = {}): Promise<CaseStudy> {
  const created = await create(client, overrides);
  expect(created.errors).toBeUndefined();
  return (await client.data<{ publishCaseStudy: CaseStudy }>(PUBLISH, { id: created.data!.createCaseStudy.id })).publishCaseStudy;
}

const issuesOf = (result: GraphQLResponse<unknown>) => (result.errors?.[0]?.extensions?.issues ?? []).map((issue) => issue.path);

const count = async () => Number((await app.running.dataSource.query('SELECT COUNT(*)::int AS n FROM case_studies'))[0].n);

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

/** Every element of an HTML fragment as a browser's parser builds it. */
function elementsOf(html: string): { name: string; attributes: [string, string][] }[] {
  const found: { name: string; attributes: [string, string][] }[] = [];
  type Node = { tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };
  const walk = (node: Node) => {
    if (node.tagName) found.push({ name: node.tagName, attributes: (node.attrs ?? []).map((a) => [a.name, a.value]) });
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parseFragment(html) as unknown as Node);
  return found;
}

async function openProposal(measureKey = 'time-to-smile'): Promise<number> {
  const { number } = (
    await author.data<CreatedProposal>(CREATE_PROPOSAL, {
      input: {
        title: `Clarify ${measureKey}`,
        summary: 'Evidence welcome.',
        changes: [{ op: 'UPDATE_MEASURE', measureKey, patch: { notes: `Clarified ${Math.random()}` } }],
      },
    })
  ).createProposal;
  await author.data(SUBMIT_PROPOSAL, { number });
  return number;
}

describe('the demo seed', () => {
  it('publishes two case studies, one using Time to Smile and one using Net ARR from 1.1.0, and links the first as evidence', async () => {
    await app.running.app.get(SeedService).run(app.running.dataSource, { demo: true });
    const { caseStudies } = await app.client().data<{ caseStudies: Connection }>(LIST, {});
    expect(caseStudies.totalCount).toBe(2);
    const byMeasure = async (measureKey: string) =>
      (await app.client().data<{ caseStudies: Connection }>(LIST, { measureKey })).caseStudies.nodes.map((n) => n.title);
    expect(await byMeasure('time-to-smile')).toEqual(['Halving Time to Smile in a support team of forty']);
    expect(await byMeasure('net-annual-recurring-revenue')).toEqual(['Net ARR as the board’s Customer Success measure']);
    const netArr = (await app.client().data<{ caseStudies: Connection }>(LIST, { releaseVersion: '1.1.0' })).caseStudies;
    expect(netArr.totalCount).toBe(1);
    const { proposal } = await app.client().data<{ proposal: { evidence: { caseStudy: { title: string } }[] } }>(PROPOSAL, { n: 2 });
    expect(proposal.evidence.map((e) => e.caseStudy.title)).toEqual(['Halving Time to Smile in a support team of forty']);
  });
});

describe('writing and publishing', () => {
  it('saves a draft only its author sees, then publishes it for everyone, once', async () => {
    const { createCaseStudy: draft } = (await create(author)).data!;
    expect(draft).toMatchObject({ status: 'DRAFT', viewerIsAuthor: true, organizationName: 'Northwind', publishedAt: null });
    expect(draft.bodyHtml).toContain('<em>forty</em>');
    expect(draft.outcomes[0]).toMatchObject({
      measureName: 'Time to Smile',
      unit: 'days',
      direction: 'LOWER_IS_BETTER',
      improvementPercent: 60,
    });
    expect(draft.outcomes[0]!.noteHtml).toContain('Median.');
    expect(draft.outcomes[1]).toMatchObject({ improvementPercent: 10, usage: 'GRADING' });

    expect(errorCodes(await app.client().query(GET, { id: draft.id }))).toEqual(['CASE_STUDY_NOT_FOUND']);
    expect(errorCodes(await other.query(GET, { id: draft.id }))).toEqual(['CASE_STUDY_NOT_FOUND']);
    expect(errorCodes(await other.query(PUBLISH, { id: draft.id }))).toEqual(['CASE_STUDY_NOT_FOUND']);
    expect(errorCodes(await app.client().query(CREATE, { input: input() }))).toEqual(['UNAUTHENTICATED']);

    const events = await eventsDuring(() => author.data(PUBLISH, { id: draft.id }));
    expect(events.filter((e) => e.type === 'CaseStudyPublished')).toEqual([
      expect.objectContaining({ caseStudyId: draft.id, releaseVersion: '1.0.0', measureKeys: ['time-to-smile', 'employee-engagement'] }),
    ]);
    const { caseStudy } = await app.client().data<{ caseStudy: CaseStudy }>(GET, { id: draft.id });
    expect(caseStudy).toMatchObject({ status: 'PUBLISHED', viewerIsAuthor: false });
    expect(caseStudy.publishedAt).not.toBeNull();
    expect(errorCodes(await author.query(PUBLISH, { id: draft.id }))).toEqual(['INVALID_STATE']);
  });

  it('shows an anonymous organisation as such', async () => {
    const { createCaseStudy } = (await create(author, { organization: '  ' })).data!;
    expect(createCaseStudy).toMatchObject({ organization: null, organizationName: 'Anonymous organisation' });
  });

  it('lets only the author edit, and keeps every earlier version of a published case study', async () => {
    const study = await published(author);
    expect(errorCodes(await other.query(UPDATE, { id: study.id, input: input({ title: 'Not mine to change' }) }))).toEqual(['FORBIDDEN']);
    await author.data(UPDATE, { id: study.id, input: input({ title: 'Second wording' }) });
    const third = input({ title: 'Third wording', outcomes: [{ measureKey: 'time-to-smile', before: 10, after: 3, usage: 'GUIDING' }] });
    const { updateCaseStudy } = await author.data<{ updateCaseStudy: CaseStudy }>(UPDATE, { id: study.id, input: third });
    expect(updateCaseStudy.editedAt).not.toBeNull();
    expect(updateCaseStudy.outcomes.map((o) => o.improvementPercent)).toEqual([70]);
    const { caseStudy } = await app.client().data<{ caseStudy: CaseStudy }>(GET, { id: study.id });
    expect(caseStudy.title).toBe('Third wording');
    expect(caseStudy.revisions.map((r) => r.title)).toEqual(['Guiding with Time to Smile', 'Second wording']);
    expect(caseStudy.revisions[1]!.outcomes.map((o) => o.after)).toEqual([4, 66]);
    const removeAll = await author.query(UPDATE, { id: study.id, input: input({ outcomes: [] }) });
    expect(issuesOf(removeAll)).toEqual(['input.outcomes']);
  });

  it('edits a draft without keeping versions, and refuses to publish one without outcomes', async () => {
    const { createCaseStudy: draft } = (await create(author, { outcomes: [] })).data!;
    await author.data(UPDATE, { id: draft.id, input: input({ title: 'Renamed draft', outcomes: [] }) });
    const refused = await author.query(PUBLISH, { id: draft.id });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(issuesOf(refused)).toEqual(['outcomes']);
    const { caseStudy } = await author.data<{ caseStudy: CaseStudy }>(GET, { id: draft.id });
    expect(caseStudy).toMatchObject({ status: 'DRAFT', title: 'Renamed draft', revisions: [] });
  });
});

describe('bad input', () => {
  it('names each bad field, outcomes by index, and writes nothing', async () => {
    const before = await count();
    const result = await create(author, {
      title: 'x',
      periodStart: '2025-06-01',
      periodEnd: '2025-01-01',
      outcomes: [
        { measureKey: 'time-to-smile', before: 10, after: 4, usage: 'GUIDING' },
        { measureKey: 'employee-engagement', before: 1, after: 1e300, usage: 'GUIDING' },
        { measureKey: 'no-such-measure', before: 1, after: 2, usage: 'GUIDING', periodStart: '2025-02-30' },
      ],
      links: [{ label: 'Talk', url: 'javascript:alert(1)' }],
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(issuesOf(result).sort()).toEqual(
      [
        'input.title',
        'input.periodEnd',
        'input.links[0].url',
        'input.outcomes[1].after',
        'input.outcomes[2].measureKey',
        'input.outcomes[2].periodStart',
      ].sort(),
    );
    expect(await count()).toBe(before);
  });

  it('refuses a release that is not published, and a measure retired in the release used', async () => {
    expect(issuesOf(await create(author, { releaseVersion: '9.9.9' }))).toEqual(['input.releaseVersion']);
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
    const retired = await create(author, {
      releaseVersion: '2.0.0',
      outcomes: [{ measureKey: 'self-service-success', before: 1, after: 2, usage: 'GUIDING' }],
    });
    expect(retired.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ path: 'input.outcomes[0].measureKey', message: expect.stringMatching(/retired in release 2\.0\.0/) }),
    ]);
  });

  it('keeps case studies of a measure retired later, and says where it was retired', async () => {
    const study = await published(author, {
      outcomes: [{ measureKey: 'self-service-success', before: 40, after: 55, usage: 'GUIDING' }],
    });
    const { caseStudy } = await app.client().data<{ caseStudy: CaseStudy }>(GET, { id: study.id });
    expect(caseStudy.outcomes[0]).toMatchObject({ measureKey: 'self-service-success', measureRetiredIn: '2.0.0' });
  });

  it('renders body and notes safely: an XSS corpus comes back inert', async () => {
    const attacks = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[x](javascript:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
    ];
    for (const attack of attacks) {
      const { createCaseStudy } = (
        await create(author, {
          body: attack,
          outcomes: [{ measureKey: 'time-to-smile', before: 1, after: 2, usage: 'GUIDING', note: attack }],
        })
      ).data!;
      for (const html of [createCaseStudy.bodyHtml!, createCaseStudy.outcomes[0]!.noteHtml!]) {
        for (const element of elementsOf(html)) {
          expect(['script', 'img', 'svg', 'iframe']).not.toContain(element.name);
          for (const [name, value] of element.attributes) {
            expect(name.startsWith('on')).toBe(false);
            if (name === 'href') expect(value).not.toMatch(/^\s*(javascript|data):/i);
          }
        }
      }
    }
  });
});

describe('lists, measures and categories', () => {
  it('filters by measure, category, industry, size and release, newest first, by pages', async () => {
    const key = 'customer-engagement-score';
    const studies: CaseStudy[] = [];
    for (let i = 0; i < 3; i++) {
      studies.push(
        await published(other, {
          title: `Effort study ${i}`,
          industry: i === 0 ? 'RETAIL' : 'HEALTHCARE',
          outcomes: [{ measureKey: key, before: 5, after: 6 - i, usage: 'GUIDING' }],
        }),
      );
    }
    const first = (await app.client().data<{ caseStudies: Connection }>(LIST, { measureKey: key, first: 2 })).caseStudies;
    expect(first.totalCount).toBe(3);
    expect(first.nodes.map((n) => n.title)).toEqual(['Effort study 2', 'Effort study 1']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (
      await app.client().data<{ caseStudies: Connection }>(LIST, { measureKey: key, first: 2, after: first.pageInfo.endCursor })
    ).caseStudies;
    expect(second.nodes.map((n) => n.title)).toEqual(['Effort study 0']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const retail = (await app.client().data<{ caseStudies: Connection }>(LIST, { measureKey: key, industry: 'RETAIL' })).caseStudies;
    expect(retail.nodes.map((n) => n.title)).toEqual(['Effort study 0']);
    const customer = (await app.client().data<{ caseStudies: Connection }>(LIST, { categoryKey: 'customer', first: 50 })).caseStudies;
    expect(customer.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(studies.map((s) => s.id)));
    const sized = (await app.client().data<{ caseStudies: Connection }>(LIST, { organizationSize: 'SIZE_1_49' })).caseStudies;
    expect(sized.totalCount).toBe(0);
    const onTwo = (await app.client().data<{ caseStudies: Connection }>(LIST, { releaseVersion: '2.0.0' })).caseStudies;
    expect(onTwo.totalCount).toBe(0);
    expect(errorCodes(await app.client().query(LIST, { after: 'bogus' }))).toEqual(['BAD_USER_INPUT']);

    const { measure } = await app.client().data<{
      measure: {
        caseStudies: { id: string }[];
        caseStudySummary: { count: number; improved: number; worsened: number; unchanged: number; medianImprovementPercent: number };
      };
    }>(`query($key: String!) { measure(key: $key) { caseStudies { id } caseStudySummary { count improved worsened unchanged medianImprovementPercent } } }`, {
      key,
    });
    expect(measure.caseStudies.map((c) => c.id)).toEqual(studies.map((s) => s.id).reverse());
    // Customer Engagement Score: higher is better; 5 → 6, 5, 4 is +20%, 0%, −20%.
    expect(measure.caseStudySummary).toEqual({ count: 3, improved: 1, worsened: 1, unchanged: 1, medianImprovementPercent: 0 });
    const { category } = await app
      .client()
      .data<{ category: { caseStudyCount: number } }>(`{ category(key: "customer") { caseStudyCount } }`);
    expect(category.caseStudyCount).toBeGreaterThanOrEqual(3);
  });
});

describe('statements per page', () => {
  it('reads the web app’s list, measure and case study pages in as many statements for 2 case studies as for 6', async () => {
    const logger = app.running.dataSource.logger as QueryLogger;
    const key = 'knowledge-reuse';
    const count = async (name: string, variables: Record<string, unknown>) => {
      const query = await webOperation(name);
      const before = logger.queryCount;
      const result = await other.query(query, variables);
      expect(result.errors).toBeUndefined();
      return logger.queryCount - before;
    };
    const pages = async (id: string) => [
      await count('CaseStudyList', { measureKey: key, first: 10 }),
      await count('Measure', { key }),
      await count('CaseStudy', { id }),
    ];
    const publishSome = async (n: number) => {
      let last: CaseStudy | undefined;
      for (let i = 0; i < n; i++)
        last = await published(author, {
          outcomes: [
            { measureKey: key, before: 10, after: 12 + i, usage: 'GUIDING' },
            { measureKey: 'time-to-smile', before: 5, after: 4, usage: 'GUIDING' },
          ],
        });
      return last!;
    };
    const few = await pages((await publishSome(2)).id);
    expect(few.every((statements) => statements > 0)).toBe(true);
    const study = await publishSome(4);
    await author.data(UPDATE, { id: study.id, input: input({ title: 'Edited once' }) });
    expect(await pages(study.id)).toEqual(few);
  });
});

describe('evidence and impact', () => {
  it('links a published case study to a proposal in discussion, shows it, and lets its maker or an editor remove it', async () => {
    const number = await openProposal('time-to-smile');
    const study = await published(author);
    const { createCaseStudy: draft } = (await create(author)).data!;

    expect(issuesOf(await other.query(LINK, { input: { proposalNumber: number, caseStudyId: draft.id, note: 'A draft' } }))).toEqual([
      'input.caseStudyId',
    ]);
    expect(issuesOf(await other.query(LINK, { input: { proposalNumber: number, caseStudyId: study.id, note: '' } }))).toEqual([
      'input.note',
    ]);
    const { linkEvidence } = await other.data<{ linkEvidence: { id: string; viewerCanRemove: boolean } }>(LINK, {
      input: { proposalNumber: number, caseStudyId: study.id, note: 'Guiding halved the time.' },
    });
    expect(linkEvidence.viewerCanRemove).toBe(true);
    expect(
      errorCodes(await author.query(LINK, { input: { proposalNumber: number, caseStudyId: study.id, note: 'Again, please' } })),
    ).toEqual(['ALREADY_LINKED']);
    expect(
      errorCodes(await app.client().query(LINK, { input: { proposalNumber: number, caseStudyId: study.id, note: 'Anonymous' } })),
    ).toEqual(['UNAUTHENTICATED']);

    const { proposal } = await app.client().data<{
      proposal: {
        evidence: { id: string; note: string; viewerCanRemove: boolean; caseStudy: { id: string } }[];
        impact: { caseStudies: { id: string }[] };
      };
    }>(PROPOSAL, { n: number });
    expect(proposal.evidence).toEqual([
      expect.objectContaining({
        note: 'Guiding halved the time.',
        viewerCanRemove: false,
        caseStudy: { id: study.id, title: study.title },
      }),
    ]);
    expect(proposal.impact.caseStudies.map((c) => c.id)).toContain(study.id);
    expect(proposal.impact.caseStudies.map((c) => c.id)).not.toContain(draft.id);

    expect(errorCodes(await author.query(REMOVE, { id: linkEvidence.id }))).toEqual(['FORBIDDEN']);
    const { removeEvidence } = await editor.data<{ removeEvidence: { evidence: unknown[] } }>(REMOVE, { id: linkEvidence.id });
    expect(removeEvidence.evidence).toEqual([]);
  });

  it('pushes the proposal to its live subscribers when evidence is linked or removed', async () => {
    const number = await openProposal('time-to-smile');
    const study = await published(author);
    const ws = subscriptionClient(app.client());
    try {
      const updates = collect<{ proposalUpdated: { evidence: { note: string }[] } }>(
        ws,
        `subscription($n: Int!) { proposalUpdated(number: $n) { evidence { note } } }`,
        { n: number },
      );
      await subscribed(app, 1);
      const { linkEvidence } = await other.data<{ linkEvidence: { id: string } }>(LINK, {
        input: { proposalNumber: number, caseStudyId: study.id, note: 'Seen live.' },
      });
      await updates.until((items) => items.some((item) => item.proposalUpdated.evidence.length === 1));
      await other.data(REMOVE, { id: linkEvidence.id });
      await updates.until((items) => items.at(-1)?.proposalUpdated.evidence.length === 0);
      updates.dispose();
    } finally {
      await ws.dispose();
    }
  });

  it('refuses evidence on a proposal that is not in discussion or voting, and shows no impact for other measures', async () => {
    const { number } = (
      await author.data<CreatedProposal>(CREATE_PROPOSAL, {
        input: {
          title: 'A private draft',
          summary: 'Not yet.',
          changes: [{ op: 'UPDATE_MEASURE', measureKey: 'knowledge-reuse', patch: { notes: 'x' } }],
        },
      })
    ).createProposal;
    const study = await published(author);
    expect(errorCodes(await author.query(LINK, { input: { proposalNumber: number, caseStudyId: study.id, note: 'Too early' } }))).toEqual([
      'EVIDENCE_CLOSED',
    ]);
    const { proposal } = await author.data<{ proposal: { impact: { caseStudies: { id: string }[] } } }>(PROPOSAL, { n: number });
    expect(proposal.impact.caseStudies.map((c) => c.id)).not.toContain(study.id);
  });
});

describe('moderation', () => {
  it('lets members flag, editors see the queue, hide with a public reason and unhide', async () => {
    const study = await published(author, { title: 'A study to moderate' });
    await other.data(FLAG, { input: { id: study.id, reason: 'Advertising' } });
    expect(errorCodes(await other.query(FLAG, { input: { id: study.id, reason: 'Again' } }))).toEqual(['ALREADY_FLAGGED']);
    expect(errorCodes(await other.query(QUEUE))).toEqual(['FORBIDDEN']);
    const { caseStudyModerationQueue } = await editor.data<{
      caseStudyModerationQueue: { caseStudy: { id: string }; flags: { reason: string }[] }[];
    }>(QUEUE);
    expect(caseStudyModerationQueue.find((entry) => entry.caseStudy.id === study.id)?.flags).toEqual([
      expect.objectContaining({ reason: 'Advertising' }),
    ]);

    expect(errorCodes(await other.query(HIDE, { input: { id: study.id, reason: 'Not allowed' } }))).toEqual(['FORBIDDEN']);
    const { hideCaseStudy } = await editor.data<{ hideCaseStudy: CaseStudy }>(HIDE, {
      input: { id: study.id, reason: 'Advertising, not a case study' },
    });
    expect(hideCaseStudy).toMatchObject({ status: 'HIDDEN', hiddenReason: 'Advertising, not a case study' });
    const { caseStudy: publicView } = await app.client().data<{ caseStudy: CaseStudy }>(GET, { id: study.id });
    expect(publicView).toMatchObject({ status: 'HIDDEN', body: null, bodyHtml: null, outcomes: [], title: 'A study to moderate' });
    const { caseStudy: authorView } = await author.data<{ caseStudy: CaseStudy }>(GET, { id: study.id });
    expect(authorView.body).not.toBeNull();
    expect(errorCodes(await author.query(UPDATE, { id: study.id, input: input() }))).toEqual(['INVALID_STATE']);
    const queue = await editor.data<{ caseStudyModerationQueue: { caseStudy: { id: string } }[] }>(QUEUE);
    expect(queue.caseStudyModerationQueue.map((entry) => entry.caseStudy.id)).not.toContain(study.id);
    const listed = (await app.client().data<{ caseStudies: Connection }>(LIST, { first: 50 })).caseStudies;
    expect(listed.nodes.map((n) => n.id)).not.toContain(study.id);

    const { unhideCaseStudy } = await editor.data<{ unhideCaseStudy: CaseStudy }>(UNHIDE, { id: study.id });
    expect(unhideCaseStudy).toMatchObject({ status: 'PUBLISHED', hiddenReason: null });
  });
});

describe('feeds and webhooks', () => {
  it('serves the case studies feed in three formats, with an ETag a conditional request matches', async () => {
    const study = await published(author, { title: 'A study for the feed' });
    const atom = await fetch(`${app.url}/feeds/case-studies.atom`);
    expect(atom.status).toBe(200);
    expect(atom.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(await atom.text()).toContain('A study for the feed');
    const rss = await fetch(`${app.url}/feeds/case-studies.rss`);
    expect(await rss.text()).toContain(`https://commons.example.org/case-studies/${study.id}`);
    const json = await fetch(`${app.url}/feeds/case-studies.json`);
    const feed = (await json.json()) as { version: string; items: { id: string; title: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0]).toMatchObject({ title: 'A study for the feed' });
    const again = await fetch(`${app.url}/feeds/case-studies.json`, { headers: { 'if-none-match': json.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('announces a publication as case_study.published, valid against its schema', async () => {
    const receiver = await startReceiver();
    try {
      const vendor = (await signedInAs(app, 'MEMBER')).client;
      const { createWebhookEndpoint } = await vendor.data<{ createWebhookEndpoint: { secret: string } }>(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
        { input: { url: receiver.url, events: ['case_study.published'] } },
      );
      const worker = app.running.app.get(WebhookWorker);
      const { createCaseStudy } = (await create(author, { title: 'A study for vendors' })).data!;
      expect(await worker.drainOnce()).toBe(0); // a draft announces nothing
      await author.data(PUBLISH, { id: createCaseStudy.id });
      await worker.drainOnce();
      expect(receiver.received).toHaveLength(1);
      const message = new Webhook(createWebhookEndpoint.secret).verify(
        receiver.received[0]!.body,
        receiver.received[0]!.headers as Record<string, string>,
      ) as { type: string; data: Record<string, unknown> };
      expect(message).toMatchObject({
        type: 'case_study.published',
        data: {
          id: createCaseStudy.id,
          title: 'A study for vendors',
          releaseVersion: '1.0.0',
          url: `https://commons.example.org/case-studies/${createCaseStudy.id}`,
          outcomes: [expect.objectContaining({ measureKey: 'time-to-smile', improvementPercent: 60 }), expect.anything()],
        },
      });
      const schema = (await (await fetch(`${app.url}/schema/webhooks/case_study.published.schema.json`)).json()) as object;
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      addFormats.default(ajv);
      expect(ajv.compile(schema)(message)).toBe(true);
    } finally {
      await receiver.close();
    }
  });
});
