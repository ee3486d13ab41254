import { signedInAs, uniqueEmail } from './support/factories.js';
import { errorCodes, type GraphQLTestClient } from './support/graphql-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const USERS = `query($search: String, $role: Role, $first: Int, $after: String) {
  users(search: $search, role: $role, first: $first, after: $after) { totalCount nodes { id displayName email role deactivatedAt handle } pageInfo { hasNextPage endCursor } } }`;
const SET_ROLE = `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { id role } }`;
const DEACTIVATE = `mutation($userId: ID!, $reason: String!) { deactivateUser(userId: $userId, reason: $reason) { id deactivatedAt } }`;
const HISTORY = `query($userId: ID!) { accountHistory(userId: $userId) { action fromState toState reason actorName } }`;
const ME = `query { me { id role } }`;
const NOTIFICATIONS = `query { notifications(first: 5) { nodes { kind title body } } }`;
const HOLDERS = `query($role: Role!) { roleHolders(role: $role) { displayName handle email } }`;

type Users = {
  users: {
    totalCount: number;
    nodes: { id: string; displayName: string; email: string | null; role: string; deactivatedAt: string | null }[];
  };
};

let app: TestApp;
let admin: GraphQLTestClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await signedInAs(app, 'ADMIN')).client;
});
afterAll(() => app.close());

const idOf = async (client: GraphQLTestClient) => (await client.data<{ me: { id: string } }>(ME)).me.id;

describe('the admin users screen', () => {
  it('finds accounts by name or email and filters by role', async () => {
    const { email } = await signedInAs(app, 'EDITOR', uniqueEmail('findme'));
    const found = await admin.data<Users>(USERS, { search: 'findme', first: 10 });
    expect(found.users.nodes.map((user) => user.email)).toEqual([email]);
    const editors = await admin.data<Users>(USERS, { role: 'EDITOR', first: 50 });
    expect(editors.users.nodes.every((user) => user.role === 'EDITOR')).toBe(true);
    expect(editors.users.nodes.map((user) => user.email)).toContain(email);
    const member = (await signedInAs(app, 'MEMBER')).client;
    expect(errorCodes(await member.query(USERS, { first: 5 }))).toEqual(['FORBIDDEN']);
  });

  it('changes a role only with a reason, records it in the audit log and tells the person', async () => {
    const person = await signedInAs(app, 'MEMBER');
    const userId = await idOf(person.client);
    const missing = await admin.query(SET_ROLE, { input: { userId, role: 'STANDARD_SETTER', reason: ' ' } });
    expect(missing.errors?.[0]?.extensions?.issues).toEqual([expect.objectContaining({ path: 'input.reason' })]);
    expect((await person.client.data<{ me: { role: string } }>(ME)).me.role).toBe('MEMBER');

    await admin.data(SET_ROLE, { input: { userId, role: 'STANDARD_SETTER', reason: 'Elected by the steering group' } });
    const history = (await admin.data<{ accountHistory: unknown[] }>(HISTORY, { userId })).accountHistory;
    expect(history[0]).toMatchObject({
      action: 'user.role_changed',
      fromState: 'MEMBER',
      toState: 'STANDARD_SETTER',
      reason: 'Elected by the steering group',
    });
    const told = (await person.client.data<{ notifications: { nodes: { kind: string; title: string; body: string }[] } }>(NOTIFICATIONS))
      .notifications.nodes[0];
    expect(told).toMatchObject({ kind: 'ROLE_CHANGED', body: 'Elected by the steering group' });
    expect(told!.title).toContain('standard setter');
    // The governance page's public list of standard-setters shows them, without their email.
    const holders = (
      await app.client().data<{ roleHolders: { handle: string; email: string | null }[] }>(HOLDERS, { role: 'STANDARD_SETTER' })
    ).roleHolders;
    expect(holders.some((holder) => holder.email !== null)).toBe(false);
    expect(holders.length).toBeGreaterThanOrEqual(1);
  });

  it('deactivates an account: its session is refused at once, it cannot sign in again, its tokens stop working', async () => {
    const person = await signedInAs(app, 'MEMBER');
    const userId = await idOf(person.client);
    const { createApiToken } = await person.client.data<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(name: "script") { token } }`,
    );
    const deactivated = await admin.data<{ deactivateUser: { deactivatedAt: string | null } }>(DEACTIVATE, {
      userId,
      reason: 'Left the organisation',
    });
    expect(deactivated.deactivateUser.deactivatedAt).not.toBeNull();
    expect((await person.client.data<{ me: unknown }>(ME)).me).toBeNull();
    expect(errorCodes(await person.client.query(`mutation { markNotificationsRead }`))).toEqual(['UNAUTHENTICATED']);
    const again = await app.client().query(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
      input: { email: person.email, password: 'factory password 1' },
    });
    expect(errorCodes(again)).toEqual(['INVALID_CREDENTIALS']);
    const byToken = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${createApiToken.token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(byToken.status).toBe(401);
    const history = (await admin.data<{ accountHistory: { action: string; reason: string }[] }>(HISTORY, { userId })).accountHistory;
    expect(history[0]).toMatchObject({ action: 'user.deactivated', reason: 'Left the organisation' });
    // An administrator cannot deactivate themself.
    expect(errorCodes(await admin.query(DEACTIVATE, { userId: await idOf(admin), reason: 'Trying it' }))).toEqual(['INVALID_STATE']);
  });
});

describe('profiles', () => {
  const PERSON = `query($handle: String!) { person(handle: $handle) { handle displayName bio organisation role proposals { number title } comments { proposalNumber excerpt } voteRationales { rationale } } }`;
  const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { handle displayName bio organisation } }`;

  it('lets a person describe themself, and shows everyone their public profile', async () => {
    const person = await signedInAs(app, 'MEMBER');
    const { me } = await person.client.data<{ me: { handle: string } }>(`query { me { handle } }`);
    await person.client.data(UPDATE, {
      input: { displayName: 'Noor Practitioner', bio: 'Runs customer success at a small SaaS.', organisation: 'Acme' },
    });
    const profile = (await app.client().data<{ person: Record<string, unknown> }>(PERSON, { handle: me.handle })).person;
    expect(profile).toMatchObject({
      handle: me.handle,
      displayName: 'Noor Practitioner',
      bio: 'Runs customer success at a small SaaS.',
      organisation: 'Acme',
      role: 'MEMBER',
    });
    const bad = await person.client.query(UPDATE, { input: { timeZone: 'Mars/Olympus' } });
    expect(bad.errors?.[0]?.extensions?.issues).toEqual([expect.objectContaining({ path: 'input.timeZone' })]);
    expect(errorCodes(await app.client().query(PERSON, { handle: 'nobody-has-this' }))).toEqual(['NOT_FOUND']);
  });
});
