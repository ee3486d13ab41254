import { signedInAs } from './support/factories.js';
import { errorCodes, type GraphQLTestClient } from './support/graphql-client.js';
import { addMeasure, mergedProposal, PUBLISH_RELEASE } from './support/release-flow.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SAVE = `mutation($input: SaveImplementationReportInput!) { saveImplementationReport(input: $input) { id releaseVersion } }`;
const PRODUCT = `query($id: ID!) { product(id: $id) { id releaseVersion releasesBehind
  upgradeChecklist { id fromVersion toVersion url items { id measureKey change fields done } } } }`;
const COMPLETE = `mutation($id: ID!, $done: Boolean) { completeChecklistItem(itemId: $id, done: $done) { id items { id done } } }`;
const MATRIX = `query($v: String!) { implementations(releaseVersion: $v) { id name releasesBehind } }`;

type Checklist = {
  id: string;
  fromVersion: string;
  toVersion: string;
  url: string;
  items: { id: string; measureKey: string; change: string; fields: string[]; done: boolean }[];
};
type Product = { product: { releaseVersion: string; releasesBehind: number; upgradeChecklist: Checklist | null } };

let app: TestApp;
let vendor: GraphQLTestClient;
let outsider: GraphQLTestClient;
let editor: GraphQLTestClient;
let setter: GraphQLTestClient;

beforeAll(async () => {
  app = await startTestApp({ VOTING_CLOSER: 'off', WEBHOOKS_ALLOW_PRIVATE: 'true' });
  vendor = (await signedInAs(app, 'MEMBER')).client;
  outsider = (await signedInAs(app, 'MEMBER')).client;
  editor = (await signedInAs(app, 'EDITOR')).client;
  setter = (await signedInAs(app, 'STANDARD_SETTER')).client;
});
afterAll(() => app.close());

async function publish(changes: unknown[], title: string): Promise<string> {
  await mergedProposal({ author: vendor, editor, setter }, title, changes);
  return (await editor.data<{ publishRelease: { version: string } }>(PUBLISH_RELEASE, { input: { title, notes: '' } })).publishRelease
    .version;
}

async function newProduct(name: string): Promise<string> {
  return (await newVendorProduct(name)).productId;
}

async function newVendorProduct(name: string): Promise<{ organizationId: string; productId: string }> {
  const { createOrganization } = await vendor.data<{ createOrganization: { id: string } }>(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    { input: { name: `${name} Co`, kind: 'VENDOR' } },
  );
  const { createProduct } = await vendor.data<{ createProduct: { id: string } }>(
    `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
    { input: { organizationId: createOrganization.id, name } },
  );
  return { organizationId: createOrganization.id, productId: createProduct.id };
}

const product = async (id: string) => (await outsider.data<Product>(PRODUCT, { id })).product;

describe('upgrade checklists', () => {
  it('takes a product from its release to the next: exactly the changes it supports, ticked off, then declared', async () => {
    const v110 = await publish([addMeasure()], 'Add a measure');
    expect(v110).toBe('1.1.0');
    const x = await newProduct('X');
    const other = await newProduct('Untouched');
    await vendor.data(SAVE, {
      input: {
        productId: x,
        releaseVersion: '1.1.0',
        measures: [
          { measureKey: 'time-to-smile', status: 'SUPPORTED' },
          { measureKey: 'employee-engagement', status: 'NOT_SUPPORTED' },
        ],
      },
    });
    await vendor.data(SAVE, {
      input: { productId: other, releaseVersion: '1.1.0', measures: [{ measureKey: 'knowledge-reuse', status: 'SUPPORTED' }] },
    });
    expect((await product(x)).upgradeChecklist).toBeNull();

    const v2 = await publish(
      [
        { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { unit: 'hours' } },
        { op: 'UPDATE_MEASURE', measureKey: 'employee-engagement', patch: { definition: 'How engaged employees say they are.' } },
      ],
      'Time to Smile in hours',
    );
    expect(v2).toBe('2.0.0');

    // There as soon as the release is published: exactly the change to the measure X supports.
    const behind = await product(x);
    expect(behind).toMatchObject({ releaseVersion: '1.1.0', releasesBehind: 1 });
    const checklist = behind.upgradeChecklist!;
    expect(checklist).toMatchObject({ fromVersion: '1.1.0', toVersion: '2.0.0' });
    expect(checklist.url).toMatch(new RegExp(`/products/${x}#upgrade-checklist$`));
    expect(checklist.items.map(({ measureKey, change, fields, done }) => ({ measureKey, change, fields, done }))).toEqual([
      { measureKey: 'time-to-smile', change: 'CHANGED', fields: ['unit'], done: false },
    ]);
    expect((await product(other)).upgradeChecklist?.items).toEqual([]);

    // Only the owners tick it off.
    const [item] = checklist.items;
    expect(errorCodes(await outsider.query(COMPLETE, { id: item!.id }))).toEqual(['NOT_ORGANIZATION_OWNER']);
    const ticked = await vendor.data<{ completeChecklistItem: { items: { done: boolean }[] } }>(COMPLETE, { id: item!.id });
    expect(ticked.completeChecklistItem.items).toEqual([{ id: item!.id, done: true }]);

    // Declaring the new release closes the checklist: X is up to date on the implementations page.
    await vendor.data(SAVE, {
      input: { productId: x, releaseVersion: '2.0.0', measures: [{ measureKey: 'time-to-smile', status: 'SUPPORTED' }] },
    });
    expect(await product(x)).toMatchObject({ releaseVersion: '2.0.0', releasesBehind: 0, upgradeChecklist: null });
    const matrix = await outsider.data<{ implementations: { id: string; releasesBehind: number }[] }>(MATRIX, { v: 'latest' });
    expect(matrix.implementations).toEqual([{ id: x, name: 'X', releasesBehind: 0 }]);
    expect(errorCodes(await vendor.query(COMPLETE, { id: item!.id }))).toEqual(['CHECKLIST_ITEM_NOT_FOUND']);
  });

  it('spans every release since the one reported, keeping items already done', async () => {
    const y = await newProduct('Y');
    const [latest] = (await app.running.dataSource.query(
      `SELECT version FROM releases ORDER BY major DESC, minor DESC, patch DESC LIMIT 1`,
    )) as { version: string }[];
    await vendor.data(SAVE, {
      input: { productId: y, releaseVersion: latest!.version, measures: [{ measureKey: 'time-to-proficiency', status: 'PLANNED' }] },
    });
    await publish(
      [{ op: 'UPDATE_MEASURE', measureKey: 'time-to-proficiency', patch: { formula: 'Days from hire to proficiency' } }],
      'Formula for proficiency',
    );
    const first = (await product(y)).upgradeChecklist!;
    expect(first.items.map((i) => [i.measureKey, i.change])).toEqual([['time-to-proficiency', 'CHANGED']]);
    await vendor.data(COMPLETE, { id: first.items[0]!.id });

    const added = addMeasure();
    const next = await publish([added], 'Another measure');
    const second = (await product(y)).upgradeChecklist!;
    expect(second).toMatchObject({ fromVersion: latest!.version, toVersion: next });
    expect(second.items.map((i) => [i.measureKey, i.change, i.done])).toEqual([
      ['time-to-proficiency', 'CHANGED', true],
      [added.measure.key, 'ADDED', false],
    ]);
    expect((await product(y)).releasesBehind).toBe(2);
  });
});

describe('organisation webhook endpoints', () => {
  const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id organizationId } } }`;
  const ENDPOINTS = `query($org: ID) { webhookEndpoints(organizationId: $org) { id organizationId } }`;
  const ENDPOINT = `query($id: ID!) { webhookEndpoint(id: $id) { id } }`;

  it('belong to the organisation, are managed by its owners only, and carry its checklist links in release.published', async () => {
    const { organizationId, productId } = await newVendorProduct('Hooked');
    const input = { url: 'http://127.0.0.1:9/hooks', events: ['release.published'], organizationId };
    expect(errorCodes(await outsider.query(CREATE_ENDPOINT, { input }))).toEqual(['NOT_ORGANIZATION_OWNER']);
    const created = await vendor.data<{ createWebhookEndpoint: { endpoint: { id: string; organizationId: string } } }>(CREATE_ENDPOINT, {
      input,
    });
    const endpointId = created.createWebhookEndpoint.endpoint.id;
    expect(created.createWebhookEndpoint.endpoint.organizationId).toBe(organizationId);
    const personal = await vendor.data<{ createWebhookEndpoint: { endpoint: { id: string } } }>(CREATE_ENDPOINT, {
      input: { url: 'http://127.0.0.1:9/mine', events: ['release.published'] },
    });
    const listed = await vendor.data<{ webhookEndpoints: { id: string }[] }>(ENDPOINTS, { org: organizationId });
    expect(listed.webhookEndpoints.map((e) => e.id)).toEqual([endpointId]);
    expect(errorCodes(await outsider.query(ENDPOINTS, { org: organizationId }))).toEqual(['NOT_ORGANIZATION_OWNER']);
    expect(errorCodes(await outsider.query(ENDPOINT, { id: endpointId }))).toEqual(['WEBHOOK_ENDPOINT_NOT_FOUND']);

    const [latest] = (await app.running.dataSource.query(
      `SELECT version FROM releases ORDER BY major DESC, minor DESC, patch DESC LIMIT 1`,
    )) as { version: string }[];
    await vendor.data(SAVE, { input: { productId, releaseVersion: latest!.version, measures: [] } });
    const next = await publish([addMeasure()], 'One more measure');
    const bodies = (await app.running.dataSource.query(
      `SELECT endpoint_id, body FROM webhook_deliveries WHERE endpoint_id = ANY($1::uuid[]) AND event_type = 'release.published'`,
      [[endpointId, personal.createWebhookEndpoint.endpoint.id]],
    )) as { endpoint_id: string; body: string | { data: Record<string, unknown> } }[];
    const data = (id: string) => {
      const row = bodies.find((b) => b.endpoint_id === id)!;
      return (typeof row.body === 'string' ? (JSON.parse(row.body) as { data: Record<string, unknown> }) : row.body).data;
    };
    expect(data(endpointId).checklists).toEqual([
      {
        productId,
        productName: 'Hooked',
        fromVersion: latest!.version,
        toVersion: next,
        url: expect.stringMatching(`/products/${productId}#upgrade-checklist$`),
      },
    ]);
    expect(data(personal.createWebhookEndpoint.endpoint.id)).not.toHaveProperty('checklists');
    expect(data(endpointId).version).toBe(next);
  });
});

describe('organisation API tokens', () => {
  const CREATE_TOKEN = `mutation($org: ID) { createApiToken(name: "CI", organizationId: $org) { token apiToken { id organizationId } } }`;
  const REMOVE = `mutation($org: ID!, $user: ID!) { removeOrganizationMember(organizationId: $org, userId: $user) { id } }`;

  async function asToken(token: string, query: string, variables: Record<string, unknown> = {}) {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  }

  it('act for the organisation: its reports, for that organisation only, and keep working after their creator leaves', async () => {
    const { organizationId, productId } = await newVendorProduct('Scripted');
    const other = await newVendorProduct('Elsewhere');
    expect(errorCodes(await outsider.query(CREATE_TOKEN, { org: organizationId }))).toEqual(['NOT_ORGANIZATION_OWNER']);
    const { createApiToken } = await vendor.data<{ createApiToken: { token: string; apiToken: { id: string; organizationId: string } } }>(
      CREATE_TOKEN,
      { org: organizationId },
    );
    expect(createApiToken.apiToken.organizationId).toBe(organizationId);
    const listed = await vendor.data<{ apiTokens: { id: string }[] }>(`query($org: ID) { apiTokens(organizationId: $org) { id } }`, {
      org: organizationId,
    });
    expect(listed.apiTokens.map((t) => t.id)).toEqual([createApiToken.apiToken.id]);

    const report = (id: string) => ({
      input: { productId: id, releaseVersion: 'latest', measures: [{ measureKey: 'time-to-smile', status: 'SUPPORTED' }] },
    });
    const saved = await asToken(createApiToken.token, SAVE, report(productId));
    expect(saved.errors).toBeUndefined();
    expect((await asToken(createApiToken.token, SAVE, report(other.productId))).errors?.[0]?.extensions?.code).toBe(
      'NOT_ORGANIZATION_OWNER',
    );
    // Anything else a person does is refused to it.
    const proposal = await asToken(createApiToken.token, `mutation { createOrganization(input: { name: "Bot Co", kind: VENDOR }) { id } }`);
    expect(proposal.errors?.[0]?.extensions?.code).toBe('TOKEN_NOT_ALLOWED');

    // Its creator hands the organisation to a colleague and leaves: the token still works.
    const colleague = (await signedInAs(app, 'MEMBER')).client;
    const { inviteToOrganization } = await vendor.data<{ inviteToOrganization: { token: string } }>(
      `mutation($id: ID!) { inviteToOrganization(organizationId: $id, role: OWNER) { token } }`,
      { id: organizationId },
    );
    await colleague.data(`mutation($t: String!) { acceptOrganizationInvite(token: $t) { id } }`, { t: inviteToOrganization.token });
    const { me } = await vendor.data<{ me: { id: string } }>(`query { me { id } }`);
    await vendor.data(REMOVE, { org: organizationId, user: me.id });
    expect((await asToken(createApiToken.token, SAVE, report(productId))).errors).toBeUndefined();
    // The creator, no longer an owner, can neither see nor revoke it; the colleague can.
    expect(
      errorCodes(await vendor.query(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: createApiToken.apiToken.id })),
    ).toEqual(['API_TOKEN_NOT_FOUND']);
    await colleague.data(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: createApiToken.apiToken.id });
    const refused = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${createApiToken.token}` },
      body: JSON.stringify({ query: '{ releases { version } }' }),
    });
    expect(refused.status).toBe(401);
  });
});
