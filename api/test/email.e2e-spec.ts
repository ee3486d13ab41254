import type { AddressInfo } from 'node:net';
import { createApp, type RunningApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/config.js';
import type { DatabaseHandle } from '../src/database/connect.js';
import { MailWorker } from '../src/email/mail-worker.js';
import { NotificationScheduler } from '../src/notifications/notification-scheduler.js';
import { uniqueEmail } from './support/factories.js';
import { GraphQLTestClient } from './support/graphql-client.js';
import { ADD_COMMENT, CREATE_PROPOSAL, type CreatedProposal, SUBMIT_PROPOSAL, twoChanges } from './support/proposal-operations.js';
import { mailEnv, type ReceivedEmail, type SmtpReceiver, startSmtpReceiver } from './support/smtp-receiver.js';
import { createTestDatabase } from './support/test-database.js';
import { inSystemTransaction } from '../src/database/system-transaction.js';
import { UsersService } from '../src/users/users.service.js';
import type { Role } from '../src/users/role.js';

/**
 * Email through a real SMTP server started here: a vote opening is emailed at once to standard-setters who chose
 * that, a day's notifications become one digest at 08:00 in the person's time zone (once, even across a restart),
 * and the one-click unsubscribe link works with no session.
 */
const PREFS = `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { timeZone kinds { kind delivery isDefault } } }`;
const GET_PREFS = `query { notificationPreferences { emailEnabled timeZone kinds { kind delivery } } }`;
const OPEN_VOTING = `mutation($n: Int!, $at: DateTime) { openVoting(number: $n, closesAt: $at) { number } }`;

type App = { url: string; running: RunningApp; client(): GraphQLTestClient; close(): Promise<void> };

let smtp: SmtpReceiver;
let database: DatabaseHandle;
let app: App;

async function start(): Promise<App> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DEMO_SEED: 'false',
    WEB_DIST: '/nonexistent',
    VOTING_MIN_WINDOW_SECONDS: '1',
    SIGNUP_RATE_LIMIT: '0',
    WEBHOOK_WORKER: 'off',
    VOTING_CLOSER: 'off',
    ...mailEnv(smtp),
  });
  // The database outlives each app, as it outlives a restarted process.
  const running = await createApp(config, { database: { ...database, stop: async () => {} } });
  await running.app.listen(0, '127.0.0.1');
  const { port } = running.app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return { url, running, client: () => new GraphQLTestClient(url), close: () => running.close() };
}

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  database = await createTestDatabase();
  app = await start();
});
afterAll(async () => {
  await app?.close();
  await database?.stop();
  await smtp?.close();
});

async function person(role: Role): Promise<{ client: GraphQLTestClient; email: string }> {
  const email = uniqueEmail(role.toLowerCase());
  const password = 'factory password 1';
  await inSystemTransaction(app.running.dataSource, (ctx) => app.running.app.get(UsersService).create(ctx, { email, password, role }));
  const client = app.client();
  await client.data(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email, password } });
  return { client, email };
}

const drain = () => app.running.app.get(MailWorker).drainOnce();
const to = (address: string) => smtp.received.filter((email) => email.to.includes(address));

async function openProposal(author: GraphQLTestClient, suffix: string): Promise<number> {
  const { number } = (await author.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges(suffix) })).createProposal;
  await author.data(SUBMIT_PROPOSAL, { number });
  return number;
}

/** Tomorrow at 08:30 UTC: the digest hour for someone in UTC (the default time zone). */
function nextDigestTime(hourUtc = 8): Date {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + 1);
  at.setUTCHours(hourUtc, 30, 0, 0);
  return at;
}

let author: { client: GraphQLTestClient; email: string };
let setter: { client: GraphQLTestClient; email: string };
let quietSetter: { client: GraphQLTestClient; email: string };
let editor: { client: GraphQLTestClient; email: string };

beforeAll(async () => {
  author = await person('MEMBER');
  setter = await person('STANDARD_SETTER');
  quietSetter = await person('STANDARD_SETTER');
  editor = await person('EDITOR');
});

describe('email at once', () => {
  it('emails a vote opening to each standard-setter who chose "email now" (the default), with the RFC 8058 headers', async () => {
    await quietSetter.client.data(PREFS, { input: { kinds: [{ kind: 'VOTING_OPENED', delivery: 'IN_APP' }] } });
    const number = await openProposal(author.client, 'mail1');
    await editor.client.data(OPEN_VOTING, { n: number, at: new Date(Date.now() + 3 * 86_400_000).toISOString() });
    const before = smtp.received.length;
    expect(await drain()).toBe(1);
    await smtp.waitFor(before + 1);
    const [email] = to(setter.email);
    expect(email).toBeDefined();
    expect(email!.subject).toBe(`Vote open on #${number} ${twoChanges('mail1').title}`);
    expect(email!.headers.get('from')).toBe('OCMF Commons <commons@example.org>');
    expect(email!.text).toContain(`https://commons.example.org/proposals/${number}#voting-title`);
    expect(email!.headers.get('list-unsubscribe')).toMatch(/^<https:\/\/commons\.example\.org\/email\/unsubscribe\?token=[^>]+>$/);
    expect(email!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(email!.text).toContain('Stop these emails with one click: https://commons.example.org/email/unsubscribe?token=');
    expect(to(quietSetter.email)).toEqual([]);
    expect(to(editor.email)).toEqual([]);
    // Sent once: a second drain finds nothing due.
    expect(await drain()).toBe(0);
  });

  it('says whether email is on, in the preferences', async () => {
    expect(
      (await setter.client.data<{ notificationPreferences: { emailEnabled: boolean } }>(GET_PREFS)).notificationPreferences.emailEnabled,
    ).toBe(true);
  });
});

describe('the one-click unsubscribe link', () => {
  function unsubscribePath(email: ReceivedEmail): string {
    const link = /<(https:\/\/[^>]+)>/.exec(email.headers.get('list-unsubscribe') ?? '')![1]!;
    const url = new URL(link);
    return url.pathname + url.search;
  }

  it('shows what it turns off on GET (changing nothing), and turns it off on POST with no session', async () => {
    const email = to(setter.email).find((e) => e.subject.startsWith('Vote open'))!;
    const path = unsubscribePath(email);
    const page = await fetch(app.url + path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('A vote opened for you');
    const prefs = async () =>
      (
        await setter.client.data<{ notificationPreferences: { kinds: { kind: string; delivery: string }[] } }>(GET_PREFS)
      ).notificationPreferences.kinds.find((k) => k.kind === 'VOTING_OPENED')!.delivery;
    expect(await prefs()).toBe('EMAIL_NOW');
    // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the link, with no cookie.
    const done = await fetch(app.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    expect(await prefs()).toBe('IN_APP');
  });

  it('refuses a token that was tampered with', async () => {
    const email = to(setter.email).find((e) => e.subject.startsWith('Vote open'))!;
    const path = unsubscribePath(email);
    const forged = path.replace(/token=([^&]+)/, (_, token: string) => `token=${token.slice(0, -2)}xx`);
    const result = await fetch(app.url + forged, { method: 'POST' });
    expect(result.status).toBe(400);
  });
});

describe('digests', () => {
  it('collects a day of notifications into one email at 08:00 in the person’s time zone, and skips empty periods', async () => {
    const number = await openProposal(author.client, 'digest1');
    for (const body of ['First point.', 'Second point.', 'Third point.']) {
      await editor.client.data(ADD_COMMENT, { input: { proposalNumber: number, body, parentId: null } });
    }
    const scheduler = app.running.app.get(NotificationScheduler);
    // Not yet the digest hour in UTC: nothing.
    expect(await scheduler.digest(nextDigestTime(7))).toBe(0);
    const before = smtp.received.length;
    const queued = await scheduler.digest(nextDigestTime(8));
    expect(queued).toBeGreaterThanOrEqual(1);
    await drain();
    await smtp.waitFor(before + queued);
    const digests = to(author.email).filter((email) => email.subject.startsWith('Your daily OCMF Commons digest'));
    expect(digests).toHaveLength(1);
    // The three comments, and the earlier test's vote opening on the author's other proposal.
    expect(digests[0]!.subject).toBe('Your daily OCMF Commons digest: 4 updates');
    expect(digests[0]!.text).toContain('is put to a vote');
    for (const body of ['First point.', 'Second point.', 'Third point.']) expect(digests[0]!.text).toContain(body);
    expect(digests[0]!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    // The editor wrote all three comments: nothing for them, so no digest at all.
    expect(to(editor.email).filter((email) => email.subject.includes('digest'))).toEqual([]);
    // Again at the same hour: already sent for this day.
    expect(await scheduler.digest(nextDigestTime(8))).toBe(0);
  });

  it('times the digest in the person’s own time zone', async () => {
    await author.client.data(PREFS, { input: { timeZone: 'Asia/Tokyo' } });
    const number = await openProposal(author.client, 'digest-tz');
    await editor.client.data(ADD_COMMENT, { input: { proposalNumber: number, body: 'Tokyo morning.', parentId: null } });
    const scheduler = app.running.app.get(NotificationScheduler);
    // 08:30 UTC is 17:30 in Tokyo; 23:30 UTC the day before is 08:30 there.
    expect(await scheduler.digest(nextDigestTime(8))).toBe(0);
    const tokyoMorning = new Date(nextDigestTime(8).getTime() + 86_400_000 - 9 * 3600_000);
    expect(await scheduler.digest(tokyoMorning)).toBe(1);
    await author.client.data(PREFS, { input: { timeZone: 'UTC' } });
  });

  it('sends a digest that was pending when the process restarted once, and never queues it twice', async () => {
    const number = await openProposal(author.client, 'digest-restart');
    await editor.client.data(ADD_COMMENT, { input: { proposalNumber: number, body: 'Across a restart.', parentId: null } });
    // A day no earlier test has had a digest for, in any zone.
    const at = nextDigestTime(8);
    at.setUTCDate(at.getUTCDate() + 3);
    expect(await app.running.app.get(NotificationScheduler).digest(at)).toBe(1);
    // The process stops before its worker sent it.
    await app.close();
    app = await start();
    const before = smtp.received.length;
    // The new process's scheduler runs at the same hour: the period's digest exists already.
    expect(await app.running.app.get(NotificationScheduler).digest(at)).toBe(0);
    expect(await drain()).toBeGreaterThanOrEqual(1);
    await smtp.waitFor(before + 1);
    const sent = to(author.email).filter((email) => email.text.includes('Across a restart.'));
    expect(sent).toHaveLength(1);
    expect(await drain()).toBe(0);
  });
});
