import { MailWorker } from '../src/email/mail-worker.js';
import { signedInAs, uniqueEmail } from './support/factories.js';
import { errorCodes, type GraphQLResponse, type GraphQLTestClient } from './support/graphql-client.js';
import { mailEnv, type ReceivedEmail, type SmtpReceiver, startSmtpReceiver } from './support/smtp-receiver.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The account's email flows through a real SMTP server: a sign-up's address verified by its link, a forgotten password
 * reset once (and not after the link expired), an address changed only once the new one is verified, a password
 * changed with the other sessions signed out. Account emails carry no unsubscribe link.
 */
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { id email emailVerified } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { email } } }`;
const ME = `query { me { email emailVerified } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { email changed } }`;
const RESEND = `mutation { resendVerificationEmail }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { user { email emailVerified } } }`;
const CHANGE_EMAIL = `mutation($input: ChangeEmailInput!) { changeEmail(input: $input) }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const PASSWORD = 'a long enough password';

let smtp: SmtpReceiver;
let app: TestApp;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  app = await startTestApp(mailEnv(smtp));
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

const drain = () => app.running.app.get(MailWorker).drainOnce();
const to = (address: string) => smtp.received.filter((email) => email.to.includes(address));

const VERIFY_SUBJECT = 'Confirm your email address for OCMF Commons';
const RESET_SUBJECT = 'Reset your OCMF Commons password';

/** Sends what is queued and answers the newest email to `address` with this subject (emails may arrive in any order). */
async function lastEmailTo(address: string, subject: string): Promise<ReceivedEmail> {
  await drain();
  const emails = to(address).filter((email) => email.subject === subject);
  expect(emails.length).toBeGreaterThan(0);
  return emails.at(-1)!;
}

/** The token of the link to `path` in an email. */
function linkToken(email: ReceivedEmail, path: string): string {
  const match = new RegExp(`https://commons\\.example\\.org${path}\\?token=(\\S+)`).exec(email.text);
  expect(match).not.toBeNull();
  return decodeURIComponent(match![1]!);
}

function expectAccountEmail(email: ReceivedEmail) {
  expect(email.headers.has('list-unsubscribe')).toBe(false);
  expect(email.text.toLowerCase()).not.toContain('unsubscribe');
}

function issuePaths(result: GraphQLResponse<unknown>): string[] {
  return (result.errors ?? []).flatMap((error) => (error.extensions?.issues ?? []).map((issue) => issue.path));
}

async function signUp(): Promise<{ client: GraphQLTestClient; email: string }> {
  const client = app.client();
  const email = uniqueEmail('signup');
  await client.data(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'Sam Signup' } });
  return { client, email };
}

async function signIn(email: string, password = PASSWORD): Promise<GraphQLTestClient> {
  const client = app.client();
  await client.data(SIGN_IN, { input: { email, password } });
  return client;
}

describe('verifying the address of a new account', () => {
  it('emails a link at sign-up; following it (once, no session needed) verifies the address', async () => {
    const { client, email } = await signUp();
    expect((await client.data<{ me: { emailVerified: boolean } }>(ME)).me.emailVerified).toBe(false);
    const message = await lastEmailTo(email, VERIFY_SUBJECT);
    expectAccountEmail(message);
    const token = linkToken(message, '/verify-email');

    const stranger = app.client();
    expect(await stranger.data(VERIFY, { token })).toEqual({ verifyEmail: { email, changed: false } });
    expect((await client.data<{ me: { emailVerified: boolean } }>(ME)).me.emailVerified).toBe(true);
    const again = await stranger.query(VERIFY, { token });
    expect(errorCodes(again)).toEqual(['ACCOUNT_LINK_INVALID']);
    expect(issuePaths(again)).toEqual(['token']);
  });

  it('sends the link again on request, and the earlier link stops working', async () => {
    const { client, email } = await signUp();
    const first = linkToken(await lastEmailTo(email, VERIFY_SUBJECT), '/verify-email');
    expect(await client.data(RESEND)).toEqual({ resendVerificationEmail: true });
    const second = linkToken(await lastEmailTo(email, VERIFY_SUBJECT), '/verify-email');
    expect(second).not.toBe(first);
    expect(errorCodes(await client.query(VERIFY, { token: first }))).toEqual(['ACCOUNT_LINK_INVALID']);
    await client.data(VERIFY, { token: second });
    expect(errorCodes(await client.query(RESEND))).toEqual(['INVALID_STATE']);
  });

  it('counts accounts made by an administrator or the command line as verified', async () => {
    const { client } = await signedInAs(app, 'MEMBER');
    expect((await client.data<{ me: { emailVerified: boolean } }>(ME)).me.emailVerified).toBe(true);
  });
});

describe('notification email and an unconfirmed address', () => {
  const PREFS = `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { timeZone } }`;
  const SET_ROLE = `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { id } }`;
  const UNREAD = `query { notifications(first: 5) { unreadCount nodes { kind } } }`;

  it('tells an unconfirmed account in the app only; once confirmed, its email too', async () => {
    const { client, email } = await signUp();
    const token = linkToken(await lastEmailTo(email, VERIFY_SUBJECT), '/verify-email');
    const { id } = (await client.data<{ me: { id: string } }>(`query { me { id } }`)).me;
    await client.data(PREFS, { input: { kinds: [{ kind: 'ROLE_CHANGED', delivery: 'EMAIL_NOW' }] } });
    const { client: admin } = await signedInAs(app, 'ADMIN');

    await admin.data(SET_ROLE, { input: { userId: id, role: 'EDITOR', reason: 'Edits the glossary' } });
    await drain();
    expect(to(email).filter((message) => message.subject !== VERIFY_SUBJECT)).toEqual([]);
    const inApp = (await client.data<{ notifications: { unreadCount: number; nodes: { kind: string }[] } }>(UNREAD)).notifications;
    expect(inApp.nodes.map((node) => node.kind)).toEqual(['ROLE_CHANGED']);

    await client.data(VERIFY, { token });
    await admin.data(SET_ROLE, { input: { userId: id, role: 'MEMBER', reason: 'Glossary finished' } });
    await drain();
    expect(to(email).filter((message) => message.subject !== VERIFY_SUBJECT)).toHaveLength(1);
  });
});

describe('resetting a forgotten password', () => {
  it('answers the same for an unknown address, and emails only a known one', async () => {
    const { email } = await signUp();
    await drain();
    const before = smtp.received.length;
    const unknown = uniqueEmail('nobody');
    expect(await app.client().data(REQUEST_RESET, { email: unknown })).toEqual({ requestPasswordReset: true });
    expect(await app.client().data(REQUEST_RESET, { email })).toEqual({ requestPasswordReset: true });
    await drain();
    expect(smtp.received.slice(before).map((message) => message.to)).toEqual([[email]]);
    expect(to(unknown)).toEqual([]);
  });

  it('works once: sets the password, signs every other session out, signs this browser in', async () => {
    const { client: oldSession, email } = await signUp();
    await app.client().data(REQUEST_RESET, { email: email.toUpperCase() });
    const message = await lastEmailTo(email, RESET_SUBJECT);
    expectAccountEmail(message);
    const token = linkToken(message, '/reset-password');

    // Bad input writes nothing: the link still works afterwards.
    const browser = app.client();
    const short = await browser.query(RESET, { input: { token, password: 'short' } });
    expect(errorCodes(short)).toEqual(['BAD_USER_INPUT']);
    expect(issuePaths(short)).toEqual(['input.password']);

    const done = await browser.data<{ resetPassword: { user: { email: string; emailVerified: boolean } } }>(RESET, {
      input: { token, password: 'a brand new password' },
    });
    expect(done.resetPassword.user).toEqual({ email, emailVerified: true });
    expect((await browser.data<{ me: { email: string } }>(ME)).me.email).toBe(email);
    expect((await oldSession.data<{ me: unknown }>(ME)).me).toBeNull();
    expect(errorCodes(await app.client().query(SIGN_IN, { input: { email, password: PASSWORD } }))).toEqual(['INVALID_CREDENTIALS']);
    await signIn(email, 'a brand new password');

    const twice = await app.client().query(RESET, { input: { token, password: 'yet another password' } });
    expect(errorCodes(twice)).toEqual(['ACCOUNT_LINK_INVALID']);
    expect(issuePaths(twice)).toEqual(['input.token']);
  });

  it('refuses an expired link, and one replaced by a newer request', async () => {
    const { email } = await signUp();
    await app.client().data(REQUEST_RESET, { email });
    const older = linkToken(await lastEmailTo(email, RESET_SUBJECT), '/reset-password');
    await app.client().data(REQUEST_RESET, { email });
    const newer = linkToken(await lastEmailTo(email, RESET_SUBJECT), '/reset-password');
    expect(errorCodes(await app.client().query(RESET, { input: { token: older, password: 'a brand new password' } }))).toEqual([
      'ACCOUNT_LINK_INVALID',
    ]);
    // An hour later.
    await app.running.dataSource.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 second'
        WHERE purpose = 'RESET_PASSWORD' AND used_at IS NULL AND email = $1`,
      [email],
    );
    expect(errorCodes(await app.client().query(RESET, { input: { token: newer, password: 'a brand new password' } }))).toEqual([
      'ACCOUNT_LINK_INVALID',
    ]);
    await signIn(email);
  });

  it('refuses an address that is not one, naming the field', async () => {
    const result = await app.client().query(REQUEST_RESET, { email: 'not an address' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(issuePaths(result)).toEqual(['email']);
  });
});

describe('changing the address', () => {
  it('changes it only once the new address follows its link; the old one is told, and signs in no more', async () => {
    const { client, email } = await signUp();
    const newEmail = uniqueEmail('moved');
    expect(await client.data(CHANGE_EMAIL, { input: { newEmail, password: PASSWORD } })).toEqual({ changeEmail: newEmail });
    const link = await lastEmailTo(newEmail, 'Confirm your new email address for OCMF Commons');
    expectAccountEmail(link);
    const notice = await lastEmailTo(email, 'Your OCMF Commons email address is being changed');
    expect(notice.text).toContain(newEmail);
    expect((await client.data<{ me: { email: string } }>(ME)).me.email).toBe(email);

    expect(await app.client().data(VERIFY, { token: linkToken(link, '/verify-email') })).toEqual({
      verifyEmail: { email: newEmail, changed: true },
    });
    expect(await client.data<{ me: unknown }>(ME)).toEqual({ me: { email: newEmail, emailVerified: true } });
    await signIn(newEmail);
    expect(errorCodes(await app.client().query(SIGN_IN, { input: { email, password: PASSWORD } }))).toEqual(['INVALID_CREDENTIALS']);
  });

  it('refuses a wrong password, an address in use and the same address, naming the field, and sends nothing', async () => {
    const { client, email } = await signUp();
    const { email: taken } = await signUp();
    await drain();
    const before = smtp.received.length;
    const wrong = await client.query(CHANGE_EMAIL, { input: { newEmail: uniqueEmail('x'), password: 'not my password' } });
    expect(errorCodes(wrong)).toEqual(['INVALID_CREDENTIALS']);
    expect(issuePaths(wrong)).toEqual(['input.password']);
    const inUse = await client.query(CHANGE_EMAIL, { input: { newEmail: taken.toUpperCase(), password: PASSWORD } });
    expect(errorCodes(inUse)).toEqual(['EMAIL_TAKEN']);
    expect(issuePaths(inUse)).toEqual(['input.newEmail']);
    const same = await client.query(CHANGE_EMAIL, { input: { newEmail: email, password: PASSWORD } });
    expect(issuePaths(same)).toEqual(['input.newEmail']);
    const signedOut = await app.client().query(CHANGE_EMAIL, { input: { newEmail: uniqueEmail('x'), password: PASSWORD } });
    expect(errorCodes(signedOut)).toEqual(['UNAUTHENTICATED']);
    await drain();
    expect(smtp.received.length).toBe(before);
  });
});

describe('changing the password', () => {
  it('needs the current one, keeps this session and signs the others out', async () => {
    const { client, email } = await signUp();
    const phone = await signIn(email);
    const laptop = await signIn(email);
    const wrong = await client.query(CHANGE_PASSWORD, { input: { currentPassword: 'not it at all', newPassword: 'a brand new password' } });
    expect(errorCodes(wrong)).toEqual(['INVALID_CREDENTIALS']);
    expect(issuePaths(wrong)).toEqual(['input.currentPassword']);
    const short = await client.query(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'short' } });
    expect(issuePaths(short)).toEqual(['input.newPassword']);

    expect(await client.data(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'a brand new password' } })).toEqual({
      changePassword: 2,
    });
    expect((await client.data<{ me: { email: string } }>(ME)).me.email).toBe(email);
    for (const other of [phone, laptop]) expect((await other.data<{ me: unknown }>(ME)).me).toBeNull();
    await signIn(email, 'a brand new password');
    const notice = await lastEmailTo(email, 'Your OCMF Commons password was changed');
    expectAccountEmail(notice);
  });
});

describe('with email off', () => {
  let quiet: TestApp;
  beforeAll(async () => {
    quiet = await startTestApp();
  });
  afterAll(() => quiet?.close());

  it('says so, answers a reset request the same, and refuses an address change it could not verify', async () => {
    const client = quiet.client();
    const email = uniqueEmail('quiet');
    await client.data(SIGN_UP, { input: { email, password: PASSWORD } });
    expect(await client.data(`query { emailEnabled }`)).toEqual({ emailEnabled: false });
    expect(await client.data(REQUEST_RESET, { email })).toEqual({ requestPasswordReset: true });
    const change = await client.query(CHANGE_EMAIL, { input: { newEmail: uniqueEmail('x'), password: PASSWORD } });
    expect(errorCodes(change)).toEqual(['EMAIL_OFF']);
    expect((await client.data<{ me: { email: string } }>(ME)).me.email).toBe(email);
  });
});
