import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Webhook } from 'standardwebhooks';
import type { DataSource } from 'typeorm';
import type { QueryLogger } from '../src/database/query-logger.js';
import { EventBus } from '../src/events/event-bus.js';
import { Retention } from '../src/outbox/retention.js';
import { WebhookWorker } from '../src/webhooks/webhook-worker.js';
import { signedInAs } from './support/factories.js';
import { errorCodes, type GraphQLTestClient } from './support/graphql-client.js';
import { SUBMIT_PROPOSAL } from './support/proposal-operations.js';
import { CREATE_PROPOSAL, type CreatedProposal, twoChanges } from './support/proposal-operations.js';
import { mergedProposal, PUBLISH_RELEASE } from './support/release-flow.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { type ReceivedWebhook, startReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id url events description enabled } } }`;
const ENDPOINTS = `query { webhookEndpoints { id url events enabled disabledReason failingSince
  deliveries(first: 10) { nodes { id messageId eventType status attemptCount attempts { number at statusCode durationMs error responseExcerpt } } } } }`;
const SEND_TEST = `mutation($id: ID!) { sendTestWebhook(id: $id) { id messageId eventType status } }`;
const REDELIVER = `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id messageId status } }`;
const ROTATE = `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { id previousSecretExpiresAt } } }`;

type Created = { createWebhookEndpoint: { secret: string; endpoint: { id: string; url: string; events: string[] } } };
type Attempt = {
  number: number;
  at: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseExcerpt: string | null;
};
type Delivery = { id: string; messageId: string; eventType: string; status: string; attemptCount: number; attempts: Attempt[] };
type Endpoint = {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  deliveries: { nodes: Delivery[] };
};

let app: TestApp;
let db: DataSource;
let worker: WebhookWorker;
let editor: GraphQLTestClient;
let author: GraphQLTestClient;
let setter: GraphQLTestClient;
let vendor: GraphQLTestClient;

beforeAll(async () => {
  // The worker loop is off: each test drains by hand, after moving next_attempt_at in the database.
  app = await startTestApp({
    VOTING_CLOSER: 'off',
    WEBHOOK_WORKER: 'off',
    WEBHOOKS_ALLOW_PRIVATE: 'true',
    PUBLIC_URL: 'https://commons.example.org',
  });
  db = app.running.dataSource;
  worker = app.running.app.get(WebhookWorker);
  editor = (await signedInAs(app, 'EDITOR')).client;
  author = (await signedInAs(app, 'MEMBER')).client;
  setter = (await signedInAs(app, 'STANDARD_SETTER')).client;
  vendor = (await signedInAs(app, 'MEMBER')).client;
});
afterAll(() => app.close());
// Each test counts the attempts its own endpoints receive: those of earlier tests stop receiving anything.
afterEach(() => db.query('UPDATE webhook_endpoints SET enabled = false'));

const people = () => ({ author, editor, setter });

async function endpointFor(client: GraphQLTestClient, url: string, events: string[] = ['release.published', 'proposal.status_changed']) {
  return (await client.data<Created>(CREATE, { input: { url, events, description: 'Our CRM sync' } })).createWebhookEndpoint;
}

async function endpoints(client: GraphQLTestClient): Promise<Endpoint[]> {
  return (await client.data<{ webhookEndpoints: Endpoint[] }>(ENDPOINTS)).webhookEndpoints;
}

/** Makes every pending delivery due now (instead of waiting for its retry), then drains. */
async function retryNow(): Promise<number> {
  await db.query(`UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'PENDING'`);
  return worker.drainOnce();
}

/** Checks a received request as a receiver would, with the standardwebhooks package; returns the payload. */
function verified(secret: string, request: ReceivedWebhook) {
  return new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as {
    type: string;
    timestamp: string;
    data: Record<string, unknown>;
  };
}

async function schemaValidator(type: string) {
  const res = await fetch(`${app.url}/schema/webhooks/${type}.schema.json`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/schema\+json/);
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile((await res.json()) as object);
}

describe('release.published', () => {
  let receiver: WebhookReceiver;
  afterEach(() => receiver.close());

  it('arrives signed after three failures, with the same webhook-id on every attempt, and is accepted once', async () => {
    receiver = await startReceiver((index) => (index < 3 ? { status: 500, body: 'database down' } : { status: 204 }));
    const { secret, endpoint } = await endpointFor(vendor, receiver.url, ['release.published']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);

    await mergedProposal(people(), 'Add a measure for vendors');
    const { publishRelease } = await editor.data<{ publishRelease: { version: string; contentHash: string } }>(PUBLISH_RELEASE, {
      input: { title: 'Vendor edition', notes: 'For **vendors**.' },
    });

    expect(await worker.drainOnce()).toBe(1);
    for (let attempt = 2; attempt <= 4; attempt++) expect(await retryNow()).toBe(1);
    expect(await retryNow()).toBe(0); // delivered: nothing more is sent
    expect(receiver.received.map((r) => r.status)).toEqual([500, 500, 500, 204]);

    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const validate = await schemaValidator('release.published');
    for (const request of receiver.received) {
      const payload = verified(secret, request);
      expect(validate(payload)).toBe(true);
      expect(payload).toMatchObject({
        type: 'release.published',
        data: {
          version: publishRelease.version,
          title: 'Vendor edition',
          contentHash: publishRelease.contentHash,
          url: `https://commons.example.org/releases/${publishRelease.version}`,
          links: {
            json: `https://commons.example.org/releases/${publishRelease.version}.json`,
            csv: `https://commons.example.org/releases/${publishRelease.version}.csv`,
            markdown: `https://commons.example.org/releases/${publishRelease.version}.md`,
          },
          changelog: [
            expect.objectContaining({ title: 'Add a measure for vendors', changes: [expect.objectContaining({ kind: 'ADDED' })] }),
          ],
        },
      });
    }

    const [logged] = (await endpoints(vendor)).filter((e) => e.id === endpoint.id);
    const [delivery] = logged!.deliveries.nodes;
    expect(delivery).toMatchObject({ eventType: 'release.published', status: 'SUCCEEDED', attemptCount: 4, messageId: [...ids][0] });
    expect(delivery!.attempts.map((a) => [a.number, a.statusCode, a.error])).toEqual([
      [1, 500, 'answered 500 Internal Server Error'],
      [2, 500, 'answered 500 Internal Server Error'],
      [3, 500, 'answered 500 Internal Server Error'],
      [4, 204, null],
    ]);
    expect(delivery!.attempts[0]!.responseExcerpt).toBe('database down');
    expect(delivery!.attempts.every((a) => a.durationMs >= 0)).toBe(true);
  });

  it('waits as the retry schedule says, with up to 10% jitter, then gives up after the last retry', async () => {
    receiver = await startReceiver(() => ({ status: 502 }));
    const { endpoint } = await endpointFor(vendor, receiver.url, ['release.published']);
    await mergedProposal(people());
    await editor.data(PUBLISH_RELEASE, { input: { title: 'Schedule edition', notes: '' } });
    const schedule = [5, 300, 1800, 7200, 18_000, 36_000, 36_000];
    await worker.drainOnce();
    for (const [index, wait] of schedule.entries()) {
      const [row] = (await db.query(
        `SELECT status, EXTRACT(EPOCH FROM next_attempt_at - last_attempt_at)::float AS wait FROM webhook_deliveries WHERE endpoint_id = $1`,
        [endpoint.id],
      )) as { status: string; wait: number }[];
      expect(row!.status).toBe('PENDING');
      expect(row!.wait).toBeGreaterThanOrEqual(wait);
      expect(row!.wait).toBeLessThanOrEqual(wait * 1.1 + 1);
      expect(await retryNow()).toBe(1);
      expect(receiver.received).toHaveLength(index + 2);
    }
    const [row] = (await db.query(`SELECT status, next_attempt_at FROM webhook_deliveries WHERE endpoint_id = $1`, [endpoint.id])) as {
      status: string;
      next_attempt_at: Date | null;
    }[];
    expect(row).toEqual({ status: 'FAILED', next_attempt_at: null });
    expect(receiver.received).toHaveLength(8);
  });

  it('sends nothing for a publish that rolls back', async () => {
    receiver = await startReceiver();
    const { endpoint } = await endpointFor(vendor, receiver.url, ['release.published']);
    await mergedProposal(people());
    const before = (await db.query('SELECT count(*)::int AS n FROM outbox_events')) as [{ n: number }];
    // Something later in the same transaction fails after the event was published.
    let failNext = true;
    app.running.app.get(EventBus).handleInTransaction(async (_ctx, event) => {
      if (event.type === 'ReleasePublished' && failNext) {
        failNext = false;
        throw new Error('Simulated failure after the release was published');
      }
    });
    const result = await editor.query(PUBLISH_RELEASE, { input: { title: 'Doomed edition', notes: '' } });
    expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(await worker.drainOnce()).toBe(0);
    expect(receiver.received).toHaveLength(0);
    const after = (await db.query('SELECT count(*)::int AS n FROM outbox_events')) as [{ n: number }];
    expect(after[0].n).toBe(before[0].n);
    expect(await db.query('SELECT id FROM webhook_deliveries WHERE endpoint_id = $1', [endpoint.id])).toEqual([]);
    expect(await db.query(`SELECT version FROM releases WHERE title = 'Doomed edition'`)).toEqual([]);
  });
});

describe('proposal.status_changed', () => {
  it('announces a submission with the proposal’s number, title, statuses and link', async () => {
    const receiver = await startReceiver();
    try {
      const { secret } = await endpointFor(vendor, receiver.url, ['proposal.status_changed']);
      const { number } = (await author.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges('hook') })).createProposal;
      expect(await worker.drainOnce()).toBe(0); // a DRAFT is private: creating it announces nothing
      await author.data(SUBMIT_PROPOSAL, { number });
      await worker.drainOnce();
      const mine = receiver.received.map((request) => verified(secret, request)).filter((p) => p.data.number === number);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        type: 'proposal.status_changed',
        data: { number, from: 'DRAFT', to: 'DISCUSSION', url: `https://commons.example.org/proposals/${number}`, reason: null },
      });
      expect((await schemaValidator('proposal.status_changed'))(mine[0])).toBe(true);
    } finally {
      await receiver.close();
    }
  });
});

describe('receivers that refuse', () => {
  it('disables an endpoint that answers 410 Gone, and says why', async () => {
    const receiver = await startReceiver(() => ({ status: 410 }));
    try {
      const { endpoint } = await endpointFor(vendor, receiver.url);
      await vendor.data(SEND_TEST, { id: endpoint.id });
      await worker.drainOnce();
      const [gone] = (await endpoints(vendor)).filter((e) => e.id === endpoint.id);
      expect(gone).toMatchObject({ enabled: false, disabledReason: expect.stringMatching(/410 Gone/) });
      expect(gone!.deliveries.nodes[0]).toMatchObject({ status: 'FAILED', attempts: [expect.objectContaining({ statusCode: 410 })] });
      expect(errorCodes(await vendor.query(SEND_TEST, { id: endpoint.id }))).toEqual(['INVALID_STATE']);
      // Events are no longer queued for it.
      await author.data(SUBMIT_PROPOSAL, {
        number: (await author.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges('gone') })).createProposal.number,
      });
      expect(await db.query('SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1', [endpoint.id])).toEqual([{ n: 1 }]);
    } finally {
      await receiver.close();
    }
  });

  it('honours Retry-After on 429 and 503', async () => {
    const receiver = await startReceiver((index) => ({
      status: index === 0 ? 429 : 503,
      headers: { 'retry-after': index === 0 ? '120' : '7' },
    }));
    try {
      const { endpoint } = await endpointFor(vendor, receiver.url);
      const wait = async () =>
        (
          (await db.query(
            `SELECT EXTRACT(EPOCH FROM next_attempt_at - last_attempt_at)::float AS wait FROM webhook_deliveries WHERE endpoint_id = $1`,
            [endpoint.id],
          )) as [{ wait: number }]
        )[0].wait;
      await vendor.data(SEND_TEST, { id: endpoint.id });
      await worker.drainOnce();
      expect(await wait()).toBeGreaterThanOrEqual(120);
      expect(await wait()).toBeLessThan(121);
      await retryNow();
      expect(await wait()).toBeGreaterThanOrEqual(7);
      expect(await wait()).toBeLessThan(8);
    } finally {
      await receiver.close();
    }
  });

  it('does not follow a redirect', async () => {
    const target = await startReceiver();
    const receiver = await startReceiver(() => ({ status: 307, headers: { location: target.url } }));
    try {
      const { endpoint } = await endpointFor(vendor, receiver.url);
      await vendor.data(SEND_TEST, { id: endpoint.id });
      await worker.drainOnce();
      expect(receiver.received).toHaveLength(1);
      expect(target.received).toHaveLength(0);
      const [logged] = (await endpoints(vendor)).filter((e) => e.id === endpoint.id);
      expect(logged!.deliveries.nodes[0]!.attempts[0]).toMatchObject({
        statusCode: 307,
        error: expect.stringMatching(/redirects are not followed/),
      });
      expect(logged!.deliveries.nodes[0]!.status).toBe('PENDING');
    } finally {
      await Promise.all([receiver.close(), target.close()]);
    }
  });

  it('disables an endpoint whose every attempt has failed for five days', async () => {
    const receiver = await startReceiver(() => ({ status: 500 }));
    try {
      const { endpoint } = await endpointFor(vendor, receiver.url);
      await vendor.data(SEND_TEST, { id: endpoint.id });
      await worker.drainOnce();
      expect((await endpoints(vendor)).find((e) => e.id === endpoint.id)).toMatchObject({ enabled: true });
      await db.query(`UPDATE webhook_endpoints SET failing_since = now() - interval '5 days 1 minute' WHERE id = $1`, [endpoint.id]);
      await retryNow();
      const disabled = (await endpoints(vendor)).find((e) => e.id === endpoint.id)!;
      expect(disabled.enabled).toBe(false);
      expect(disabled.disabledReason).toMatch(/^Every delivery attempt failed for 5 days .*answered 500 Internal Server Error/);
      // Enabling it again clears the record, and its pending delivery goes out again.
      receiver.answer(() => ({ status: 200 }));
      await vendor.data(`mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { enabled } }`, {
        input: { id: endpoint.id, enabled: true },
      });
      await retryNow();
      const enabled = (await endpoints(vendor)).find((e) => e.id === endpoint.id)!;
      expect(enabled).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
      expect(enabled.deliveries.nodes[0]!.status).toBe('SUCCEEDED');
    } finally {
      await receiver.close();
    }
  });
});

describe('secrets and redelivery', () => {
  it('signs with both secrets for 24 hours after a rotation, then with the new one only', async () => {
    const receiver = await startReceiver();
    try {
      const { secret: old, endpoint } = await endpointFor(vendor, receiver.url);
      const { rotateWebhookSecret } = await vendor.data<{
        rotateWebhookSecret: { secret: string; endpoint: { previousSecretExpiresAt: string } };
      }>(ROTATE, { id: endpoint.id });
      const fresh = rotateWebhookSecret.secret;
      expect(fresh).not.toBe(old);
      const overlap = new Date(rotateWebhookSecret.endpoint.previousSecretExpiresAt).getTime() - Date.now();
      expect(overlap).toBeGreaterThan(23.9 * 3_600_000);
      expect(overlap).toBeLessThanOrEqual(24 * 3_600_000);

      await vendor.data(SEND_TEST, { id: endpoint.id });
      await worker.drainOnce();
      const [during] = await receiver.waitFor(1);
      expect(String(during!.headers['webhook-signature']).split(' ')).toHaveLength(2);
      expect(verified(old, during!).type).toBe('webhook.test');
      expect(verified(fresh, during!).type).toBe('webhook.test');

      await db.query(`UPDATE webhook_endpoints SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`, [endpoint.id]);
      await vendor.data(SEND_TEST, { id: endpoint.id });
      await worker.drainOnce();
      const [, after] = await receiver.waitFor(2);
      expect(String(after!.headers['webhook-signature']).split(' ')).toHaveLength(1);
      expect(verified(fresh, after!).type).toBe('webhook.test');
      expect(() => verified(old, after!)).toThrow(/No matching signature/);
    } finally {
      await receiver.close();
    }
  });

  it('redelivers by hand with the same webhook-id, adding an attempt to the log', async () => {
    const receiver = await startReceiver();
    try {
      const { secret, endpoint } = await endpointFor(vendor, receiver.url);
      const { sendTestWebhook } = await vendor.data<{ sendTestWebhook: Delivery }>(SEND_TEST, { id: endpoint.id });
      expect(sendTestWebhook).toMatchObject({ eventType: 'webhook.test', status: 'PENDING' });
      await worker.drainOnce();
      const { redeliverWebhook } = await vendor.data<{ redeliverWebhook: Delivery }>(REDELIVER, { id: sendTestWebhook.id });
      expect(redeliverWebhook).toMatchObject({ id: sendTestWebhook.id, status: 'PENDING', messageId: sendTestWebhook.messageId });
      await worker.drainOnce();
      const [first, second] = await receiver.waitFor(2);
      expect(first!.headers['webhook-id']).toBe(sendTestWebhook.messageId);
      expect(second!.headers['webhook-id']).toBe(sendTestWebhook.messageId);
      expect(second!.body).toBe(first!.body);
      expect(verified(secret, second!)).toMatchObject({ type: 'webhook.test', data: { endpointId: endpoint.id } });
      expect((await schemaValidator('webhook.test'))(verified(secret, second!))).toBe(true);
      const delivery = (await endpoints(vendor)).find((e) => e.id === endpoint.id)!.deliveries.nodes[0]!;
      expect(delivery.attempts.map((a) => [a.number, a.statusCode])).toEqual([
        [1, 200],
        [2, 200],
      ]);
    } finally {
      await receiver.close();
    }
  });

  it('keeps each owner’s endpoints and deliveries to themselves', async () => {
    const receiver = await startReceiver();
    try {
      const { endpoint } = await endpointFor(vendor, receiver.url);
      const { sendTestWebhook } = await vendor.data<{ sendTestWebhook: Delivery }>(SEND_TEST, { id: endpoint.id });
      const other = (await signedInAs(app, 'MEMBER')).client;
      expect(await endpoints(other)).toEqual([]);
      expect(errorCodes(await other.query(SEND_TEST, { id: endpoint.id }))).toEqual(['WEBHOOK_ENDPOINT_NOT_FOUND']);
      expect(errorCodes(await other.query(REDELIVER, { id: sendTestWebhook.id }))).toEqual(['WEBHOOK_DELIVERY_NOT_FOUND']);
      expect(errorCodes(await other.query(ROTATE, { id: endpoint.id }))).toEqual(['WEBHOOK_ENDPOINT_NOT_FOUND']);
      expect(errorCodes(await other.query(`mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`, { id: endpoint.id }))).toEqual([
        'WEBHOOK_ENDPOINT_NOT_FOUND',
      ]);
      expect(errorCodes(await app.client().query(ENDPOINTS))).toEqual(['UNAUTHENTICATED']);
      expect(
        (await vendor.data<{ deleteWebhookEndpoint: string }>(`mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`, { id: endpoint.id }))
          .deleteWebhookEndpoint,
      ).toBe(endpoint.id);
      expect((await endpoints(vendor)).some((e) => e.id === endpoint.id)).toBe(false);
    } finally {
      await receiver.close();
    }
  });
});

describe('retention', () => {
  it('deletes stored events and finished deliveries past EVENT_RETENTION_DAYS, never a pending one', async () => {
    const receiver = await startReceiver();
    try {
      const { endpoint } = await endpointFor(vendor, receiver.url);
      const send = async () => (await vendor.data<{ sendTestWebhook: Delivery }>(SEND_TEST, { id: endpoint.id })).sendTestWebhook;
      const [delivered, failing, recent] = [await send(), await send(), await send()];
      await worker.drainOnce();
      // One of them is still to be retried (as after a failed attempt).
      await db.query(
        `UPDATE webhook_deliveries SET status = 'PENDING', delivered_at = NULL, next_attempt_at = now() + interval '1 hour' WHERE id = $1`,
        [failing.id],
      );
      const { id: eventId } = (
        (await db.query(`INSERT INTO outbox_events (type, payload) VALUES ('UserCreated', '{}') RETURNING id`)) as {
          id: string;
        }[]
      )[0]!;
      // 91 days pass for all but `recent` (and the default retention is 90 days).
      const old = `now() - interval '91 days'`;
      await db.query(
        `UPDATE webhook_deliveries SET created_at = ${old}, last_attempt_at = ${old}, delivered_at = CASE WHEN delivered_at IS NULL THEN NULL ELSE ${old} END
          WHERE id = ANY($1::uuid[])`,
        [[delivered.id, failing.id]],
      );
      await db.query(`UPDATE outbox_events SET created_at = ${old} WHERE id = $1`, [eventId]);

      const deleted = await app.running.app.get(Retention).sweepOnce();
      expect(deleted['webhook deliveries']).toBeGreaterThanOrEqual(1);
      expect(deleted['outbox events']).toBeGreaterThanOrEqual(1);
      const left = (await db.query(`SELECT id FROM webhook_deliveries WHERE id = ANY($1::uuid[])`, [
        [delivered.id, failing.id, recent.id],
      ])) as {
        id: string;
      }[];
      expect(left.map((row) => row.id).sort()).toEqual([failing.id, recent.id].sort());
      expect(await db.query(`SELECT 1 FROM webhook_attempts WHERE delivery_id = $1`, [delivered.id])).toEqual([]);
      expect(await db.query(`SELECT 1 FROM outbox_events WHERE id = $1`, [eventId])).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
});

describe('registration', () => {
  it('names each bad field, and writes nothing', async () => {
    const owner = (await signedInAs(app, 'MEMBER')).client;
    const result = await owner.query(CREATE, {
      input: { url: 'ftp://example.org/x', events: ['release.published', 'release.deleted', 'release.published'] },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'input.url', message: 'must start with https:// (or http://)' }),
        expect.objectContaining({
          path: 'input.events.1',
          message: 'must be one of release.published, proposal.status_changed, case_study.published',
        }),
      ]),
    );
    const noEvents = await owner.query(CREATE, { input: { url: 'https://user:pw@example.org/x', events: [] } });
    expect(noEvents.errors?.[0]?.extensions?.issues?.map((i) => i.path).sort()).toEqual(['input.events', 'input.url']);
    expect(await endpoints(owner)).toEqual([]);
  });

  it('reads the delivery log of every endpoint in a constant number of statements', async () => {
    const owner = (await signedInAs(app, 'MEMBER')).client;
    const receiver = await startReceiver();
    try {
      const logger = db.logger as QueryLogger;
      const count = async () => {
        const before = logger.queryCount;
        await endpoints(owner);
        return logger.queryCount - before;
      };
      const add = async () => {
        const { endpoint } = await endpointFor(owner, receiver.url);
        await owner.data(SEND_TEST, { id: endpoint.id });
        await owner.data(SEND_TEST, { id: endpoint.id });
      };
      await add();
      await worker.drainOnce();
      const one = await count();
      await add();
      await add();
      await worker.drainOnce();
      expect(await count()).toBe(one);
      expect(one).toBeLessThanOrEqual(4); // the session, the endpoints, their deliveries, the attempts
    } finally {
      await receiver.close();
    }
  });
});

describe('without WEBHOOKS_ALLOW_PRIVATE', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await startTestApp({ WEBHOOK_WORKER: 'off' });
  });
  afterAll(() => strict.close());

  it('refuses private, loopback, link-local and metadata addresses at registration', async () => {
    const owner = (await signedInAs(strict, 'MEMBER')).client;
    for (const [url, reason] of [
      ['http://127.0.0.1:8080/hooks', '127.0.0.1, a loopback address'],
      ['https://localhost/hooks', 'localhost resolves to'],
      ['http://10.1.2.3/hooks', '10.1.2.3, a private address'],
      ['http://192.168.1.10/hooks', 'a private address'],
      ['http://169.254.169.254/latest/meta-data', 'a link-local address'],
      ['http://100.64.0.1/', 'a carrier-grade NAT address'],
      ['http://[::1]/hooks', '::1, a loopback address'],
      ['http://[::ffff:10.0.0.1]/hooks', 'a private address'],
      ['http://[fd00:ec2::254]/', 'unique local'],
      ['http://0.0.0.0/', 'unspecified'],
    ] as const) {
      const result = await owner.query(CREATE, { input: { url, events: ['release.published'] } });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.issues?.[0]).toMatchObject({ path: 'input.url' });
      expect(result.errors?.[0]?.extensions?.issues?.[0]?.message).toContain(reason);
    }
    expect((await owner.data<{ webhookEndpoints: unknown[] }>(`query { webhookEndpoints { id } }`)).webhookEndpoints).toEqual([]);
  });

  it('checks the address again before each attempt, and sends nothing to one that has become private', async () => {
    const receiver = await startReceiver();
    try {
      const { client: owner } = await signedInAs(strict, 'MEMBER');
      const [{ id: ownerId }] = (await strict.running.dataSource.query(`SELECT id FROM users ORDER BY created_at DESC LIMIT 1`)) as [
        { id: string },
      ];
      // As if its DNS name had been pointed at a loopback address after registration.
      const [{ id }] = (await strict.running.dataSource.query(
        `INSERT INTO webhook_endpoints (owner_user_id, url, events, secret) VALUES ($1, $2, '{release.published}', 'whsec_AAAA') RETURNING id`,
        [ownerId, receiver.url],
      )) as [{ id: string }];
      await owner.data(SEND_TEST, { id });
      await strict.running.app.get(WebhookWorker).drainOnce();
      expect(receiver.received).toHaveLength(0);
      const [logged] = (await owner.data<{ webhookEndpoints: Endpoint[] }>(ENDPOINTS)).webhookEndpoints;
      expect(logged!.deliveries.nodes[0]!.attempts[0]).toMatchObject({
        statusCode: null,
        error: 'not sent: 127.0.0.1, a loopback address',
      });
    } finally {
      await receiver.close();
    }
  });
});
