import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getIntrospectionQuery, Kind, type OperationDefinitionNode, parse } from 'graphql';
import pg from 'pg';
import { checkOperation, QUERY_LIMITS, queryCost } from '../src/common/query-limits.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { errorCodes, type GraphQLTestClient } from './support/graphql-client.js';
import { signedInAs, uniqueEmail } from './support/factories.js';
import { CREATE_PROPOSAL, type CreatedProposal, twoChanges } from './support/proposal-operations.js';
import { runOnce, subscriptionClient } from './support/subscriptions.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { webDocuments } from './support/web-documents.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const post = (app: TestApp, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('query limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('refuses a fragment bomb in well under a second, with the rule and its limit, while /health answers', async () => {
    const fragment = (n: number) =>
      `fragment F${n} on Category { ${Array.from({ length: 10 }, (_, i) => `a${i}: measures { category { ...F${n - 1} } }`).join(' ')} }`;
    const bomb = [
      'query Bomb { category(key: "business") { ...F5 } }',
      'fragment F1 on Category { key }',
      ...[2, 3, 4, 5].map(fragment),
    ].join('\n');
    expect(bomb.length).toBeLessThan(2000);
    const started = performance.now();
    const [res, health] = await Promise.all([post(app, { query: bomb }), fetch(`${app.url}/health`)]);
    const elapsed = performance.now() - started;
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', rule: 'MAX_ALIASES', limit: QUERY_LIMITS.maxAliases });
    expect(elapsed).toBeLessThan(1000);
    expect(health.status).toBe(200);
  });

  it('refuses deep nesting, costly lists, many aliases of releaseDiff and many directives, each naming its rule', async () => {
    const deep = `{ category(key: "business") { ${'measures { category { '.repeat(7)}key${' } }'.repeat(7)} } }`;
    const costly = `{ proposals(first: 100) { nodes { comments { revisions { body } author { displayName } } } } }`;
    const diffs = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `d${i}: releaseDiff(from: "1.0.0", to: "1.0.0") { from { version } }`).join(' ')} }`;
    const directives = `{ draft { ${Array.from({ length: 25 }, () => '... on Draft @include(if: true) { revision }').join(' ')} } }`;
    const rule = async (query: string) => {
      const res = await post(app, { query });
      expect(res.status).toBe(400);
      return ((await res.json()) as { errors: { extensions: { code: string; rule: string; cost?: number; limit: number } }[] }).errors[0]!
        .extensions;
    };
    expect(await rule(deep)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', rule: 'MAX_DEPTH', limit: QUERY_LIMITS.maxDepth });
    const cost = await rule(costly);
    expect(cost).toMatchObject({ code: 'QUERY_TOO_COMPLEX', rule: 'MAX_COST', limit: QUERY_LIMITS.maxCost });
    expect(cost.cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
    expect(await rule(diffs(40))).toMatchObject({ rule: 'MAX_ALIASES' });
    // A thousand do not even parse: the document is over the token limit.
    expect(await rule(diffs(1000))).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(await rule(directives)).toMatchObject({ rule: 'MAX_DIRECTIVES' });
    const tokens = await post(app, { query: `{ draft { ${'revision '.repeat(QUERY_LIMITS.maxTokens)} } }` });
    expect(tokens.status).toBe(400);
    expect(((await tokens.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/tokens/);
  });

  it('keeps the web app’s heaviest operation and the introspection query well inside every limit', async () => {
    const schema = app.running.app.get(GraphQLSchemaHost).schema;
    const document = await webDocuments();
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(20);
    // Page sizes the app asks for, and placeholders for the ids it passes.
    const variablesOf = (operation: OperationDefinitionNode) =>
      Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => {
          const type = v.type.kind === Kind.NON_NULL_TYPE ? v.type.type : v.type;
          const name = type.kind === Kind.NAMED_TYPE ? type.name.value : '';
          return [
            v.variable.name.value,
            name === 'Int'
              ? 1
              : name === 'String' || name === 'ID'
                ? 'x'
                : name === 'Boolean'
                  ? true
                  : name === 'FollowInput'
                    ? { kind: 'PROPOSAL', key: '1' }
                    : undefined,
          ];
        }),
      );
    const costs = operations
      .filter((operation) => operation.operation !== 'mutation')
      .map((operation) => {
        const single = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] } as const;
        expect(checkOperation(schema, single, operation, variablesOf(operation))).toBeNull();
        return { name: operation.name?.value, cost: queryCost(schema, single, operation.name?.value, variablesOf(operation)) };
      })
      .sort((a, b) => b.cost - a.cost);
    expect(costs[0]!.cost).toBeLessThan(QUERY_LIMITS.maxCost / 2);
    const introspection = parse(getIntrospectionQuery());
    expect(checkOperation(schema, introspection, introspection.definitions[0] as OperationDefinitionNode, {})).toBeNull();
    const answered = await post(app, { query: getIntrospectionQuery() });
    expect(answered.status).toBe(200);
    expect(((await answered.json()) as { data: { __schema: { types: unknown[] } } }).data.__schema.types.length).toBeGreaterThan(50);
  });

  it('serves the committed SDL at /schema/schema.graphql', async () => {
    const res = await fetch(`${app.url}/schema/schema.graphql`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(await fs.readFile(path.resolve(import.meta.dirname, '../schema.gql'), 'utf8'));
  });

  it('allows at most ten mutations and one sign-up per request: 100 aliased sign-ups create no account', async () => {
    const signUps = Array.from(
      { length: 100 },
      (_, i) => `s${i}: signUp(input: { email: "bulk${i}@example.org", password: "long enough password" }) { user { id } }`,
    );
    const res = await post(app, { query: `mutation { ${signUps.join(' ')} }` });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { rule: string } }[] }).errors[0]?.extensions.rule).toBe('MAX_ROOT_MUTATIONS');
    const two = await post(app, { query: `mutation { ${signUps.slice(0, 2).join(' ')} }` });
    expect(((await two.json()) as { errors: { extensions: { rule: string } }[] }).errors[0]?.extensions.rule).toBe('ONCE_PER_REQUEST');
    const [{ count }] = (await app.running.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE email LIKE 'bulk%'`)) as [
      { count: number },
    ];
    expect(count).toBe(0);
  });
});

describe('production mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => app.close());

  it('answers no introspection and suggests no field names', async () => {
    const introspection = await post(app, { query: getIntrospectionQuery() });
    expect(introspection.status).toBe(400);
    const typo = (await (await post(app, { query: '{ draf { revision } }' })).json()) as { errors: { message: string }[] };
    expect(typo.errors[0]?.message).toContain('Cannot query field "draf"');
    expect(typo.errors[0]?.message).not.toContain('Did you mean');
    expect((await fetch(`${app.url}/schema/schema.graphql`)).status).toBe(200);
  });

  it('turns introspection back on with GRAPHQL_INTROSPECTION=true', async () => {
    const open = await startTestApp({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    try {
      expect((await post(open, { query: getIntrospectionQuery() })).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe('security headers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('sends a strict Content-Security-Policy and friends on pages, and HSTS only over https', async () => {
    const res = await fetch(`${app.url}/proposals`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const secure = await startTestApp({ PUBLIC_URL: 'https://commons.example.org' });
    try {
      expect((await fetch(`${secure.url}/health`)).headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    } finally {
      await secure.close();
    }
  });
});

describe('WebSockets', () => {
  let app: TestApp;
  let member: GraphQLTestClient;
  let number: number;
  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_URL: 'http://commons.test', ALLOWED_ORIGINS: 'http://app.commons.test' });
    member = (await signedInAs(app, 'MEMBER')).client;
    number = (await member.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges('ws') })).createProposal.number;
  });
  afterAll(() => app.close());
  const mutation = `mutation { submitProposal(number: 1) { status } }`;

  it('refuses a signed-in connection from a foreign origin, so no page elsewhere can act as the user', async () => {
    const ws = subscriptionClient(member, { origin: 'http://evil.commons.test' });
    await expect(runOnce(ws, mutation)).rejects.toThrow(/4403|Forbidden/);
    await ws.dispose();
    expect((await member.data<{ proposal: { status: string } }>(`{ proposal(number: ${number}) { status } }`)).proposal.status).toBe(
      'DRAFT',
    );
  });

  it('runs only subscriptions, even for the app’s own origins', async () => {
    for (const origin of ['http://commons.test', 'http://app.commons.test']) {
      const ws = subscriptionClient(member, { origin });
      const result = await runOnce(ws, mutation);
      expect(JSON.stringify(result.errors)).toContain('SUBSCRIPTIONS_ONLY');
      await ws.dispose();
    }
    expect((await member.data<{ proposal: { status: string } }>(`{ proposal(number: ${number}) { status } }`)).proposal.status).toBe(
      'DRAFT',
    );
  });

  it('accepts connections without the session cookie from anywhere, for subscriptions', async () => {
    const ws = subscriptionClient(app.client(), { origin: 'http://elsewhere.example' });
    const result = await runOnce(ws, `{ draft { revision } }`);
    expect(JSON.stringify(result.errors)).toContain('SUBSCRIPTIONS_ONLY');
    await ws.dispose();
  });
});

describe('sign-in and sign-up limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: 'loopback', LOGIN_MAX_ATTEMPTS: '5', SIGNUP_RATE_LIMIT: '3' });
  });
  afterAll(() => app.close());
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const signIn = (email: string, password: string, address: string) =>
    post(app, { query: SIGN_IN, variables: { input: { email, password } } }, from(address)).then(
      (res) =>
        res.json() as Promise<{ data?: unknown; errors?: { message: string; extensions: { code: string; retryAfterSeconds?: number } }[] }>,
    );

  it('stops a guesser at one address without locking the owner out: elsewhere they wait at most a minute', async () => {
    const { email } = await signedInAs(app, 'ADMIN');
    const waitOutEmailDelay = () =>
      app.running.dataSource.query(`UPDATE rate_limits SET blocked_until = clock_timestamp() - interval '1 second' WHERE key = $1`, [
        `login:email:${email}`,
      ]);
    for (let i = 0; i < 5; i++) {
      // Each guess after the third waits for the email's delay; the guesser is patient (moved, not waited for).
      await waitOutEmailDelay();
      expect(errorCodes(await signIn(email, 'wrong password!', '203.0.113.7'))).toEqual(['INVALID_CREDENTIALS']);
    }
    // The guesser's address is now refused for the window…
    const blocked = await signIn(email, 'factory password 1', '203.0.113.7');
    expect(errorCodes(blocked)).toEqual(['RATE_LIMITED']);
    expect(blocked.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(60);
    // …while the owner, from another address, is only slowed down by the failures on their email.
    const owner = await signIn(email, 'factory password 1', '198.51.100.20');
    expect(errorCodes(owner)).toEqual(['RATE_LIMITED']);
    expect(owner.errors?.[0]?.extensions.retryAfterSeconds).toBeLessThanOrEqual(60);
    // That delay later (moved in the database, not waited for), the owner signs in.
    await waitOutEmailDelay();
    expect((await signIn(email, 'factory password 1', '198.51.100.20')).errors).toBeUndefined();
  });

  it('slows down guesses at one email from any address, with a delay that doubles after the first three', async () => {
    const { email } = await signedInAs(app, 'MEMBER');
    const delays: (number | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      const wrong = await signIn(email, 'wrong password!', `198.51.100.${100 + i}`);
      expect(errorCodes(wrong)).toEqual(['INVALID_CREDENTIALS']);
      const next = await signIn(email, 'factory password 1', `198.51.100.${200 + i}`);
      delays.push(next.errors?.[0]?.extensions.retryAfterSeconds);
      if (next.errors) {
        await app.running.dataSource.query(`UPDATE rate_limits SET blocked_until = NULL WHERE key = $1`, [`login:email:${email}`]);
      } else break;
    }
    // The right password right after the first failure works (and clears the count): no delay was owed yet.
    expect(delays).toEqual([undefined]);
    for (let i = 0; i < 6; i++)
      expect(errorCodes(await signIn(email, 'wrong password!', `198.51.100.${i}`))).toEqual(
        i < 4 ? ['INVALID_CREDENTIALS'] : ['RATE_LIMITED'],
      );
    const [{ seconds }] = (await app.running.dataSource.query(
      `SELECT round(extract(epoch FROM blocked_until - clock_timestamp()))::int AS seconds FROM rate_limits WHERE key = $1`,
      [`login:email:${email}`],
    )) as [{ seconds: number }];
    expect(seconds).toBeGreaterThanOrEqual(0);
    expect(seconds).toBeLessThanOrEqual(1);
  });

  it('counts failures per address across emails, and a forwarded-for header only from a trusted proxy', async () => {
    const untrusted = await startTestApp({ LOGIN_MAX_ATTEMPTS: '2' });
    try {
      const attempt = (i: number) =>
        fetch(`${untrusted.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${i}.1` },
          body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: `nobody${i}@example.org`, password: 'wrong password!' } } }),
        }).then((res) => res.json() as Promise<{ errors: { extensions: { code: string } }[] }>);
      // Without TRUST_PROXY the header is ignored: ten "different" addresses are one, limited at 5 × 2 failures.
      const codes: string[] = [];
      for (let i = 0; i < 11; i++) codes.push((await attempt(i)).errors[0]!.extensions.code);
      expect(codes.slice(0, 10).every((code) => code === 'INVALID_CREDENTIALS')).toBe(true);
      expect(codes[10]).toBe('RATE_LIMITED');
    } finally {
      await untrusted.close();
    }
  });

  it('limits sign-ups per address and hour, shared by every replica through the database', async () => {
    const signUp = (address: string) =>
      post(
        app,
        { query: SIGN_UP, variables: { input: { email: uniqueEmail('new'), password: 'long enough password' } } },
        from(address),
      ).then((res) => res.json() as Promise<{ errors?: { message: string; extensions: { code: string } }[] }>);
    for (let i = 0; i < 3; i++) expect((await signUp('192.0.2.50')).errors).toBeUndefined();
    expect(errorCodes(await signUp('192.0.2.50'))).toEqual(['RATE_LIMITED']);
    expect((await signUp('192.0.2.51')).errors).toBeUndefined();
    const [{ count }] = (await app.running.dataSource.query(`SELECT count FROM rate_limits WHERE key = 'signup:address:192.0.2.50'`)) as [
      { count: number },
    ];
    expect(count).toBe(3);
  });
});

describe('clean input', () => {
  let app: TestApp;
  let member: GraphQLTestClient;
  beforeAll(async () => {
    app = await startTestApp();
    member = (await signedInAs(app, 'MEMBER')).client;
  });
  afterAll(() => app.close());
  const issuesOf = (result: { errors?: { extensions?: { code?: string; issues?: { path: string; message: string }[] } }[] }) =>
    result.errors?.[0]?.extensions;

  it('refuses a NUL byte with the field it came in, and writes nothing', async () => {
    const input = { ...twoChanges('nul'), title: 'A title with a \u0000 in it' };
    const result = await member.query(CREATE_PROPOSAL, { input });
    expect(issuesOf(result)).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'input.title', message: expect.stringMatching(/NUL/) }],
    });
    const deep = await member.query(CREATE_PROPOSAL, {
      input: {
        ...twoChanges('nul2'),
        changes: [{ ...twoChanges('nul2').changes[0], measure: { ...twoChanges('nul2').changes[0]!.measure, name: 'x\u0000' } }],
      },
    });
    expect(issuesOf(deep)?.issues?.[0]?.path).toBe('input.changes[0].measure.name');
    const [{ count }] = (await app.running.dataSource.query(`SELECT count(*)::int AS count FROM proposals`)) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('refuses a cursor holding a huge number as bad input on that argument', async () => {
    const cursor = Buffer.from(`${new Date().toISOString()}|99999999999999999999999`).toString('base64url');
    const result = await member.query(`query($after: String) { proposals(after: $after) { totalCount } }`, { after: cursor });
    expect(issuesOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'after' }] });
  });

  it('stores text NFC-normalised, refuses hidden characters in titles and names, and counts visible characters', async () => {
    const decomposed = 'Caf\u0065\u0301 metrics for re\u0301sume\u0301s';
    const created = await member.data<CreatedProposal & { createProposal: { title?: string } }>(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { number title } }`,
      { input: { ...twoChanges('nfc'), title: decomposed } },
    );
    expect(created.createProposal.title).toBe(decomposed.normalize('NFC'));
    expect(created.createProposal.title).not.toBe(decomposed);

    const bidi = await member.query(CREATE_PROPOSAL, { input: { ...twoChanges('bidi'), title: 'Rename \u202Eexe.txt measure' } });
    expect(issuesOf(bidi)?.issues?.[0]).toMatchObject({ path: 'input.title', message: expect.stringMatching(/invisible/) });
    const invisible = await member.query(CREATE_PROPOSAL, { input: { ...twoChanges('zw'), title: 'ab\u200B\u200B\u200B\u200B' } });
    expect(issuesOf(invisible)?.issues?.[0]?.path).toBe('input.title');
    const hiddenName = await member.query(CREATE_PROPOSAL, {
      input: {
        ...twoChanges('zwn'),
        changes: [{ ...twoChanges('zwn').changes[0], measure: { ...twoChanges('zwn').changes[0]!.measure, name: 'Net\u200BARR' } }],
      },
    });
    expect(issuesOf(hiddenName)).toMatchObject({
      code: 'INVALID_CHANGES',
      issues: [{ path: 'input.changes[0].measure.name', code: 'HIDDEN_CHARACTERS' }],
    });
    const signUp = await app
      .client()
      .query(SIGN_UP, { input: { email: uniqueEmail('zw'), password: 'long enough password', displayName: 'Ad\u200Dmin' } });
    expect(issuesOf(signUp)?.issues?.[0]?.path).toBe('input.displayName');
  });
});

describe('CSV exports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ VOTING_CLOSER: 'off' });
  });
  afterAll(() => app.close());

  it('neutralise cells a spreadsheet would run as formulas (OWASP CSV injection)', async () => {
    const author = (await signedInAs(app, 'MEMBER')).client;
    const setter = (await signedInAs(app, 'STANDARD_SETTER')).client;
    const editor = (await signedInAs(app, 'EDITOR')).client;
    const base = twoChanges('csv');
    const add = base.changes[0] as { op: string; measure: Record<string, unknown> };
    const input = { ...base, changes: [{ ...add, measure: { ...add.measure, definition: '=HYPERLINK("https://evil.example","x")' } }] };
    const { number } = (await author.data<CreatedProposal>(CREATE_PROPOSAL, { input })).createProposal;
    await author.data(`mutation($n: Int!) { submitProposal(number: $n) { status } }`, { n: number });
    await editor.data(`mutation($n: Int!) { openVoting(number: $n) { status } }`, { n: number });
    await setter.data(`mutation($n: Int!) { castVote(input: { proposalNumber: $n, choice: APPROVE }) { number } }`, { n: number });
    await editor.data(`mutation($n: Int!) { closeVoting(number: $n) { status } }`, { n: number });
    await editor.data(`mutation($n: Int!) { mergeProposal(number: $n) { status } }`, { n: number });
    const { publishRelease } = await editor.data<{ publishRelease: { version: string } }>(
      `mutation { publishRelease(input: { title: "Formula test", notes: "" }) { version } }`,
    );
    const csv = await (await fetch(`${app.url}/releases/${publishRelease.version}.csv`)).text();
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(csv.split('\r\n').some((line) => /(^|,)=/.test(line))).toBe(false);
  });
});

describe('the embedded database', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ocmf-hardening-'));
  });
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  it('is served on a Unix socket in a directory only its OS user may enter, recorded in a private file', async () => {
    const db = await startEmbeddedPostgres(dataDir);
    try {
      const record = JSON.parse(await fs.readFile(path.join(dataDir, 'instance.json'), 'utf8')) as { url: string; socketDir: string };
      expect(record.url).not.toMatch(/127\.0\.0\.1|localhost:\d/);
      expect((await fs.stat(record.socketDir)).mode & 0o777).toBe(0o700);
      expect((await fs.stat(path.join(dataDir, 'instance.json'))).mode & 0o777).toBe(0o600);
      const client = new pg.Client({ connectionString: record.url });
      await client.connect();
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.end();

      if (process.getuid?.() !== 0) {
        console.warn('Skipped the other-OS-user check: it needs root to run a probe as `nobody`.');
        return;
      }
      const socket = path.join(record.socketDir, '.s.PGSQL.5432');
      const probe = `require('net').connect(process.argv[1]).on('connect',()=>{console.log('connected');process.exit(0)}).on('error',(e)=>{console.log(e.code);process.exit(1)})`;
      let output: string;
      try {
        output = execFileSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, '-e', probe, socket], {
          encoding: 'utf8',
        });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? '');
      }
      expect(output.trim()).toBe('EACCES');
    } finally {
      await db.stop();
    }
  });

  it('is not blocked by a stale instance.json whose process id now belongs to another program', async () => {
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      await fs.writeFile(
        path.join(dataDir, 'instance.json'),
        JSON.stringify({ pid: other.pid, url: 'postgresql://postgres@localhost/postgres?host=/nonexistent', socketDir: '/nonexistent' }),
      );
      const db = await startEmbeddedPostgres(dataDir);
      await db.stop();
    } finally {
      other.kill();
    }
  });

  it('on a PostgreSQL server, has the server end transactions left idle', async () => {
    if (!process.env.TEST_DATABASE_URL) return; // the embedded database has its own timer, tested below
    const app = await startTestApp({ DB_IDLE_TRANSACTION_TIMEOUT_SECONDS: '7' });
    try {
      const [{ idle_in_transaction_session_timeout: timeout }] = (await app.running.dataSource.query(
        'SHOW idle_in_transaction_session_timeout',
      )) as [{ idle_in_transaction_session_timeout: string }];
      expect(timeout).toBe('7s');
    } finally {
      await app.close();
    }
  });

  it('ends a transaction left idle, so one quiet client cannot stall every other', async () => {
    const db = await startEmbeddedPostgres(null, { idleTransactionTimeoutMs: 300 });
    const idle = new pg.Client({ connectionString: db.url });
    const other = new pg.Client({ connectionString: db.url });
    try {
      await idle.connect();
      await other.connect();
      idle.on('error', () => {});
      await idle.query('CREATE TABLE t (x int)');
      await idle.query('BEGIN');
      await idle.query('INSERT INTO t VALUES (1)');
      // The other connection waits behind the open transaction until the timeout ends it and rolls it back.
      const { rows } = await other.query('SELECT count(*)::int AS n FROM t');
      expect(rows).toEqual([{ n: 0 }]);
      await expect(idle.query('SELECT 1')).rejects.toThrow();
    } finally {
      await other.end();
      await idle.end().catch(() => {});
      await db.stop();
    }
  });
});
