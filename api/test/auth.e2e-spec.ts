import { errorCodes, GraphQLTestClient } from './support/graphql-client.js';
import { signedInAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        email
        displayName
        role
      }
    }
  }
`;
const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        email
        role
      }
    }
  }
`;
const ME = /* GraphQL */ `
  query Me {
    me {
      email
      role
      displayName
    }
  }
`;
const SIGN_OUT = /* GraphQL */ `
  mutation SignOut {
    signOut
  }
`;
const SET_ROLE = /* GraphQL */ `
  mutation SetUserRole($input: SetUserRoleInput!) {
    setUserRole(input: $input) {
      email
      role
    }
  }
`;

type SignUpVars = { input: { email: string; password: string; displayName?: string } };

let app: TestApp;
let seq = 0;
const freshEmail = () => `person${++seq}-${Date.now()}@example.org`;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS: '3' });
});
afterAll(() => app.close());

async function signUp(client: GraphQLTestClient, email = freshEmail(), password = 'correct horse battery') {
  await client.data<unknown, SignUpVars>(SIGN_UP, { input: { email, password } });
  return { email, password };
}

describe('sign-up, sign-in, sign-out', () => {
  it('signs a new member up and in with an httpOnly SameSite cookie', async () => {
    const client = app.client();
    const email = freshEmail();
    const res = await client.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_UP,
        variables: { input: { email: email.toUpperCase(), password: 'long enough password', displayName: 'Pat' } },
      }),
    });
    const body = (await res.json()) as { data: { signUp: { user: { email: string; role: string; displayName: string } } } };
    expect(body.data.signUp.user).toMatchObject({ email, role: 'MEMBER', displayName: 'Pat' });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ocmf_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await client.data<{ me: { email: string } }>(ME)).toEqual({ me: { email, role: 'MEMBER', displayName: 'Pat' } });
  });

  it('signs out, and signs back in with the password', async () => {
    const client = app.client();
    const { email, password } = await signUp(client);
    expect(await client.data(SIGN_OUT)).toEqual({ signOut: true });
    expect(await client.data(ME)).toEqual({ me: null });
    const signedIn = await client.data<{ signIn: { user: { email: string } } }>(SIGN_IN, { input: { email, password } });
    expect(signedIn.signIn.user.email).toBe(email);
    expect((await client.data<{ me: { email: string } }>(ME)).me.email).toBe(email);
  });

  it('refuses a wrong password without saying whether the email exists', async () => {
    const { email } = await signUp(app.client());
    const wrong = await app.client().query(SIGN_IN, { input: { email, password: 'not the password' } });
    const unknown = await app.client().query(SIGN_IN, { input: { email: freshEmail(), password: 'whatever it is' } });
    expect(errorCodes(wrong)).toEqual(['INVALID_CREDENTIALS']);
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('rate-limits repeated failed sign-ins for an account', async () => {
    const { email, password } = await signUp(app.client());
    for (let i = 0; i < 3; i++) {
      expect(errorCodes(await app.client().query(SIGN_IN, { input: { email, password: 'wrong password!' } }))).toEqual([
        'INVALID_CREDENTIALS',
      ]);
    }
    const limited = await app.client().query(SIGN_IN, { input: { email, password } });
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('ignores a forged or stale session cookie', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'ocmf_session=forged-token' },
      body: JSON.stringify({ query: ME }),
    });
    expect(await res.json()).toEqual({ data: { me: null } });
  });
});

describe('bad input', () => {
  it.each([
    ['a malformed email', { email: 'not-an-email', password: 'long enough password' }, 'input.email', /valid email/],
    ['a short password', { email: 'short@example.org', password: 'short' }, 'input.password', /at least 10 characters/],
    [
      'an over-long display name',
      { email: 'long@example.org', password: 'long enough password', displayName: 'x'.repeat(81) },
      'input.displayName',
      /at most 80/,
    ],
  ])('refuses %s, naming the field, and creates nothing', async (_label, input, path, message) => {
    const client = app.client();
    const result = await client.query(SIGN_UP, { input });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const issue = result.errors?.[0]?.extensions?.issues?.[0];
    expect(issue?.path).toBe(path);
    expect(issue?.message).toMatch(message);
    expect(client.cookie('ocmf_session')).toBeUndefined();
    // Nothing was written: no account under that email (as typed or as the API would normalise it).
    const [{ count }] = (await app.running.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE lower(email) = lower($1)`, [
      input.email.trim(),
    ])) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const { email } = await signUp(app.client());
    const result = await app.client().query(SIGN_UP, { input: { email: ` ${email.toUpperCase()} `, password: 'another long password' } });
    expect(errorCodes(result)).toEqual(['EMAIL_TAKEN']);
  });

  it('refuses a cross-site simple POST (CSRF prevention)', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: SIGN_OUT }),
    });
    expect(res.status).toBe(400);
  });
});

describe('sessions', () => {
  it('look the signed-in user up once per request, however many root fields it asks for', async () => {
    const { client } = await signedInAs(app, 'MEMBER');
    const logger = app.running.dataSource.logger as unknown as { queryCount: number };
    const count = async (query: string) => {
      const before = logger.queryCount;
      await client.data(query);
      return logger.queryCount - before;
    };
    const one = await count('{ me { id } }');
    const three = await count('{ me { id } a: me { email } b: me { role } }');
    expect(one).toBe(1);
    expect(three).toBe(1);
  });
});

describe('roles', () => {
  it('refuses a MEMBER an admin-only operation with a clear error, and lets an ADMIN do it', async () => {
    const member = app.client();
    const { email } = await signUp(member);
    const refused = await member.query(SET_ROLE, { input: { email, role: 'EDITOR', reason: 'Runs the next release' } });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toBe('Your role does not allow you to manage users (needs ADMIN; you are MEMBER).');

    const anonymous = await app.client().query(SET_ROLE, { input: { email, role: 'EDITOR', reason: 'Runs the next release' } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);

    const { client: admin } = await signedInAs(app, 'ADMIN');
    const granted = await admin.data<{ setUserRole: { role: string } }>(SET_ROLE, {
      input: { email, role: 'EDITOR', reason: 'Runs the next release' },
    });
    expect(granted.setUserRole.role).toBe('EDITOR');
    expect((await member.data<{ me: { role: string } }>(ME)).me.role).toBe('EDITOR');

    // Roles are not a ladder: an EDITOR still cannot manage users.
    expect(errorCodes(await member.query(SET_ROLE, { input: { email, role: 'ADMIN', reason: 'Wants to be admin' } }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});
