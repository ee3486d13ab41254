import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createHash } from 'node:crypto';
import { errorCodes } from './support/graphql-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type DraftQuery = {
  draft: {
    revision: number;
    categories: { key: string; name: string; focusPercent: number; measures: { key: string; audience: string; status: string }[] }[];
  };
};

const DRAFT = /* GraphQL */ `
  query Draft {
    draft {
      revision
      categories {
        key
        name
        focusPercent
        measures {
          key
          audience
          status
        }
      }
    }
  }
`;

const MEASURE = /* GraphQL */ `
  query Measure($key: String!) {
    measure(key: $key) {
      key
      name
      unit
      direction
      status
      aliases
      formula
      definition
      notes
      category {
        key
        name
      }
    }
  }
`;

const RELEASE = /* GraphQL */ `
  query Release($version: String!) {
    release(version: $version) {
      version
      title
      publishedAt
      contentHash
      license {
        id
        name
        url
        attribution
      }
      downloads {
        json
      }
      measures {
        key
      }
    }
  }
`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('the seeded framework', () => {
  it('has five categories in order whose focus % sum to 100, each with executive and manager measures', async () => {
    const { draft } = await app.client().data<DraftQuery>(DRAFT);
    expect(draft.revision).toBe(1);
    expect(draft.categories.map((c) => c.key)).toEqual(['customer', 'employee', 'business', 'knowledge', 'acceleration']);
    expect(draft.categories.map((c) => c.focusPercent)).toEqual([20, 20, 30, 20, 10]);
    expect(draft.categories.reduce((sum, c) => sum + c.focusPercent, 0)).toBe(100);
    for (const category of draft.categories) {
      const audiences = new Set(category.measures.map((m) => m.audience));
      expect([category.key, [...audiences].sort()]).toEqual([category.key, ['EXECUTIVE', 'MANAGER']]);
    }
  });

  it('answers measure(key) with the full definition and its category', async () => {
    const { measure } = await app
      .client()
      .data<{ measure: Record<string, unknown> & { category: { key: string } } }>(MEASURE, { key: 'time-to-smile' });
    expect(measure).toMatchObject({
      key: 'time-to-smile',
      unit: 'days',
      direction: 'LOWER_IS_BETTER',
      status: 'EMERGING',
      category: { key: 'business' },
    });
    expect(measure.aliases).toEqual(expect.arrayContaining(['Time to Resolution', 'Time to Restore']));
    const { measure: tcv } = await app.client().data<{ measure: { formula: string } }>(MEASURE, { key: 'time-to-customer-value' });
    expect(tcv.formula).toMatch(/Time to Smile/);
  });

  it('answers category(key), and the whole draft document as JSON for clients that diff it themselves', async () => {
    const client = app.client();
    const { category } = await client.data<{ category: { name: string; measures: { key: string }[] } }>(
      'query($key: String!) { category(key: $key) { name measures { key } } }',
      { key: 'business' },
    );
    expect(category.name).toBe('Business');
    expect(category.measures.map((m) => m.key)).toEqual(expect.arrayContaining(['time-to-smile', 'time-to-customer-value']));
    const unknown = await client.query('query { category(key: "support") { name } }');
    expect(errorCodes(unknown)).toEqual(['CATEGORY_NOT_FOUND']);
    expect(unknown.errors?.[0]?.message).toBe(
      'There is no category "support". Categories: customer, employee, business, knowledge, acceleration.',
    );
    const { draft } = await client.data<{ draft: { document: { categories: unknown[]; measures: { key: string }[] } } }>(
      '{ draft { document } }',
    );
    expect(draft.document.categories).toHaveLength(5);
    expect(draft.document.measures.some((m) => m.key === 'time-to-smile')).toBe(true);
  });

  it('refuses an unknown measure key with a clear error', async () => {
    const result = await app.client().query(MEASURE, { key: 'no-such-measure' });
    expect(errorCodes(result)).toEqual(['MEASURE_NOT_FOUND']);
    expect(result.errors?.[0]?.message).toContain('no-such-measure');
  });
});

describe('releases', () => {
  it('lists v1.0.0 "Spring 2016 edition" with its licence, and answers latest', async () => {
    const client = app.client();
    const { releases } = await client.data<{ releases: { version: string; title: string }[] }>('{ releases { version title } }');
    expect(releases).toEqual([{ version: '1.0.0', title: 'Spring 2016 edition' }]);
    const latest = await client.data<{ release: { version: string; license: { id: string; attribution: string } } }>(RELEASE, {
      version: 'latest',
    });
    expect(latest.release.version).toBe('1.0.0');
    expect(latest.release.license.id).toBe('CC-BY-4.0');
    expect(latest.release.license.attribution).toContain('ocmfgroup.org');
  });

  it('refuses an unknown version and a malformed one, differently', async () => {
    const unknown = await app.client().query(RELEASE, { version: '9.9.9' });
    expect(errorCodes(unknown)).toEqual(['RELEASE_NOT_FOUND']);
    expect(unknown.errors?.[0]?.message).toBe('There is no release 9.9.9. Published versions: 1.0.0.');
    const malformed = await app.client().query(RELEASE, { version: 'spring' });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('version');
  });

  it('serves canonical JSON that validates against the published schema and hashes to contentHash', async () => {
    const client = app.client();
    const { release } = await client.data<{ release: { contentHash: string; downloads: { json: string } } }>(RELEASE, { version: '1.0.0' });
    const res = await client.fetch('/releases/1.0.0.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toContain('ocmf-1.0.0.json');
    const body = await res.text();
    expect(createHash('sha256').update(body).digest('hex')).toBe(release.contentHash);
    expect(res.headers.get('etag')).toBe(`"${release.contentHash}"`);

    const schemaRes = await client.fetch('/schema/framework.schema.json');
    expect(schemaRes.status).toBe(200);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile((await schemaRes.json()) as object);
    const document = JSON.parse(body) as { version: string; measures: unknown[] };
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    expect(document.version).toBe('1.0.0');

    const notModified = await client.fetch('/releases/latest.json', { headers: { 'if-none-match': `"${release.contentHash}"` } });
    expect(notModified.status).toBe(304);
  });

  it('answers an unknown version download with 404 and a JSON error', async () => {
    const res = await app.client().fetch('/releases/4.2.0.json');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'RELEASE_NOT_FOUND' } });
  });
});

describe('health', () => {
  it('reports the database up', async () => {
    const res = await app.client().fetch('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });
});
