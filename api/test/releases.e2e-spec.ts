import { createHash } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseCsv } from '@ocmf/standard';
import { errorCodes, type GraphQLTestClient } from './support/graphql-client.js';
import { signedInAs } from './support/factories.js';
import { CREATE_PROPOSAL, type CreatedProposal, SUBMIT_PROPOSAL } from './support/proposal-operations.js';
import { recordStatements, startTestApp, type TestApp } from './support/test-app.js';

const PUBLISH = `mutation($input: PublishReleaseInput!) { publishRelease(input: $input) { version title previousVersion contentHash changelog { proposalNumber changes { kind description } } } }`;
const PREVIEW = `query { releasePreview { previousVersion requiredBump suggestedVersion allowedVersions canPublish mergedProposals { number } } }`;
const DIFF = `query($from: String!, $to: String!) { releaseDiff(from: $from, to: $to) { from { version } to { version } diff } }`;

/** An app of its own for each describe block, so no block depends on what another published. */
function releasesFixture() {
  const f = {} as {
    app: TestApp;
    editor: GraphQLTestClient;
    author: GraphQLTestClient;
    setter: GraphQLTestClient;
    /** Takes a change set through discussion, an approving vote and the merge. */
    merged(title: string, changes: unknown[]): Promise<number>;
    publish(title: string): Promise<string>;
  };
  beforeAll(async () => {
    f.app = await startTestApp({ VOTING_CLOSER: 'off' });
    f.editor = (await signedInAs(f.app, 'EDITOR')).client;
    f.author = (await signedInAs(f.app, 'MEMBER')).client;
    f.setter = (await signedInAs(f.app, 'STANDARD_SETTER')).client;
  });
  afterAll(() => f.app.close());
  f.merged = async (title, changes) => {
    const { number } = (await f.author.data<CreatedProposal>(CREATE_PROPOSAL, { input: { title, summary: 'Because.', changes } }))
      .createProposal;
    await f.author.data(SUBMIT_PROPOSAL, { number });
    await f.editor.data(`mutation($n: Int!, $at: DateTime) { openVoting(number: $n, closesAt: $at) { number } }`, {
      n: number,
      at: new Date(Date.now() + 600_000).toISOString(),
    });
    await f.setter.data(`mutation($input: CastVoteInput!) { castVote(input: $input) { number } }`, {
      input: { proposalNumber: number, choice: 'APPROVE' },
    });
    await f.editor.data(`mutation($n: Int!) { closeVoting(number: $n) { status } }`, { n: number });
    await f.editor.data(`mutation($n: Int!) { mergeProposal(number: $n) { status } }`, { n: number });
    return number;
  };
  f.publish = async (title) =>
    (await f.editor.data<{ publishRelease: { version: string } }>(PUBLISH, { input: { title, notes: '' } })).publishRelease.version;
  return f;
}

const addNetArr = {
  op: 'ADD_MEASURE',
  measure: {
    key: 'net-annual-recurring-revenue',
    name: 'Net Annual Recurring Revenue',
    categoryKey: 'business',
    audience: 'EXECUTIVE',
    definition: 'Recurring revenue won, lost and expanded over a year.',
    formula: 'New customer revenue − Lost customer revenue + Expansion revenue',
    unit: 'currency per year',
    direction: 'HIGHER_IS_BETTER',
    status: 'EMERGING',
  },
};

const rewordSmile = { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { notes: 'Clock starts at the first interruption.' } };
const retireSelfService = { op: 'RETIRE_MEASURE', measureKey: 'self-service-success', reason: 'Folded into engagement.' };
const rebalance = {
  op: 'SET_FOCUS',
  focus: [
    ['customer', 25],
    ['employee', 20],
    ['business', 25],
    ['knowledge', 20],
    ['acceleration', 10],
  ].map(([categoryKey, focusPercent]) => ({ categoryKey, focusPercent })),
};

describe('publishing with nothing merged', () => {
  const f = releasesFixture();

  it('refuses to publish when nothing has been merged since the last release', async () => {
    const preview = await f.editor.data<{ releasePreview: { canPublish: boolean } }>(PREVIEW);
    expect(preview.releasePreview.canPublish).toBe(false);
    const result = await f.editor.query(PUBLISH, { input: { title: 'Empty', notes: '' } });
    expect(errorCodes(result)).toEqual(['NOTHING_TO_RELEASE']);
    expect(result.errors?.[0]?.message).toBe('Nothing has been merged since 1.0.0: merge an accepted proposal first.');
  });

  it('is for editors only', async () => {
    expect(errorCodes(await f.author.query(PREVIEW))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await f.author.query(PUBLISH, { input: { title: 'Mine', notes: '' } }))).toEqual(['FORBIDDEN']);
  });
});

describe('a MINOR release', () => {
  const f = releasesFixture();

  it('computes a MINOR bump for an added measure, refuses a lower version, and releases the merged proposals', async () => {
    const number = await f.merged('Add Net ARR', [addNetArr]);
    const { releasePreview } = await f.editor.data<{
      releasePreview: { requiredBump: string; suggestedVersion: string; allowedVersions: string[]; mergedProposals: { number: number }[] };
    }>(PREVIEW);
    expect(releasePreview).toMatchObject({
      requiredBump: 'MINOR',
      suggestedVersion: '1.1.0',
      allowedVersions: ['1.1.0', '2.0.0'],
      mergedProposals: [{ number }],
    });

    const tooLow = await f.editor.query(PUBLISH, { input: { title: 'Patch?', notes: '', version: '1.0.1' } });
    expect(errorCodes(tooLow)).toEqual(['VERSION_TOO_LOW']);
    expect(tooLow.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('input.version');

    const { publishRelease } = await f.editor.data<{
      publishRelease: {
        version: string;
        previousVersion: string;
        changelog: { proposalNumber: number; changes: { kind: string; description: string }[] }[];
      };
    }>(PUBLISH, {
      input: { title: 'Customer Success update', notes: 'Adds **Net ARR**.' },
    });
    expect(publishRelease).toMatchObject({
      version: '1.1.0',
      previousVersion: '1.0.0',
      changelog: [
        { proposalNumber: number, changes: [{ kind: 'ADDED', description: 'Add measure Net Annual Recurring Revenue to Business' }] },
      ],
    });
    const { proposal } = await f.app
      .client()
      .data<{ proposal: { status: string; releasedIn: string } }>(`query($n: Int!) { proposal(number: $n) { status releasedIn } }`, {
        n: number,
      });
    expect(proposal).toEqual({ status: 'RELEASED', releasedIn: '1.1.0' });
  });
});

describe('a MAJOR release', () => {
  const f = releasesFixture();

  it('makes retiring a measure a MAJOR release, and lets an editor go higher than a PATCH but never lower', async () => {
    await f.merged('Reword Time to Smile', [rewordSmile]);
    expect((await f.editor.data<{ releasePreview: { requiredBump: string } }>(PREVIEW)).releasePreview.requiredBump).toBe('PATCH');
    await f.merged('Retire self-service success', [retireSelfService]);
    const { releasePreview } = await f.editor.data<{ releasePreview: { requiredBump: string; allowedVersions: string[] } }>(PREVIEW);
    expect(releasePreview).toEqual(expect.objectContaining({ requiredBump: 'MAJOR', allowedVersions: ['2.0.0'] }));
    expect(errorCodes(await f.editor.query(PUBLISH, { input: { title: 'Too small', notes: '', version: '1.2.0' } }))).toEqual([
      'VERSION_TOO_LOW',
    ]);
    const { publishRelease } = await f.editor.data<{ publishRelease: { version: string; changelog: unknown[] } }>(PUBLISH, {
      input: { title: 'Second edition', notes: '' },
    });
    expect(publishRelease.version).toBe('2.0.0');
    expect(publishRelease.changelog).toHaveLength(2);
  });
});

describe('retiring a measure in favour of another', () => {
  const f = releasesFixture();
  const retire = (replacedBy: string) => ({ ...retireSelfService, replacedBy });

  it('names the field of a replacement that is the measure itself, unknown or retired, and writes nothing', async () => {
    const propose = (changes: unknown[]) =>
      f.author.query(CREATE_PROPOSAL, { input: { title: 'Retire self-service success', summary: 'Because.', changes } });
    const before = await f.app.running.dataSource.query(`SELECT count(*)::int AS n FROM proposals`);
    const refusal = async (changes: unknown[]) => {
      const res = await propose(changes);
      const extensions = res.errors?.[0]?.extensions as { issues?: { path: string; code?: string }[] } | undefined;
      return extensions?.issues?.map(({ path, code }) => ({ path, code }));
    };
    expect(await refusal([retire('self-service-success')])).toEqual([{ path: 'input.changes[0].replacedBy', code: 'REPLACED_BY_ITSELF' }]);
    expect(await refusal([retire('nope')])).toEqual([{ path: 'input.changes[0].replacedBy', code: 'UNKNOWN_MEASURE' }]);
    const retireSmile = { op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'Gone.' };
    expect(await refusal([retireSmile, retire('time-to-smile')])).toEqual([
      { path: 'input.changes[1].replacedBy', code: 'MEASURE_RETIRED' },
    ]);
    expect(await refusal([{ ...rewordSmile, replacedBy: 'customer-engagement-score' }])).toEqual([
      expect.objectContaining({ path: 'input.changes[0].replacedBy' }),
    ]);
    expect(await f.app.running.dataSource.query(`SELECT count(*)::int AS n FROM proposals`)).toEqual(before);
  });

  it('shows "replaced by" in the change set, the changelog, the diff, the measure and the downloads', async () => {
    const number = await f.merged('Fold self-service into engagement', [retire('customer-engagement-score')]);
    const { proposal } = await f.author.data<{ proposal: { changes: { replacedBy: string | null; description: string }[] } }>(
      `query($n: Int!) { proposal(number: $n) { changes { replacedBy description } } }`,
      { n: number },
    );
    expect(proposal.changes[0]?.replacedBy).toBe('customer-engagement-score');
    expect(proposal.changes[0]?.description).toMatch(/^Retire .*, replaced by .*: Folded into engagement\.$/);
    const { publishRelease } = await f.editor.data<{
      publishRelease: { version: string; changelog: { changes: { kind: string; description: string }[] }[] };
    }>(PUBLISH, { input: { title: 'Folded', notes: '' } });
    expect(publishRelease.changelog[0]?.changes[0]?.description).toContain('replaced by');

    const { measure } = await f.author.data<{
      measure: { status: string; replacedBy: string; replacement: { key: string; status: string } };
    }>(`{ measure(key: "self-service-success") { status replacedBy replacement { key status } } }`);
    expect(measure).toEqual({
      status: 'RETIRED',
      replacedBy: 'customer-engagement-score',
      replacement: { key: 'customer-engagement-score', status: 'ACTIVE' },
    });

    const { releaseDiff } = await f.author.data<{
      releaseDiff: { diff: { measures: { retired: { key: string; replacedBy?: string }[] } } };
    }>(DIFF, {
      from: '1.0.0',
      to: publishRelease.version,
    });
    expect(releaseDiff.diff.measures.retired.map((m) => [m.key, m.replacedBy])).toEqual([
      ['self-service-success', 'customer-engagement-score'],
    ]);
    const compare = (await (await fetch(`${f.app.url}/releases/1.0.0...${publishRelease.version}.json`)).json()) as {
      diff: typeof releaseDiff.diff;
    };
    expect(compare.diff.measures.retired[0]?.replacedBy).toBe('customer-engagement-score');
    const schema = (await (await fetch(`${f.app.url}/schema/release-diff.schema.json`)).json()) as object;
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(compare) ? [] : validate.errors).toEqual([]);
    const document = (await (await fetch(`${f.app.url}/releases/${publishRelease.version}.json`)).json()) as {
      measures: { key: string; replacedBy?: string }[];
    };
    expect(document.measures.find((m) => m.key === 'self-service-success')?.replacedBy).toBe('customer-engagement-score');
    // Measures retired without a replacement, and earlier releases, carry no such key at all.
    expect(document.measures.filter((m) => 'replacedBy' in m).map((m) => m.key)).toEqual(['self-service-success']);
  });
});

describe('published releases and draft revisions in memory', () => {
  const f = releasesFixture();

  it('reads each one’s document from the database once, and shows a new revision and release at once', async () => {
    const HOME = `query { draft { revision measures { key } } releases { version measures { key } } }`;
    type Home = { draft: { revision: number; measures: { key: string }[] }; releases: { version: string; measures: { key: string }[] }[] };
    const read = async () => {
      const { result: home, statements } = await recordStatements(f.app, () => f.app.client().data<Home>(HOME));
      return { home, statements };
    };
    const readsADocument = (statements: string[]) => statements.some((sql) => /"document"/.test(sql));

    await read();
    const again = await read();
    expect(readsADocument(again.statements)).toBe(false);
    const revision = again.home.draft.revision;
    expect(again.home.draft.measures.map((m) => m.key)).not.toContain(addNetArr.measure.key);

    await f.merged('Add Net ARR', [addNetArr]);
    const merged = await read();
    expect(merged.home.draft.revision).toBe(revision + 1);
    expect(merged.home.draft.measures.map((m) => m.key)).toContain(addNetArr.measure.key);

    const version = await f.publish('Net ARR');
    const published = await read();
    expect(published.home.releases[0]?.version).toBe(version);
    expect(published.home.releases[0]?.measures.map((m) => m.key)).toContain(addNetArr.measure.key);
    expect(published.home.releases.slice(1).every((r) => !r.measures.some((m) => m.key === addNetArr.measure.key))).toBe(true);
    expect(readsADocument((await read()).statements)).toBe(false);
  });
});

describe('concurrent publishing', () => {
  const f = releasesFixture();

  it('lets two editors publishing at once produce one release; the other gets a clear conflict', async () => {
    await f.merged('Set focus', [rebalance]);
    const other = (await signedInAs(f.app, 'EDITOR')).client;
    const results = await Promise.all([
      f.editor.query(PUBLISH, { input: { title: 'Rebalanced A', notes: '' } }),
      other.query(PUBLISH, { input: { title: 'Rebalanced B', notes: '' } }),
    ]);
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(errorCodes(refused[0]!)).toEqual([expect.stringMatching(/^(RELEASE_VERSION_TAKEN|NOTHING_TO_RELEASE)$/)]);
    const { releases } = await f.app.client().data<{ releases: { version: string }[] }>('{ releases { version } }');
    expect(releases.map((r) => r.version)).toEqual(['1.1.0', '1.0.0']);
  });
});

describe('immutability', () => {
  const f = releasesFixture();

  it('refuses a raw SQL UPDATE or DELETE of a published release', async () => {
    await expect(f.app.running.dataSource.query(`UPDATE releases SET title = 'Rewritten' WHERE version = '1.0.0'`)).rejects.toThrow(
      /immutable/,
    );
    await expect(f.app.running.dataSource.query(`DELETE FROM releases WHERE version = '1.0.0'`)).rejects.toThrow(/immutable/);
    await expect(f.app.running.dataSource.query(`TRUNCATE releases CASCADE`)).rejects.toThrow(/immutable/);
    const { release } = await f.app.client().data<{ release: { title: string } }>(`{ release(version: "1.0.0") { title } }`);
    expect(release.title).toBe('Spring 2016 edition');
  });
});

describe('diffs and history', () => {
  const f = releasesFixture();
  beforeAll(async () => {
    await f.merged('Add Net ARR', [addNetArr]);
    await f.publish('Customer Success update');
    await f.merged('Reword Time to Smile', [rewordSmile]);
    await f.merged('Retire self-service success', [retireSelfService]);
    await f.publish('Second edition');
    await f.merged('Set focus', [rebalance]);
    await f.publish('Rebalanced');
  });

  it('compares releases across several versions', async () => {
    type Diff = {
      releaseDiff: {
        diff: {
          measures: {
            added: { key: string }[];
            retired: { key: string }[];
            changed: { key: string; fields: { field: string; words?: unknown[] }[] }[];
          };
          focus: { categoryKey: string; before: number; after: number }[];
        };
      };
    };
    const { releaseDiff } = await f.app.client().data<Diff>(DIFF, { from: '1.0.0', to: 'latest' });
    expect(releaseDiff.diff.measures.added.map((m) => m.key)).toEqual(['net-annual-recurring-revenue']);
    expect(releaseDiff.diff.measures.retired.map((m) => m.key)).toEqual(['self-service-success']);
    const smile = releaseDiff.diff.measures.changed.find((m) => m.key === 'time-to-smile');
    expect(smile?.fields.map((f) => f.field)).toEqual(['notes']);
    expect(smile?.fields[0]?.words?.length).toBeGreaterThan(0);
    expect(releaseDiff.diff.focus).toEqual([
      { categoryKey: 'customer', before: 20, after: 25 },
      { categoryKey: 'business', before: 30, after: 25 },
    ]);
    expect(errorCodes(await f.app.client().query(DIFF, { from: '1.0.0', to: '7.0.0' }))).toEqual(['RELEASE_NOT_FOUND']);
  });

  it('shows a measure’s releases and proposals; a retired measure still resolves', async () => {
    const { measure } = await f.app
      .client()
      .data<{ measure: { status: string; releaseHistory: { version: string; change: string }[]; proposals: { title: string }[] } }>(
        `{ measure(key: "self-service-success") { status releaseHistory { version change } proposals { title } } }`,
      );
    expect(measure.status).toBe('RETIRED');
    expect(measure.releaseHistory).toEqual([
      { version: '1.0.0', change: 'ADDED' },
      { version: '2.0.0', change: 'RETIRED' },
    ]);
    expect(measure.proposals.map((p) => p.title)).toEqual(['Retire self-service success']);
  });
});

describe('downloads', () => {
  const f = releasesFixture();
  beforeAll(async () => {
    await f.merged('Add Net ARR', [addNetArr]);
    await f.publish('Customer Success update');
  });

  it('serves JSON valid against the schema whose SHA-256 is the content hash, CSV that parses back, and Markdown', async () => {
    const client = f.app.client();
    const { release } = await client.data<{ release: { version: string; contentHash: string; measures: { key: string }[] } }>(
      `{ release(version: "latest") { version contentHash measures { key } } }`,
    );
    const json = await client.fetch('/releases/latest.json');
    const body = await json.text();
    expect(createHash('sha256').update(body).digest('hex')).toBe(release.contentHash);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile((await (await client.fetch('/schema/framework.schema.json')).json()) as object);
    expect(validate(JSON.parse(body)) ? [] : validate.errors).toEqual([]);

    const csv = await client.fetch(`/releases/${release.version}.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="ocmf-${release.version}.csv"`);
    const rows = parseCsv(await csv.text());
    expect(rows[0]?.slice(0, 6)).toEqual(['version', 'category_key', 'category_name', 'focus_percent', 'key', 'name']);
    expect(
      rows
        .slice(1)
        .map((r) => r[4])
        .sort(),
    ).toEqual(release.measures.map((m) => m.key).sort());
    expect(rows.find((r) => r[4] === 'net-annual-recurring-revenue')?.[11]).toBe(
      'New customer revenue − Lost customer revenue + Expansion revenue',
    );

    const md = await client.fetch('/releases/1.0.0.md');
    expect(md.headers.get('content-disposition')).toBe('attachment; filename="ocmf-1.0.0.md"');
    const text = await md.text();
    expect(text).toMatch(/^# Open Customer Metrics Framework \(OCMF\) 1\.0\.0/);
    expect(text).toContain('ocmfgroup.org');
  });
});
