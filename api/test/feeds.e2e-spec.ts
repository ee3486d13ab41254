import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Parser from 'rss-parser';
import { signedInAs } from './support/factories.js';
import type { GraphQLTestClient } from './support/graphql-client.js';
import { CREATE_PROPOSAL, type CreatedProposal, SUBMIT_PROPOSAL, twoChanges } from './support/proposal-operations.js';
import { mergedProposal, PUBLISH_RELEASE } from './support/release-flow.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://commons.example.org';

/** The JSON Feed 1.1 rules (https://www.jsonfeed.org/version/1.1/) as a schema: required fields, types, deprecations. */
const authorSchema = {
  type: 'object',
  minProperties: 1,
  properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' }, avatar: { type: 'string' } },
};
const jsonFeed11 = {
  type: 'object',
  required: ['version', 'title', 'items'],
  not: { required: ['author'] }, // deprecated in 1.1 for `authors`
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string', minLength: 1 },
    home_page_url: { type: 'string', format: 'uri' },
    feed_url: { type: 'string', format: 'uri' },
    description: { type: 'string' },
    language: { type: 'string', minLength: 2 },
    authors: { type: 'array', items: authorSchema },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
        not: { required: ['author'] },
        properties: {
          id: { type: 'string', minLength: 1 },
          url: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          content_html: { type: 'string' },
          summary: { type: 'string' },
          date_published: { type: 'string', format: 'date-time' },
          date_modified: { type: 'string', format: 'date-time' },
          authors: { type: 'array', items: authorSchema },
          attachments: {
            type: 'array',
            items: {
              type: 'object',
              required: ['url', 'mime_type'],
              properties: { url: { type: 'string', format: 'uri' }, mime_type: { type: 'string' }, size_in_bytes: { type: 'integer' } },
            },
          },
        },
      },
    },
  },
};

let app: TestApp;
let editor: GraphQLTestClient;
let author: GraphQLTestClient;
let setter: GraphQLTestClient;
let version: string;
let acceptedNumber: number;

beforeAll(async () => {
  app = await startTestApp({ VOTING_CLOSER: 'off', PUBLIC_URL });
  editor = (await signedInAs(app, 'EDITOR')).client;
  author = (await signedInAs(app, 'MEMBER')).client;
  setter = (await signedInAs(app, 'STANDARD_SETTER')).client;
  acceptedNumber = await mergedProposal({ author, editor, setter }, 'Add a measure the feeds announce');
  ({ version } = (
    await editor.data<{ publishRelease: { version: string } }>(PUBLISH_RELEASE, {
      input: { title: 'Feed edition', notes: 'Notes with **bold**.' },
    })
  ).publishRelease);
});
afterAll(() => app.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers });

describe('release feeds', () => {
  it('parses as Atom and RSS with a third-party parser, newest first, with absolute links', async () => {
    const parser = new Parser();
    for (const [format, type] of [
      ['atom', 'application/atom+xml'],
      ['rss', 'application/rss+xml'],
    ] as const) {
      const res = await get(`/feeds/releases.${format}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
      const feed = await parser.parseString(await res.text());
      expect(feed.title).toBe('OCMF releases');
      expect(feed.items.map((item) => item.title)).toEqual([`Feed edition (${version})`, 'Spring 2016 edition (1.0.0)']);
      const [latest] = feed.items;
      expect(latest!.link).toBe(`${PUBLIC_URL}/releases/${version}`);
      // RSS carries the HTML in content:encoded (its description is the summary); Atom in content.
      const html = String(format === 'rss' ? latest!['content:encoded'] : latest!.content);
      expect(format === 'rss' ? latest!.content : latest!.summary).toBe(`Version ${version}: 1 proposal released.`);
      expect(html).toContain(`href="${PUBLIC_URL}/releases/${version}.json"`);
      expect(html).toContain(`href="${PUBLIC_URL}/proposals/${acceptedNumber}"`);
      expect(html).toContain('Add a measure the feeds announce');
      expect(html).toContain('<strong>bold</strong>');
      for (const item of feed.items) expect(item.link).toMatch(/^https:\/\/commons\.example\.org\//);
      expect(new Date(latest!.isoDate!).getTime()).toBeGreaterThan(Date.now() - 600_000);
    }
  });

  it('is JSON Feed 1.1, with the JSON download as an attachment', async () => {
    const res = await get('/feeds/releases.json');
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const feed = (await res.json()) as {
      feed_url: string;
      home_page_url: string;
      items: { url: string; attachments: { url: string; mime_type: string }[] }[];
    };
    const ajv = new Ajv2020({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(jsonFeed11);
    expect(validate(feed) ? [] : validate.errors).toEqual([]);
    expect(feed.feed_url).toBe(`${PUBLIC_URL}/feeds/releases.json`);
    expect(feed.home_page_url).toBe(`${PUBLIC_URL}/releases`);
    expect(feed.items[0]!.attachments).toEqual([
      expect.objectContaining({ url: `${PUBLIC_URL}/releases/${version}.json`, mime_type: 'application/json' }),
    ]);
  });

  it('answers 304 to a matching If-None-Match or If-Modified-Since, and its ETag follows the content', async () => {
    const first = await get('/feeds/releases.atom');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);
    expect((await get('/feeds/releases.atom')).headers.get('etag')).toBe(etag); // the same content, the same tag
    const byTag = await get('/feeds/releases.atom', { 'if-none-match': etag });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe('');
    expect((await get('/feeds/releases.atom', { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
    expect((await get('/feeds/releases.atom', { 'if-modified-since': lastModified })).status).toBe(304);
    expect(
      (await get('/feeds/releases.atom', { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() })).status,
    ).toBe(200);
    // If-None-Match decides when both are sent.
    expect((await get('/feeds/releases.atom', { 'if-none-match': '"other"', 'if-modified-since': lastModified })).status).toBe(200);
    expect((await get('/feeds/releases.rss')).headers.get('etag')).not.toBe(etag);
  });
});

describe('decision feeds', () => {
  it('lists acceptances, merges and releases, each linking its proposal, in all three formats', async () => {
    const { number: discussed } = (await author.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges('feed') })).createProposal;
    await author.data(SUBMIT_PROPOSAL, { number: discussed });
    const before = (await get('/feeds/decisions.atom')).headers.get('etag');
    const parser = new Parser();
    const feed = await parser.parseString(await (await get('/feeds/decisions.rss')).text());
    const mine = feed.items.filter((item) => item.link === `${PUBLIC_URL}/proposals/${acceptedNumber}`);
    expect(mine.map((item) => item.title)).toEqual([
      `#${acceptedNumber} released: Add a measure the feeds announce`,
      `#${acceptedNumber} merged into the working draft: Add a measure the feeds announce`,
      `#${acceptedNumber} accepted: Add a measure the feeds announce`,
    ]);
    // A submission is not a decision.
    expect(feed.items.some((item) => item.link === `${PUBLIC_URL}/proposals/${discussed}`)).toBe(false);
    const atom = await parser.parseString(await (await get('/feeds/decisions.atom')).text());
    expect(atom.items).toHaveLength(feed.items.length);
    const json = (await (await get('/feeds/decisions.json')).json()) as { version: string; items: { url: string }[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.filter((item) => item.url === `${PUBLIC_URL}/proposals/${acceptedNumber}`)).toHaveLength(3);

    // A new decision changes the feed and its tag.
    await mergedProposal({ author, editor, setter }, 'Another decided measure');
    const after = await get('/feeds/decisions.atom', { 'if-none-match': before! });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
  });

  it('leaves other paths under /feeds to the web app', async () => {
    expect((await get('/feeds/nothing.xml')).status).toBe(503); // the web app is not built in API tests
  });
});
