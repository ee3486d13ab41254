import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'parse5';
import type { Browser, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { type AppServer, startAppServer } from './support/app-server.js';
import { expectAccessibleAtBothWidths, launchBrowser } from './support/browser.js';

/**
 * Developer settings, as a vendor uses them: add a webhook endpoint (its secret shown once), send it a test event
 * that a real receiver started here verifies, follow the attempt in the delivery log, redeliver it; create an API
 * token and use it; and the feeds every page advertises.
 */
type Received = { headers: http.IncomingHttpHeaders; body: string };

let server: AppServer;
let browser: Browser;
let page: Page;
let receiver: { url: string; received: Received[]; waitFor(count: number): Promise<Received[]>; close(): Promise<void> };

async function startReceiver(): Promise<typeof receiver> {
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  const http1 = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks, got it');
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => http1.listen(0, '127.0.0.1', resolve));
  const { port } = http1.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/ocmf-hooks`,
    received,
    async waitFor(count) {
      const deadline = Date.now() + 20_000;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} webhook(s), got ${received.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 250);
        });
      }
      return received;
    },
    close: () => new Promise((resolve) => http1.close(() => resolve())),
  };
}

beforeAll(async () => {
  [server, browser, receiver] = await Promise.all([startAppServer({ WEBHOOKS_ALLOW_PRIVATE: 'true' }), launchBrowser(), startReceiver()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await receiver?.close();
});

const expectAccessible = (name: string) => expectAccessibleAtBothWidths(page, name);

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
const elements = (node: Node, name: string): Node[] => [
  ...(node.nodeName === name ? [node] : []),
  ...(node.childNodes ?? []).flatMap((child) => elements(child, name)),
];
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

describe('feeds', () => {
  it('are advertised by every page with <link rel="alternate">, and offered on the releases and proposals pages', async () => {
    for (const path of ['/', '/releases', '/proposals/1']) {
      const html = await (await fetch(`${server.url}${path}`)).text();
      const alternates = elements(parse(html) as unknown as Node, 'link')
        .filter((link) => attr(link, 'rel') === 'alternate')
        .map((link) => [attr(link, 'type'), attr(link, 'href')]);
      expect(alternates).toEqual([
        ['application/atom+xml', '/feeds/releases.atom'],
        ['application/rss+xml', '/feeds/releases.rss'],
        ['application/feed+json', '/feeds/releases.json'],
        ['application/atom+xml', '/feeds/decisions.atom'],
        ['application/rss+xml', '/feeds/decisions.rss'],
        ['application/feed+json', '/feeds/decisions.json'],
      ]);
    }
    const feed = await fetch(`${server.url}/feeds/releases.atom`);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');

    await page.goto(`${server.url}/releases`);
    const releases = page.getByRole('complementary', { name: 'Subscribe' });
    expect(await releases.getByRole('link', { name: 'Atom' }).getAttribute('href')).toBe('/feeds/releases.atom');
    expect(await releases.innerText()).toContain(`${server.url}/feeds/releases.json`);
    expect(await releases.getByRole('link', { name: 'Developer settings' }).getAttribute('href')).toBe('/settings/developer');
    await expectAccessible('releases-subscribe');

    await page.goto(`${server.url}/proposals`);
    const decisions = page.getByRole('complementary', { name: 'Subscribe' });
    expect(await decisions.getByRole('link', { name: 'RSS' }).getAttribute('href')).toBe('/feeds/decisions.rss');
  });
});

describe('Developer settings', () => {
  let secret = '';

  it('asks a signed-out visitor to sign in, and is in the account menu once signed in', async () => {
    await page.goto(`${server.url}/settings/developer`);
    await page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.getByLabel('Email').fill('member@demo.ocmf.org');
    await page.getByLabel('Password').fill('open-metrics-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Developer settings' }).waitFor();
    await page.goto(`${server.url}/`);
    await page.getByTestId('developer-settings-link').click();
    await page.getByRole('heading', { level: 1, name: 'Developer settings' }).waitFor();
    await page.getByText('You have no webhook endpoint.').waitFor();
    await expectAccessible('developer-settings-empty');
  });

  it('names a bad URL next to its field', async () => {
    const form = page.getByRole('form', { name: 'New endpoint' });
    await form.getByLabel('URL').fill('ftp://example.org/hooks');
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByTestId('url-error').waitFor();
    expect(await page.getByTestId('url-error').innerText()).toBe('URL must start with https:// (or http://).');
  });

  it('adds an endpoint and shows its signing secret once', async () => {
    const form = page.getByRole('form', { name: 'New endpoint' });
    await form.getByLabel('URL').fill(receiver.url);
    await form.getByRole('checkbox', { name: /proposal\.status_changed/ }).check();
    await form.getByLabel('Description').fill('CRM sync');
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    const shown = page.getByTestId('endpoint-secret');
    await shown.waitFor();
    secret = await shown.inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Copied|Could not copy/ })
      .waitFor();
    const list = page.getByTestId('endpoint-list');
    expect(await list.getByTestId('endpoint').innerText()).toMatch(/release\.published, proposal\.status_changed · CRM sync/);
    await expectAccessible('developer-settings-secret');
    // Shown once: after a reload it is gone for good.
    await page.reload();
    await page.getByTestId('endpoint-list').waitFor();
    expect(await page.getByTestId('endpoint-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
  });

  it('sends a test event that a real receiver verifies, and shows the attempt in the delivery log', async () => {
    await page.getByTestId('endpoint-list').getByRole('link', { name: receiver.url }).click();
    await page.getByRole('heading', { level: 1, name: receiver.url }).waitFor();
    await page.getByText('Nothing has been sent to this endpoint yet.').waitFor();
    await page.getByTestId('send-test').click();
    const [request] = await receiver.waitFor(1);
    const payload = new Webhook(secret).verify(request!.body, request!.headers as Record<string, string>) as { type: string };
    expect(payload.type).toBe('webhook.test');
    const delivery = page.getByTestId('delivery').first();
    // The log reads a delivery and its attempts in two statements, so one poll may see the attempt before the
    // delivery's new status: wait for both.
    await delivery.getByTestId('attempt-status').filter({ hasText: 'HTTP 200' }).waitFor();
    await delivery.getByTestId('delivery-status').filter({ hasText: 'Delivered' }).waitFor();
    expect(await delivery.innerText()).toContain(String(request!.headers['webhook-id']));
    expect(await delivery.getByTestId('attempt').innerText()).toContain('thanks, got it');
    await expectAccessible('developer-endpoint-log');
  });

  it('redelivers with the same webhook-id, adding an attempt', async () => {
    await page.getByTestId('redeliver').first().click();
    const [first, second] = await receiver.waitFor(2);
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    new Webhook(secret).verify(second!.body, second!.headers as Record<string, string>);
    const delivery = page.getByTestId('delivery').first();
    await delivery.getByTestId('attempt').nth(1).waitFor();
    expect(await delivery.getByTestId('attempt-status').allInnerTexts()).toEqual(['HTTP 200', 'HTTP 200']);
  });

  it('creates an API token, shown once, that works as a Bearer token until it is revoked', async () => {
    await page.goto(`${server.url}/settings/developer`);
    const form = page.getByRole('form', { name: 'New token' });
    await form.getByLabel('Name').fill('Nightly export');
    await form.getByLabel('Scope').selectOption('READ');
    await form.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByTestId('created-token').inputValue();
    expect(token).toMatch(/^ocmf_/);
    const me = async () =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { email } }' }),
      });
    expect(await (await me()).json()).toEqual({ data: { me: { email: 'member@demo.ocmf.org' } } });
    const row = page.getByTestId('token').filter({ hasText: 'Nightly export' });
    expect(await row.innerText()).toMatch(/Read only · created .* · never used/);
    await expectAccessible('developer-settings-token');
    await row.getByRole('button', { name: /Revoke/ }).click();
    await page.getByText('“Nightly export” was revoked').waitFor();
    expect((await me()).status).toBe(401);
  });
});
