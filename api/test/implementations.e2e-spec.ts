import { Ajv2020 } from 'ajv/dist/2020.js';
import type { QueryLogger } from '../src/database/query-logger.js';
import { signedInAs } from './support/factories.js';
import { errorCodes, type GraphQLTestClient } from './support/graphql-client.js';
import { mergedProposal, PUBLISH_RELEASE } from './support/release-flow.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id name url releaseVersion } }`;
const SAVE = `mutation($input: SaveImplementationReportInput!) {
  saveImplementationReport(input: $input) { id releaseVersion releasesBehind measures { measureKey status note link } } }`;
const MATRIX = `query($v: String!) { implementations(releaseVersion: $v) {
  id name releaseVersion releasesBehind organization { id name verified } measures { measureKey status note link } } }`;
const MEASURE = `query($key: String!) { measure(key: $key) { key implementations { status releaseVersion product { id name organization { name } } } } }`;
const RELEASE = `query($v: String!) { release(version: $v) { version implementationCount } }`;

let app: TestApp;
let vendor: GraphQLTestClient;
let outsider: GraphQLTestClient;
let editor: GraphQLTestClient;
let setter: GraphQLTestClient;
let orgId: string;

beforeAll(async () => {
  app = await startTestApp({ VOTING_CLOSER: 'off' });
  vendor = (await signedInAs(app, 'MEMBER')).client;
  outsider = (await signedInAs(app, 'MEMBER')).client;
  editor = (await signedInAs(app, 'EDITOR')).client;
  setter = (await signedInAs(app, 'STANDARD_SETTER')).client;
  orgId = await organization(vendor, 'Dashboards Inc', 'VENDOR');
});
afterAll(() => app.close());

async function organization(client: GraphQLTestClient, name: string, kind: string): Promise<string> {
  return (await client.data<{ createOrganization: { id: string } }>(CREATE_ORG, { input: { name, kind } })).createOrganization.id;
}

async function product(client: GraphQLTestClient, organizationId: string, name: string): Promise<string> {
  const result = await client.data<{ createProduct: { id: string } }>(CREATE_PRODUCT, {
    input: { organizationId, name, url: 'https://dashboards.example/product' },
  });
  return result.createProduct.id;
}

type Saved = {
  saveImplementationReport: { releaseVersion: string; releasesBehind: number; measures: { measureKey: string; status: string }[] };
};

function report(productId: string, releaseVersion: string, measures: Record<string, unknown>[]) {
  return { input: { productId, releaseVersion, measures } };
}

describe('products and implementation reports', () => {
  it('lets a vendor’s owner register a product and report a release, measure by measure', async () => {
    const id = await product(vendor, orgId, 'Pulse');
    const saved = await vendor.data<Saved>(
      SAVE,
      report(id, '1.0.0', [
        { measureKey: 'time-to-smile', status: 'SUPPORTED', note: 'Computed nightly.', link: 'https://dashboards.example/docs/tts' },
        { measureKey: 'employee-engagement', status: 'PLANNED' },
        { measureKey: 'knowledge-reuse', status: 'NOT_SUPPORTED' },
      ]),
    );
    expect(saved.saveImplementationReport).toMatchObject({ releaseVersion: '1.0.0', releasesBehind: 0 });
    expect(saved.saveImplementationReport.measures.map((m) => [m.measureKey, m.status])).toEqual([
      ['time-to-smile', 'SUPPORTED'],
      ['employee-engagement', 'PLANNED'],
      ['knowledge-reuse', 'NOT_SUPPORTED'],
    ]);

    const matrix = await outsider.data<{ implementations: { id: string; organization: { name: string } }[] }>(MATRIX, { v: '1.0.0' });
    expect(matrix.implementations.find((p) => p.id === id)?.organization.name).toBe('Dashboards Inc');
    const measure = await outsider.data<{ measure: { implementations: { product: { id: string }; status: string }[] } }>(MEASURE, {
      key: 'time-to-smile',
    });
    expect(measure.measure.implementations.filter((i) => i.product.id === id)).toEqual([
      expect.objectContaining({ status: 'SUPPORTED', releaseVersion: '1.0.0' }),
    ]);
    // Planned is not implemented.
    const planned = await outsider.data<{ measure: { implementations: { product: { id: string } }[] } }>(MEASURE, {
      key: 'employee-engagement',
    });
    expect(planned.measure.implementations.map((i) => i.product.id)).not.toContain(id);
    const release = await outsider.data<{ release: { implementationCount: number } }>(RELEASE, { v: '1.0.0' });
    expect(release.release.implementationCount).toBeGreaterThanOrEqual(1);
  });

  it('refuses a measure outside the release, a repeated one, a bad link, status or release, each at its path, writing nothing', async () => {
    const id = await product(vendor, orgId, 'Strict');
    await vendor.data(SAVE, report(id, '1.0.0', [{ measureKey: 'time-to-smile', status: 'SUPPORTED' }]));
    const result = await vendor.query(
      SAVE,
      report(id, '1.0.0', [
        { measureKey: 'time-to-smile', status: 'PARTIAL' },
        { measureKey: 'no-such-measure', status: 'SUPPORTED' },
        { measureKey: 'time-to-smile', status: 'SUPPORTED' },
        { measureKey: 'knowledge-reuse', status: 'SUPPORTED', link: 'javascript:alert(1)' },
      ]),
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.issues?.map((issue) => issue.path)).toEqual([
      'input.measures[1].measureKey',
      'input.measures[2].measureKey',
      'input.measures[3].link',
    ]);
    const badRelease = await vendor.query(SAVE, report(id, '9.9.9', []));
    expect(badRelease.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('input.releaseVersion');
    const badStatus = await vendor.query(SAVE, report(id, '1.0.0', [{ measureKey: 'time-to-smile', status: 'MAYBE' }]));
    expect(errorCodes(badStatus)).toEqual(['BAD_USER_INPUT']);
    const [row] = (await app.running.dataSource.query(`SELECT status FROM implementation_measures WHERE product_id = $1`, [id])) as {
      status: string;
    }[];
    expect(row).toEqual({ status: 'SUPPORTED' });
  });

  it('lets only owners register products and report; only vendors have products', async () => {
    const id = await product(vendor, orgId, 'Guarded');
    expect(errorCodes(await outsider.query(SAVE, report(id, '1.0.0', [])))).toEqual(['NOT_ORGANIZATION_OWNER']);
    expect(errorCodes(await outsider.query(CREATE_PRODUCT, { input: { organizationId: orgId, name: 'Not mine' } }))).toEqual([
      'NOT_ORGANIZATION_OWNER',
    ]);
    const practitioner = await organization(outsider, 'Users Ltd', 'PRACTITIONER');
    const refused = await outsider.query(CREATE_PRODUCT, { input: { organizationId: practitioner, name: 'A product' } });
    expect(refused.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('input.organizationId');
  });

  it('serves every current report as /implementations.json, with an ETag', async () => {
    const res = await fetch(`${app.url}/implementations.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as {
      implementations: { organization: { name: string }; product: { name: string }; releaseVersion: string; measures: unknown[] }[];
    };
    const pulse = body.implementations.find((i) => i.product.name === 'Pulse');
    expect(pulse).toMatchObject({
      organization: { name: 'Dashboards Inc' },
      releaseVersion: '1.0.0',
      releasesBehind: 0,
      measures: expect.arrayContaining([
        { measureKey: 'time-to-smile', status: 'SUPPORTED', note: 'Computed nightly.', link: 'https://dashboards.example/docs/tts' },
      ]),
    });
    const again = await fetch(`${app.url}/implementations.json`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('leaves hidden organisations’ products out of the matrix, the counts and the JSON', async () => {
    const admin = (await signedInAs(app, 'ADMIN')).client;
    const hiddenOrg = await organization(vendor, 'Hidden Vendor', 'VENDOR');
    const id = await product(vendor, hiddenOrg, 'Ghost');
    await vendor.data(SAVE, report(id, '1.0.0', [{ measureKey: 'time-to-smile', status: 'SUPPORTED' }]));
    const count = async () =>
      (await outsider.data<{ release: { implementationCount: number } }>(RELEASE, { v: '1.0.0' })).release.implementationCount;
    const before = await count();
    await admin.data(`mutation($id: ID!) { hideOrganization(id: $id, reason: "Spam listing.") { id } }`, { id: hiddenOrg });
    expect(await count()).toBe(before - 1);
    const matrix = await outsider.data<{ implementations: { id: string }[] }>(MATRIX, { v: '1.0.0' });
    expect(matrix.implementations.map((p) => p.id)).not.toContain(id);
    const json = await (await fetch(`${app.url}/implementations.json`)).text();
    expect(json).not.toContain('Ghost');
  });

  it('costs the same number of SQL queries for the matrix and a measure page with 1 or 4 more products', async () => {
    const logger = app.running.dataSource.logger as QueryLogger;
    const count = async (query: string, variables: Record<string, unknown>) => {
      const before = logger.queryCount;
      await outsider.data(query, variables);
      return logger.queryCount - before;
    };
    const add = async (name: string) => {
      const org = await organization(vendor, `${name} Org`, 'VENDOR');
      const id = await product(vendor, org, name);
      await vendor.data(SAVE, report(id, '1.0.0', [{ measureKey: 'time-to-smile', status: 'SUPPORTED' }]));
    };
    await add('One');
    const matrix = await count(MATRIX, { v: '1.0.0' });
    const measure = await count(MEASURE, { key: 'time-to-smile' });
    for (const name of ['Two', 'Three', 'Four', 'Five']) await add(name);
    expect(await count(MATRIX, { v: '1.0.0' })).toBe(matrix);
    expect(await count(MEASURE, { key: 'time-to-smile' })).toBe(measure);
  });

  it('shows a product on an older release how many releases behind it is', async () => {
    const id = await product(vendor, orgId, 'Behind');
    await vendor.data(SAVE, report(id, '1.0.0', []));
    await mergedProposal({ author: vendor, editor, setter });
    await editor.data(PUBLISH_RELEASE, { input: { title: 'Next edition', notes: '' } });
    const seen = await outsider.data<{ product: { releasesBehind: number } }>(`query($id: ID!) { product(id: $id) { releasesBehind } }`, {
      id,
    });
    expect(seen.product.releasesBehind).toBe(1);
  });

  it('compares two releases as JSON for machines, valid against its published schema and cacheable by ETag', async () => {
    const schema = (await (await fetch(`${app.url}/schema/release-diff.schema.json`)).json()) as object;
    const res = await fetch(`${app.url}/releases/1.0.0...1.1.0.json`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { from: string; to: string; diff: { measures: { added: { key: string }[] } } };
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    expect(body).toMatchObject({ from: '1.0.0', to: '1.1.0' });
    expect(body.diff.measures.added).toHaveLength(1);
    const graphql = await outsider.data<{ releaseDiff: { diff: unknown } }>(`{ releaseDiff(from: "1.0.0", to: "1.1.0") { diff } }`);
    expect(body.diff).toEqual(graphql.releaseDiff.diff);
    const again = await fetch(`${app.url}/releases/1.0.0...1.1.0.json`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await fetch(`${app.url}/releases/1.0.0...9.9.9.json`)).status).toBe(404);
  });
});
