import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { type AppProcess, eventually, startAppProcess } from './support/app-process.js';
import { uniqueEmail } from './support/factories.js';
import type { GraphQLTestClient } from './support/graphql-client.js';
import { CREATE_PROPOSAL, type CreatedProposal, SUBMIT_PROPOSAL, twoChanges } from './support/proposal-operations.js';
import { mergedProposal, PUBLISH_RELEASE } from './support/release-flow.js';
import { collect, subscriptionClient } from './support/subscriptions.js';
import { createTestDatabase } from './support/test-database.js';
import { startReceiver } from './support/webhook-receiver.js';

/**
 * The API as deployed: separate processes (the built api/dist/main.js) on one database. What no single process
 * can show: a crash between attempts loses nothing, replicas share the work without doing any of it twice, and a
 * subscriber on one replica hears of a change made on another.
 */

const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }`;
const SEND_TEST = `mutation($id: ID!) { sendTestWebhook(id: $id) { id messageId } }`;
const DELIVERIES = `query { webhookEndpoints { deliveries(first: 30) { nodes { id messageId eventType status attempts { number statusCode } } } } }`;

type Delivery = {
  id: string;
  messageId: string;
  eventType: string;
  status: string;
  attempts: { number: number; statusCode: number | null }[];
};

async function signUp(app: AppProcess): Promise<{ client: GraphQLTestClient; email: string }> {
  const client = app.client();
  const email = uniqueEmail('replica');
  await client.data(`mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, {
    input: { email, password: 'factory password 1' },
  });
  return { client, email };
}

async function deliveries(client: GraphQLTestClient): Promise<Delivery[]> {
  const { webhookEndpoints } = await client.data<{ webhookEndpoints: { deliveries: { nodes: Delivery[] } }[] }>(DELIVERIES);
  return webhookEndpoints.flatMap((endpoint) => endpoint.deliveries.nodes);
}

describe('a crash while a retry is pending', () => {
  it('loses nothing: started again, the API makes the retry, once', async () => {
    const server = process.env.TEST_DATABASE_URL ? await createTestDatabase() : null;
    const dataDir = server ? null : await fs.mkdtemp(path.join(os.tmpdir(), 'ocmf-crash-'));
    const database = server ? { url: server.url } : { dataDir: dataDir! };
    const receiver = await startReceiver((index) => ({ status: index === 0 ? 503 : 200 }));
    const env = { WEBHOOKS_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_SCHEDULE: '3600' };
    let app: AppProcess | null = await startAppProcess(database, env);
    try {
      const { client, email } = await signUp(app);
      const { createWebhookEndpoint } = await client.data<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
        CREATE_ENDPOINT,
        {
          input: { url: receiver.url, events: ['release.published'] },
        },
      );
      const sent = Date.now();
      const { sendTestWebhook } = await client.data<{ sendTestWebhook: { id: string; messageId: string } }>(SEND_TEST, {
        id: createWebhookEndpoint.endpoint.id,
      });
      const committed = Date.now();
      await receiver.waitFor(1);
      console.log(`first attempt ${Date.now() - committed} ms after sendTestWebhook answered (it took ${committed - sent} ms)`);
      // The failure is recorded and the retry is an hour away: then the process dies on the spot.
      await eventually(
        () => deliveries(client),
        ([delivery]) => delivery?.attempts.length === 1 && delivery.status === 'PENDING',
      );
      await app.kill();
      app = null;

      // While it is down, the retry falls due (instead of waiting an hour).
      const moveDue = async (url: string) => {
        const db = new pg.Client({ connectionString: url });
        await db.connect();
        try {
          const { rowCount } = await db.query(`UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'PENDING'`);
          expect(rowCount).toBe(1);
        } finally {
          await db.end();
        }
      };
      if (server) await moveDue(server.url);
      else {
        const embedded = await startEmbeddedPostgres(dataDir!);
        try {
          await moveDue(embedded.url);
        } finally {
          await embedded.stop();
        }
      }

      app = await startAppProcess(database, env);
      await receiver.waitFor(2);
      const again = app.client();
      await again.data(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
        input: { email, password: 'factory password 1' },
      });
      const [delivery] = await eventually(
        () => deliveries(again),
        ([found]) => found?.status === 'SUCCEEDED',
      );
      expect(delivery!.attempts.map((attempt) => [attempt.number, attempt.statusCode])).toEqual([
        [1, 503],
        [2, 200],
      ]);
      expect(receiver.received.map((request) => [request.headers['webhook-id'], request.status])).toEqual([
        [sendTestWebhook.messageId, 503],
        [sendTestWebhook.messageId, 200],
      ]);
      for (const request of receiver.received)
        new Webhook(createWebhookEndpoint.secret).verify(request.body, request.headers as Record<string, string>);
    } finally {
      await app?.stop();
      await receiver.close();
      await server?.stop();
      if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('two API processes on one PostgreSQL server', () => {
  const onServer = process.env.TEST_DATABASE_URL ? it : it.skip; // the embedded database belongs to one process

  onServer('make each webhook attempt once between them, and fan events out to each other’s subscribers', async () => {
    const database = await createTestDatabase();
    // Retries a second apart: both workers race for them, with the lease deciding who makes each.
    const env = { WEBHOOKS_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_SCHEDULE: '1,1,1,1' };
    const perMessage = new Map<string, number>();
    const receiver = await startReceiver((_index, request) => {
      const id = String(request.headers['webhook-id']);
      const seen = (perMessage.get(id) ?? 0) + 1;
      perMessage.set(id, seen);
      return { status: seen <= 3 ? 500 : 200 };
    });
    const [a, b] = await Promise.all([startAppProcess({ url: database.url }, env), startAppProcess({ url: database.url }, env)]);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const live = subscriptionClient(a.client());
    try {
      const role = async (email: string, to: string) => admin.query('UPDATE users SET role = $2 WHERE email = $1', [email, to]);
      const author = await signUp(b);
      const editor = await signUp(b);
      const setter = await signUp(b);
      const vendor = await signUp(a);
      await role(editor.email, 'EDITOR');
      await role(setter.email, 'STANDARD_SETTER');

      // A subscriber on A; a probe proposal in discussion tells when events from B reach it.
      const { number: probe } = (await author.client.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges('probe') })).createProposal;
      await author.client.data(SUBMIT_PROPOSAL, { number: probe });
      const releases = collect<{ releasePublished: { version: string } }>(live, `subscription { releasePublished { version } }`, {});
      const updates = collect<{ proposalUpdated: { number: number; commentCount: number } }>(
        live,
        `subscription($n: Int!) { proposalUpdated(number: $n) { number commentCount } }`,
        { n: probe },
      );
      const comment = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
      await eventually(
        async () => {
          await author.client.data(comment, { input: { proposalNumber: probe, body: 'Does this reach the other replica?' } });
          return updates.received.length;
        },
        (count) => count > 0,
        20_000,
      );

      const { createWebhookEndpoint } = await vendor.client.data<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
        CREATE_ENDPOINT,
        { input: { url: receiver.url, events: ['release.published'] } },
      );
      await mergedProposal({ author: author.client, editor: editor.client, setter: setter.client }, 'Published on B');
      const before = Date.now();
      const { publishRelease } = await editor.client.data<{ publishRelease: { version: string } }>(PUBLISH_RELEASE, {
        input: { title: 'Replica edition', notes: '' },
      });
      const committed = Date.now();
      const [pushed] = await releases.until((items) => items.length > 0, 10_000);
      const subscriberLatency = Date.now() - committed;
      expect(pushed!.releasePublished.version).toBe(publishRelease.version);
      await receiver.waitFor(1);
      const webhookLatency = Date.now() - committed;

      // Twenty more messages, asked for on both replicas at once.
      const other = b.client();
      await other.data(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
        input: { email: vendor.email, password: 'factory password 1' },
      });
      const tests = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          (index % 2 === 0 ? vendor.client : other).data<{ sendTestWebhook: { messageId: string } }>(SEND_TEST, {
            id: createWebhookEndpoint.endpoint.id,
          }),
        ),
      );
      const all = await eventually(
        () => deliveries(vendor.client),
        (found) => found.length === 21 && found.every((delivery) => delivery.status === 'SUCCEEDED'),
        60_000,
      );
      // Every message: three failures and one success, each attempt received once and logged once.
      expect(perMessage.size).toBe(21);
      expect([...perMessage.values()].every((count) => count === 4)).toBe(true);
      expect(receiver.received).toHaveLength(84);
      expect(all.every((delivery) => delivery.attempts.map((attempt) => attempt.statusCode).join() === '500,500,500,200')).toBe(true);
      const [{ attempts }] = (await admin.query('SELECT count(*)::int AS attempts FROM webhook_attempts')).rows as [{ attempts: number }];
      expect(attempts).toBe(84);
      expect(new Set(tests.map((test) => test.sendTestWebhook.messageId)).size).toBe(20);
      for (const request of receiver.received)
        new Webhook(createWebhookEndpoint.secret).verify(request.body, request.headers as Record<string, string>);
      console.log(
        `two replicas: publish took ${committed - before} ms; subscriber on the other replica heard it ${subscriberLatency} ms after, ` +
          `the first webhook attempt came ${webhookLatency} ms after; ${receiver.received.length} attempts for ${perMessage.size} messages, none twice`,
      );
    } finally {
      await live.dispose();
      await admin.end();
      await Promise.all([a.stop(), b.stop()]);
      await receiver.close();
      await database.stop();
    }
  });
});
