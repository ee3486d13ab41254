import type { Browser, Page } from 'playwright-core';
import { type AppServer, startAppServer } from './support/app-server.js';
import { expectAccessibleAtBothWidths, launchBrowser } from './support/browser.js';

/**
 * Who uses the standard, as a vendor meets it: create an organisation, invite a colleague by a single-use link, have
 * an admin verify it; register a product and report release 1.0.0, so that the demo's 1.1.0 gives it an upgrade
 * checklist; tick it off, declare 1.1.0, and find the product up to date in the implementation matrix.
 */
let server: AppServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  page = await signedInPage('member@demo.ocmf.org');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedInPage(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const signedIn = await context.newPage();
  signedIn.setDefaultTimeout(15_000);
  await signedIn.goto(`${server.url}/sign-in`);
  await signedIn.getByLabel('Email').fill(email);
  await signedIn.getByLabel('Password').fill('open-metrics-demo');
  await signedIn.getByRole('button', { name: 'Sign in' }).click();
  await signedIn.getByTestId('account-menu').waitFor();
  return signedIn;
}

const expectAccessible = expectAccessibleAtBothWidths;

let organizationUrl = '';

describe('organisation page', () => {
  it('creates an organisation, naming a bad website next to its field', async () => {
    await page.goto(`${server.url}/organizations`);
    const form = page.getByRole('form', { name: 'Add your organisation' });
    await form.getByLabel('Name').fill('Acme Analytics');
    await form.getByLabel('Kind').selectOption('VENDOR');
    await form.getByLabel('Website').fill('ftp://acme.example');
    await form.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByText('Website must start with https:// (or http://).').waitFor();
    await form.getByLabel('Website').fill('https://acme.example');
    await form.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acme Analytics' }).waitFor();
    organizationUrl = page.url();
    expect(await page.getByTestId('member').innerText()).toContain('Owner');
    await expectAccessible(page, 'organization-new');
  });

  it('invites a colleague by a single-use link, and an admin verifies it', async () => {
    await page.getByRole('button', { name: 'Create invite link' }).click();
    const link = await page.getByTestId('invite-link').inputValue();
    expect(link).toMatch(/\/organizations\/invites\/[A-Za-z0-9_-]{43}$/);
    await expectAccessible(page, 'organization-invite');

    const colleague = await signedInPage('setter@demo.ocmf.org');
    await colleague.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
    await colleague.getByRole('button', { name: 'Join' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Acme Analytics' }).waitFor();
    await colleague.getByTestId('member').nth(1).waitFor();
    expect(await colleague.getByTestId('member-list').innerText()).toMatch(/Member/);
    // Used once: the same link fails the second time.
    await colleague.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
    await colleague.getByRole('button', { name: 'Join' }).click();
    await colleague.getByRole('status').filter({ hasText: 'it was used already' }).waitFor();
    await colleague.context().close();

    const admin = await signedInPage('admin@demo.ocmf.org');
    await admin.goto(organizationUrl);
    await admin.getByRole('button', { name: 'Mark verified' }).click();
    await admin.getByTestId('verified-badge').waitFor();
    await admin.context().close();
    await page.reload();
    await page.getByTestId('verified-badge').waitFor();
  });
});

describe('upgrade checklist', () => {
  it('reports a product on 1.0.0 and gets the checklist to 1.1.0, which the owner ticks off', async () => {
    const form = page.getByRole('form', { name: 'Register a product' });
    await form.getByLabel('Name').fill('Acme Pulse');
    await form.getByRole('button', { name: 'Register product' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acme Pulse' }).waitFor();
    const editor = page.getByTestId('report-editor');
    await editor.getByLabel('Release implemented').selectOption('1.0.0');
    await editor.getByLabel('Time to Smile', { exact: true }).selectOption('SUPPORTED');
    await editor.getByLabel('Note on Time to Smile').fill('Measured from the first reply');
    await editor.getByLabel('Documentation link for Time to Smile').fill('https://docs.example.com/time-to-smile');
    await editor.getByLabel('Employee Engagement', { exact: true }).selectOption('PLANNED');
    await editor.getByRole('button', { name: 'Save report' }).click();
    const checklist = page.getByTestId('upgrade-checklist');
    await checklist.waitFor();
    const smile = page.getByTestId('reported-measures').getByRole('listitem').filter({ hasText: 'time-to-smile' });
    expect(await smile.innerText()).toContain('(Measured from the first reply)');
    expect(await smile.getByRole('link', { name: 'documentation' }).getAttribute('href')).toBe('https://docs.example.com/time-to-smile');
    expect(await page.getByTestId('product-currency').innerText()).toBe('1 release behind');
    expect(await checklist.getByRole('heading').innerText()).toBe('Upgrade checklist: 1.0.0 to 1.1.0');
    const items = checklist.getByTestId('checklist-item');
    expect(await items.count()).toBeGreaterThan(0);
    await items.first().getByRole('checkbox').check();
    // Saved, not only ticked: a reload still shows it done.
    await checklist
      .getByTestId('checklist-progress')
      .filter({ hasText: /^1 of / })
      .waitFor();
    await page.reload();
    expect(await page.getByTestId('checklist-item').first().getByRole('checkbox').isChecked()).toBe(true);
    await checklist
      .getByTestId('checklist-progress')
      .filter({ hasText: /^1 of / })
      .waitFor();
    await expectAccessible(page, 'product-checklist');
  });

  it('shows the product in the matrix, filtered by category, and up to date once it declares 1.1.0', async () => {
    await page.goto(`${server.url}/implementations?release=1.0.0`);
    const matrix = page.getByTestId('implementation-matrix');
    await matrix.getByRole('link', { name: 'Acme Pulse' }).waitFor();
    expect(await matrix.getByRole('row', { name: /Time to Smile/ }).innerText()).toContain('Supported');
    const allRows = await page.getByTestId('matrix-row').count();
    await page.getByLabel('Category').selectOption('business');
    await page.waitForFunction((before) => document.querySelectorAll('[data-testid="matrix-row"]').length < before, allRows);
    expect(await matrix.getByRole('row', { name: /Employee Engagement/ }).count()).toBe(0);
    expect(await matrix.getByRole('row', { name: /Time to Smile/ }).count()).toBe(1);
    await expectAccessible(page, 'implementations-matrix');

    await matrix.getByRole('link', { name: 'Acme Pulse' }).click();
    const editor = page.getByTestId('report-editor');
    await editor.getByLabel('Release implemented').selectOption('1.1.0');
    await editor.getByLabel('Time to Smile', { exact: true }).selectOption('SUPPORTED');
    await editor.getByRole('button', { name: 'Save report' }).click();
    await page.getByTestId('product-currency').filter({ hasText: 'up to date' }).waitFor();
    expect(await page.getByTestId('upgrade-checklist').count()).toBe(0);

    await page.goto(`${server.url}/implementations`);
    const latest = page.getByTestId('implementation-matrix');
    await latest.getByRole('link', { name: 'Acme Pulse' }).waitFor();
    expect(await latest.getByTestId('releases-behind').innerText()).toBe('up to date');
    await page.goto(`${server.url}/measures/time-to-smile`);
    await page.getByRole('heading', { name: 'Implemented by 1 product' }).waitFor();
  });
});

describe('adopters', () => {
  it('lists a practitioner that declares it uses OCMF, and the home page counts it', async () => {
    await page.goto(`${server.url}/organizations`);
    const form = page.getByRole('form', { name: 'Add your organisation' });
    await form.getByLabel('Name').fill('Northwind Support');
    await form.getByLabel('Kind').selectOption('PRACTITIONER');
    await form.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Northwind Support' }).waitFor();
    const declare = page.getByRole('form', { name: 'Declare that you use OCMF' });
    await declare.getByLabel('Customer').check();
    await declare.getByLabel('Quote').fill('Our QBRs start from Time to Smile.');
    await declare.getByRole('button', { name: 'Declare for the latest release' }).click();
    await page.getByTestId('adoption').getByText('Uses release 1.1.0: customer.').waitFor();

    await page.goto(`${server.url}/adopters`);
    const list = page.getByTestId('adopter-list');
    await list.getByRole('link', { name: 'Northwind Support' }).waitFor();
    expect(await list.innerText()).toContain('Our QBRs start from Time to Smile.');
    await expectAccessible(page, 'adopters');

    await page.goto(`${server.url}/`);
    expect(await page.getByTestId('usage-line').innerText()).toBe('Used by 1 organisation, implemented in 1 product.');
  });
});
