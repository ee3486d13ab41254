import { hashApiToken } from '../src/tokens/bearer-token.js';
import { signedInAs } from './support/factories.js';
import { errorCodes, type GraphQLResponse, type GraphQLTestClient } from './support/graphql-client.js';
import { mergedProposal, PUBLISH_RELEASE } from './support/release-flow.js';
import { collect, runOnce, subscriptionClient } from './support/subscriptions.js';
import { subscribed } from './support/subscriptions.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE = `mutation($name: String!, $expiresAt: DateTime, $scope: ApiTokenScope) {
  createApiToken(name: $name, expiresAt: $expiresAt, scope: $scope) { token apiToken { id name scope createdAt lastUsedAt expiresAt } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;
const TOKENS = `query { apiTokens { id name scope createdAt lastUsedAt } }`;

type Created = { createApiToken: { token: string; apiToken: { id: string; name: string; scope: string; lastUsedAt: string | null } } };

let app: TestApp;
let member: GraphQLTestClient;
let memberEmail: string;
let editor: GraphQLTestClient;
let setter: GraphQLTestClient;

beforeAll(async () => {
  app = await startTestApp({ VOTING_CLOSER: 'off' });
  ({ client: member, email: memberEmail } = await signedInAs(app, 'MEMBER'));
  editor = (await signedInAs(app, 'EDITOR')).client;
  setter = (await signedInAs(app, 'STANDARD_SETTER')).client;
});
afterAll(() => app.close());

async function create(client: GraphQLTestClient, name: string, extra: Record<string, unknown> = {}) {
  return (await client.data<Created>(CREATE, { name, ...extra })).createApiToken;
}

/** POST /graphql with only the bearer token: no cookie jar. */
async function asToken(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse<Record<string, unknown>> };
}

describe('API tokens', () => {
  it('is shown once with its prefix, stored only as a hash, and listed with its times', async () => {
    const { token, apiToken } = await create(member, 'CRM sync');
    expect(token).toMatch(/^ocmf_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'CRM sync', scope: 'READ_WRITE', lastUsedAt: null });
    const [row] = (await app.running.dataSource.query('SELECT token_hash FROM api_tokens WHERE id = $1', [apiToken.id])) as [
      { token_hash: string },
    ];
    expect(row.token_hash).toBe(hashApiToken(token));
    const dump = JSON.stringify(await app.running.dataSource.query('SELECT * FROM api_tokens'));
    expect(dump).not.toContain(token);
    const { apiTokens } = await member.data<{ apiTokens: { id: string; name: string }[] }>(TOKENS);
    expect(apiTokens.map((t) => t.id)).toContain(apiToken.id);
    expect(JSON.stringify(apiTokens)).not.toContain(token);
  });

  it('acts as its owner, sets no cookie, and cannot start or end a web session', async () => {
    const { token } = await create(member, 'script');
    const res = await asToken(token, '{ me { email } }');
    expect(res).toMatchObject({ status: 200, body: { data: { me: { email: memberEmail } } } });
    expect(res.headers.getSetCookie()).toEqual([]);
    const signIn = await asToken(
      token,
      `mutation { signIn(input: { email: "${memberEmail}", password: "factory password 1" }) { user { id } } }`,
    );
    expect(errorCodes(signIn.body)).toEqual(['TOKEN_NOT_ALLOWED']);
    expect(signIn.headers.getSetCookie()).toEqual([]);
    expect(errorCodes((await asToken(token, `mutation { signOut }`)).body)).toEqual(['TOKEN_NOT_ALLOWED']);
    expect(errorCodes((await asToken(token, CREATE, { name: 'child' })).body)).toEqual(['TOKEN_NOT_ALLOWED']);
  });

  it('records when it was last used, at most once a minute', async () => {
    const { token, apiToken } = await create(member, 'busy script');
    const lastUsed = async () =>
      (
        (await app.running.dataSource.query('SELECT last_used_at FROM api_tokens WHERE id = $1', [apiToken.id])) as [
          { last_used_at: Date | null },
        ]
      )[0].last_used_at;
    await asToken(token, '{ me { id } }');
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await asToken(token, '{ me { id } }');
    expect(await lastUsed()).toEqual(first);
    await app.running.dataSource.query(`UPDATE api_tokens SET last_used_at = now() - interval '61 seconds' WHERE id = $1`, [apiToken.id]);
    const stale = await lastUsed();
    await asToken(token, '{ me { id } }');
    expect((await lastUsed())!.getTime()).toBeGreaterThan(stale!.getTime());
    const { apiTokens } = await member.data<{ apiTokens: { id: string; lastUsedAt: string | null }[] }>(TOKENS);
    expect(apiTokens.find((t) => t.id === apiToken.id)?.lastUsedAt).not.toBeNull();
  });

  it('with the READ scope runs queries but no mutation', async () => {
    const { token } = await create(member, 'reader', { scope: 'READ' });
    expect((await asToken(token, '{ me { email } }')).body).toEqual({ data: { me: { email: memberEmail } } });
    const result = await asToken(
      token,
      `mutation { createWebhookEndpoint(input: { url: "https://example.org/x", events: ["release.published"] }) { secret } }`,
    );
    expect(errorCodes(result.body)).toEqual(['TOKEN_READ_ONLY']);
    expect(result.body.errors?.[0]?.message).toMatch(/READ scope/);
  });

  it('cannot do more than its owner’s role allows: a member’s token cannot publish', async () => {
    const { token } = await create(member, 'ambitious');
    const result = await asToken(token, PUBLISH_RELEASE, { input: { title: 'Mine', notes: '' } });
    expect(errorCodes(result.body)).toEqual(['FORBIDDEN']);
  });

  it('is refused with 401, saying why, once revoked, expired, or if it was never issued', async () => {
    const { token, apiToken } = await create(member, 'to revoke');
    expect((await asToken(token, '{ me { id } }')).status).toBe(200);
    await member.data(REVOKE, { id: apiToken.id });
    const revoked = await asToken(token, '{ me { id } }');
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('www-authenticate')).toMatch(/^Bearer realm="OCMF Commons", error="invalid_token"/);
    expect(revoked.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'REVOKED' } });
    expect(revoked.body.errors?.[0]?.message).toMatch(/^This API token was revoked on \d{4}-/);
    const { apiTokens } = await member.data<{ apiTokens: { id: string }[] }>(TOKENS);
    expect(apiTokens.map((t) => t.id)).not.toContain(apiToken.id);

    const expiring = await create(member, 'to expire', { expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    await app.running.dataSource.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expiring.apiToken.id,
    ]);
    const expired = await asToken(expiring.token, '{ me { id } }');
    expect(expired.status).toBe(401);
    expect(expired.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'EXPIRED' } });
    expect(expired.body.errors?.[0]?.message).toMatch(/expired/);

    const unknown = await asToken(`ocmf_${'A'.repeat(43)}`, '{ me { id } }');
    expect(unknown).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'UNKNOWN' } }] } });
    const malformed = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(malformed.status).toBe(401);
  });

  it('names each bad argument, and creates nothing', async () => {
    const { client } = await signedInAs(app, 'MEMBER');
    const result = await client.query(CREATE, { name: '   ', expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.issues?.map((issue) => [issue.path, issue.message])).toEqual([
      ['name', 'must not be empty'],
      ['expiresAt', 'must be in the future'],
    ]);
    expect((await client.data<{ apiTokens: unknown[] }>(TOKENS)).apiTokens).toEqual([]);
    expect(errorCodes(await client.query(REVOKE, { id: 'not-a-token' }))).toEqual(['API_TOKEN_NOT_FOUND']);
    expect(errorCodes(await app.client().query(CREATE, { name: 'anonymous' }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('subscriptions with a token', () => {
  const RELEASES = `subscription { releasePublished { version title } }`;

  it('delivers releasePublished to a token-authenticated and to an anonymous subscriber', async () => {
    const { token } = await create(member, 'live', { scope: 'READ' });
    const withToken = subscriptionClient(app.client(), { connectionParams: { authorization: `Bearer ${token}` } });
    const anonymous = subscriptionClient(app.client());
    try {
      const viaToken = collect<{ releasePublished: { version: string } }>(withToken, RELEASES, {});
      const viaNobody = collect<{ releasePublished: { version: string } }>(anonymous, RELEASES, {});
      await subscribed(app, 2);
      await mergedProposal({ author: member, editor, setter });
      const { publishRelease } = await editor.data<{ publishRelease: { version: string } }>(PUBLISH_RELEASE, {
        input: { title: 'Live edition', notes: '' },
      });
      for (const feed of [viaToken, viaNobody]) {
        const [pushed] = await feed.until((items) => items.length > 0);
        expect(pushed?.releasePublished.version).toBe(publishRelease.version);
      }
      const { me } = (await runOnce<{ me: unknown }>(withToken, '{ me { id } }')) as { data?: { me: unknown }; errors?: unknown[] } & {
        me?: unknown;
      };
      expect(me).toBeUndefined();
    } finally {
      await Promise.all([withToken.dispose(), anonymous.dispose()]);
    }
  });

  it('closes a connection whose token is revoked, with 4401 and the reason', async () => {
    const { token, apiToken } = await create(member, 'soon revoked');
    await member.data(REVOKE, { id: apiToken.id });
    const client = subscriptionClient(app.client(), { connectionParams: { authorization: `Bearer ${token}` } });
    try {
      await expect(runOnce(client, RELEASES)).rejects.toThrow(/WebSocket closed: 4401 This API token was revoked/);
    } finally {
      await client.dispose();
    }
  });
});
