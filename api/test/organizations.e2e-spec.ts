import type { QueryLogger } from '../src/database/query-logger.js';
import { signedInAs } from './support/factories.js';
import { errorCodes, type GraphQLTestClient } from './support/graphql-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name kind website description verified hidden viewerRole members { role user { id displayName } } } }`;
const INVITE = `mutation($id: ID!, $role: OrganizationRole) { inviteToOrganization(organizationId: $id, role: $role) { url token role expiresAt } }`;
const ACCEPT = `mutation($token: String!) { acceptOrganizationInvite(token: $token) { id viewerRole } }`;
const REMOVE = `mutation($org: ID!, $user: ID!) { removeOrganizationMember(organizationId: $org, userId: $user) { id } }`;
const ORGANIZATION = `query($id: ID!) { organization(id: $id) { id name verified verifiedAt hidden hiddenReason viewerRole members { role user { id } } } }`;
const ORGANIZATIONS = `query($kind: OrganizationKind) { organizations(kind: $kind) { id name kind verified } }`;
const ME = `query { me { id } }`;

type Org = { id: string; name: string; viewerRole: string | null; members: { role: string; user: { id: string } }[] | null };

let app: TestApp;
let owner: GraphQLTestClient;
let other: GraphQLTestClient;
let admin: GraphQLTestClient;

beforeAll(async () => {
  app = await startTestApp({ VOTING_CLOSER: 'off' });
  owner = (await signedInAs(app, 'MEMBER')).client;
  other = (await signedInAs(app, 'MEMBER')).client;
  admin = (await signedInAs(app, 'ADMIN')).client;
});
afterAll(() => app.close());

const idOf = async (client: GraphQLTestClient) => (await client.data<{ me: { id: string } }>(ME)).me.id;

async function createOrganization(client: GraphQLTestClient, input: Record<string, unknown> = {}): Promise<Org> {
  const result = await client.data<{ createOrganization: Org }>(CREATE, {
    input: { name: 'Acme Metrics', kind: 'VENDOR', website: 'https://acme.example', description: 'We build dashboards.', ...input },
  });
  return result.createOrganization;
}

async function invite(client: GraphQLTestClient, id: string, role?: string) {
  return (await client.data<{ inviteToOrganization: { url: string; token: string; role: string } }>(INVITE, { id, role }))
    .inviteToOrganization;
}

describe('organisations', () => {
  it('makes its creator the owner, and shows members only to members', async () => {
    const org = await createOrganization(owner);
    expect(org).toMatchObject({ name: 'Acme Metrics', kind: 'VENDOR', verified: false, hidden: false, viewerRole: 'OWNER' });
    expect(org.members).toEqual([{ role: 'OWNER', user: { id: await idOf(owner), displayName: expect.any(String) } }]);
    const outsider = await other.data<{ organization: Org }>(ORGANIZATION, { id: org.id });
    expect(outsider.organization).toMatchObject({ viewerRole: null, members: null });
    const events = (await app.running.dataSource.query(
      `SELECT count(*)::int AS n FROM organization_members WHERE organization_id = $1 AND role = 'OWNER'`,
      [org.id],
    )) as [{ n: number }];
    expect(events[0].n).toBe(1);
  });

  it('refuses bad input field by field, and writes nothing', async () => {
    const before = (await app.running.dataSource.query('SELECT count(*)::int AS n FROM organizations')) as [{ n: number }];
    const result = await owner.query(CREATE, { input: { name: ' ', kind: 'VENDOR', website: 'ftp://acme.example' } });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.issues?.map((issue) => issue.path).sort()).toEqual(['input.name', 'input.website']);
    const badKind = await owner.query(CREATE, { input: { name: 'Acme', kind: 'GOVERNMENT' } });
    expect(errorCodes(badKind)).toEqual(['BAD_USER_INPUT']);
    const after = (await app.running.dataSource.query('SELECT count(*)::int AS n FROM organizations')) as [{ n: number }];
    expect(after[0].n).toBe(before[0].n);
  });

  it('lets an owner invite by a single-use link; a second use fails', async () => {
    const org = await createOrganization(owner, { name: 'Single Use Ltd' });
    const link = await invite(owner, org.id);
    expect(link.url).toBe(`${new URL(link.url).origin}/organizations/invites/${link.token}`);
    const stored = (await app.running.dataSource.query('SELECT token_hash FROM organization_invites WHERE organization_id = $1', [
      org.id,
    ])) as {
      token_hash: string;
    }[];
    expect(JSON.stringify(stored)).not.toContain(link.token);
    expect((await other.data<{ acceptOrganizationInvite: Org }>(ACCEPT, { token: link.token })).acceptOrganizationInvite.viewerRole).toBe(
      'MEMBER',
    );
    const third = (await signedInAs(app, 'MEMBER')).client;
    expect(errorCodes(await third.query(ACCEPT, { token: link.token }))).toEqual(['ORGANIZATION_INVITE_NOT_FOUND']);
    expect(errorCodes(await third.query(ACCEPT, { token: 'x'.repeat(43) }))).toEqual(['ORGANIZATION_INVITE_NOT_FOUND']);
  });

  it('lets only owners invite and remove; a removed member loses access at once', async () => {
    const org = await createOrganization(owner, { name: 'Owners Only' });
    const member = (await signedInAs(app, 'MEMBER')).client;
    await member.data(ACCEPT, { token: (await invite(owner, org.id)).token });
    expect(errorCodes(await member.query(INVITE, { id: org.id }))).toEqual(['NOT_ORGANIZATION_OWNER']);
    expect(errorCodes(await member.query(REMOVE, { org: org.id, user: await idOf(owner) }))).toEqual(['NOT_ORGANIZATION_OWNER']);
    expect(errorCodes(await other.query(INVITE, { id: org.id }))).toEqual(['NOT_ORGANIZATION_OWNER']);

    // A second owner, invited as one, is removed: at once they can no longer invite.
    const coOwner = (await signedInAs(app, 'MEMBER')).client;
    await coOwner.data(ACCEPT, { token: (await invite(owner, org.id, 'OWNER')).token });
    await invite(coOwner, org.id);
    await owner.data(REMOVE, { org: org.id, user: await idOf(coOwner) });
    expect(errorCodes(await coOwner.query(INVITE, { id: org.id }))).toEqual(['NOT_ORGANIZATION_OWNER']);
    const seen = await coOwner.data<{ organization: Org }>(ORGANIZATION, { id: org.id });
    expect(seen.organization).toMatchObject({ viewerRole: null, members: null });

    // A member may leave; the last owner may not.
    await member.data(REMOVE, { org: org.id, user: await idOf(member) });
    expect(errorCodes(await owner.query(REMOVE, { org: org.id, user: await idOf(owner) }))).toEqual(['LAST_ORGANIZATION_OWNER']);
    const remaining = await owner.data<{ organization: Org }>(ORGANIZATION, { id: org.id });
    expect(remaining.organization.members?.map((m) => m.role)).toEqual(['OWNER']);
  });

  it('lets admins verify and hide; hidden organisations leave the public list but keep a page with the reason', async () => {
    const org = await createOrganization(owner, { name: 'Verify Me', kind: 'CONSULTANCY' });
    expect(errorCodes(await owner.query(`mutation($id: ID!) { verifyOrganization(id: $id) { id } }`, { id: org.id }))).toEqual([
      'FORBIDDEN',
    ]);
    const verified = await admin.data<{ verifyOrganization: { verified: boolean } }>(
      `mutation($id: ID!) { verifyOrganization(id: $id) { verified } }`,
      { id: org.id },
    );
    expect(verified.verifyOrganization.verified).toBe(true);
    const listed = await other.data<{ organizations: { id: string; verified: boolean }[] }>(ORGANIZATIONS, { kind: 'CONSULTANCY' });
    expect(listed.organizations.find((o) => o.id === org.id)).toMatchObject({ verified: true });

    const badReason = await admin.query(`mutation($id: ID!) { hideOrganization(id: $id, reason: "x") { id } }`, { id: org.id });
    expect(badReason.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('reason');
    await admin.data(`mutation($id: ID!) { hideOrganization(id: $id, reason: "Impersonates another firm.") { id } }`, { id: org.id });
    const after = await other.data<{ organizations: { id: string }[] }>(ORGANIZATIONS, {});
    expect(after.organizations.map((o) => o.id)).not.toContain(org.id);
    const page = await other.data<{ organization: { hidden: boolean; hiddenReason: string } }>(ORGANIZATION, { id: org.id });
    expect(page.organization).toMatchObject({ hidden: true, hiddenReason: 'Impersonates another firm.' });
  });

  it('answers an unknown organisation with a not-found naming the argument', async () => {
    const result = await other.query(ORGANIZATION, { id: '00000000-0000-4000-8000-000000000000' });
    expect(errorCodes(result)).toEqual(['ORGANIZATION_NOT_FOUND']);
    expect(errorCodes(await other.query(ORGANIZATION, { id: 'nope' }))).toEqual(['ORGANIZATION_NOT_FOUND']);
  });
});

describe('adopters', () => {
  const DECLARE = `mutation($input: DeclareAdoptionInput!) { declareAdoption(input: $input) { releaseVersion measureKeys categoryKeys quote link } }`;

  it('lets a practitioner declare it uses OCMF; it is listed, counted, and on the organisation', async () => {
    const org = await createOrganization(owner, { name: 'Practising Co', kind: 'PRACTITIONER' });
    const declared = await owner.data<{ declareAdoption: Record<string, unknown> }>(DECLARE, {
      input: {
        organizationId: org.id,
        releaseVersion: 'latest',
        measureKeys: ['time-to-smile'],
        categoryKeys: ['customer'],
        quote: 'It changed our QBRs.',
        link: 'https://practising.example/ocmf',
      },
    });
    expect(declared.declareAdoption).toEqual({
      releaseVersion: '1.0.0',
      measureKeys: ['time-to-smile'],
      categoryKeys: ['customer'],
      quote: 'It changed our QBRs.',
      link: 'https://practising.example/ocmf',
    });
    const { adopters, usageCounts } = await other.data<{
      adopters: { organization: { id: string }; quote: string }[];
      usageCounts: { organizations: number; products: number };
    }>(`query { adopters { quote organization { id } } usageCounts { organizations products } }`);
    expect(adopters.find((a) => a.organization.id === org.id)?.quote).toBe('It changed our QBRs.');
    expect(usageCounts.organizations).toBeGreaterThanOrEqual(1);
    const page = await other.data<{ organization: { adoption: { releaseVersion: string } } }>(
      `query($id: ID!) { organization(id: $id) { adoption { releaseVersion } } }`,
      { id: org.id },
    );
    expect(page.organization.adoption.releaseVersion).toBe('1.0.0');
  });

  it('refuses vendors, outsiders, and unknown measures or categories at their paths', async () => {
    const vendorOrg = await createOrganization(owner, { name: 'Vendor Co', kind: 'VENDOR' });
    const vendor = await owner.query(DECLARE, { input: { organizationId: vendorOrg.id, releaseVersion: '1.0.0' } });
    expect(vendor.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('input.organizationId');
    const org = await createOrganization(owner, { name: 'Nonprofit Co', kind: 'NONPROFIT' });
    expect(errorCodes(await other.query(DECLARE, { input: { organizationId: org.id, releaseVersion: '1.0.0' } }))).toEqual([
      'NOT_ORGANIZATION_OWNER',
    ]);
    const bad = await owner.query(DECLARE, {
      input: { organizationId: org.id, releaseVersion: '1.0.0', measureKeys: ['time-to-smile', 'nope'], categoryKeys: ['space'] },
    });
    expect(bad.errors?.[0]?.extensions?.issues?.map((i) => i.path)).toEqual(['input.measureKeys[1]', 'input.categoryKeys[0]']);
    const rows = (await app.running.dataSource.query('SELECT 1 FROM adoptions WHERE organization_id = $1', [org.id])) as unknown[];
    expect(rows).toEqual([]);
  });
});

describe('query cost', () => {
  const PAGE = `query($id: ID!) { organization(id: $id) { name viewerRole adoption { quote } members { role user { displayName } }
    products { name releasesBehind measures { status } upgradeChecklist { items { id done } } organization { name } } } }`;
  const ADOPTERS = `query { adopters { quote organization { name verified viewerRole } } usageCounts { organizations products } }`;

  it('costs the same number of SQL queries for an organisation page with 1 or 4 products, and for 1 or 4 adopters', async () => {
    const logger = app.running.dataSource.logger as QueryLogger;
    const count = async (query: string, variables: Record<string, unknown> = {}) => {
      const before = logger.queryCount;
      await owner.data(query, variables);
      return logger.queryCount - before;
    };
    const vendor = await createOrganization(owner, { name: 'Counted Vendor' });
    const product = async (name: string) => {
      const { createProduct } = await owner.data<{ createProduct: { id: string } }>(
        `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
        { input: { organizationId: vendor.id, name } },
      );
      await owner.data(`mutation($input: SaveImplementationReportInput!) { saveImplementationReport(input: $input) { id } }`, {
        input: { productId: createProduct.id, releaseVersion: '1.0.0', measures: [{ measureKey: 'time-to-smile', status: 'SUPPORTED' }] },
      });
    };
    const adopter = async (name: string) => {
      const org = await createOrganization(owner, { name, kind: 'NONPROFIT' });
      await owner.data(`mutation($input: DeclareAdoptionInput!) { declareAdoption(input: $input) { releaseVersion } }`, {
        input: { organizationId: org.id, releaseVersion: 'latest', quote: `${name} uses it.` },
      });
    };
    await product('P1');
    await adopter('A1');
    const page = await count(PAGE, { id: vendor.id });
    const adopters = await count(ADOPTERS);
    for (const n of [2, 3, 4]) {
      await product(`P${n}`);
      await adopter(`A${n}`);
    }
    expect(await count(PAGE, { id: vendor.id })).toBe(page);
    expect(await count(ADOPTERS)).toBe(adopters);
  });
});
