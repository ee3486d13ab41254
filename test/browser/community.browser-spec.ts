import type { Browser, Page } from 'playwright-core';
import { type AppServer, startAppServer } from './support/app-server.js';
import { expectAccessibleAtBothWidths, launchBrowser } from './support/browser.js';

/**
 * The community loop in two browsers: Eddie the editor mentions Mia in a comment (with autocomplete) and Mia's bell
 * counts it without a reload, while Eddie's own bell does not move; Mia reads it on the notifications page, grouped
 * by day, follows the link to the comment, and marks everything read; she chooses how she is told on the settings
 * page, and follows a measure.
 */
let server: AppServer;
let browser: Browser;
let mia: Page;
let eddie: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  [mia, eddie] = await Promise.all([signedInPage('member@demo.ocmf.org'), signedInPage('editor@demo.ocmf.org')]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedInPage(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('open-metrics-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('account-menu').waitFor();
  return page;
}

const expectAccessible = expectAccessibleAtBothWidths;

/** The bell's unread count as its accessible name says it, once it is known. */
async function unread(page: Page): Promise<number> {
  await page.waitForFunction(() =>
    /unread/.test(document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label') ?? ''),
  );
  const label = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? '';
  const match = /(\d+) unread/.exec(label);
  return match ? Number(match[1]) : 0;
}

async function waitForUnread(page: Page, expected: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      (document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label') ?? '').includes(
        n === 0 ? 'none unread' : `${n} unread`,
      ),
    expected,
  );
}

describe('the bell, live', () => {
  it('counts a mention in Mia’s browser without a reload; Eddie’s own action leaves his bell alone', async () => {
    await mia.goto(`${server.url}/releases`);
    await eddie.goto(`${server.url}/proposals/2`);
    await mia.getByTestId('notification-bell').waitFor();
    const miaBefore = await unread(mia);
    const eddieBefore = await unread(eddie);

    const box = eddie.getByLabel('Your comment', { exact: true });
    await box.fill('Thanks, this reads well. @mi');
    await eddie
      .getByTestId('mention-suggestions')
      .getByRole('button', { name: /Mia Member/ })
      .click();
    expect(await box.inputValue()).toBe('Thanks, this reads well. @mia-member ');
    await box.pressSequentially('what do you think?');
    await eddie.getByRole('button', { name: 'Post comment' }).click();
    await eddie.getByText('what do you think?').waitFor();

    await waitForUnread(mia, miaBefore + 1);
    expect(await mia.getByTestId('notification-count').innerText()).toBe(String(miaBefore + 1));
    expect(await unread(eddie)).toBe(eddieBefore);
    await expectAccessible(mia, 'notification-bell');
  });
});

describe('the notifications page', () => {
  it('lists the mention under Today, links to the comment, and marks all read', async () => {
    await mia.getByTestId('notification-bell').click();
    await mia.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const today = mia.getByRole('region', { name: 'Today' });
    const mention = today.getByTestId('notification').filter({ hasText: 'Eddie Editor mentioned you on #2' });
    await mention.waitFor();
    await expectAccessible(mia, 'notifications-page');

    const before = await unread(mia);
    await mention.getByRole('link').click();
    await mia.waitForURL(/\/proposals\/2#comment-/);
    await waitForUnread(mia, before - 1);

    await mia.getByTestId('notification-bell').click();
    await mia.getByRole('button', { name: 'Mark all read' }).click();
    await waitForUnread(mia, 0);
    await mia.getByTestId('unread-summary').getByText('You are up to date.').waitFor();
    expect(await mia.getByTestId('notification').filter({ hasText: 'Unread:' }).count()).toBe(0);
    expect(await mia.getByTestId('notification-count').count()).toBe(0);
  });
});

describe('settings and follows', () => {
  it('says email is off, saves a delivery choice and a time zone, and toggles Watch releases', async () => {
    await mia.getByTestId('settings-link').click();
    await mia.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await mia.getByTestId('email-status').innerText()).toContain('Email is off on this server');
    const replies = mia.getByLabel('A reply to your comment');
    expect(await replies.inputValue()).toBe('DAILY_DIGEST');
    await replies.selectOption('EMAIL_NOW');
    await mia.getByLabel('Time zone').selectOption('Europe/Paris');
    await mia.getByRole('button', { name: 'Save notification settings' }).click();
    await mia.getByTestId('settings-status').getByText('Your notification settings are saved.').waitFor();
    await mia.reload();
    expect(await mia.getByLabel('A reply to your comment').inputValue()).toBe('EMAIL_NOW');
    expect(await mia.getByLabel('Time zone').inputValue()).toBe('Europe/Paris');

    const watch = mia.getByRole('button', { name: 'Watch releases' });
    expect(await watch.getAttribute('aria-pressed')).toBe('true');
    await watch.click();
    await mia.waitForFunction(() => document.querySelector('[data-testid="follow-button"]')?.getAttribute('aria-pressed') === 'false');
    await expectAccessible(mia, 'settings-page');
    await watch.click();
  });

  it('follows a measure from its page', async () => {
    await mia.goto(`${server.url}/measures/time-to-smile`);
    const follow = mia.getByRole('button', { name: 'Follow Time to Smile' });
    expect(await follow.getAttribute('aria-pressed')).toBe('false');
    await follow.click();
    await mia.waitForFunction(() => document.querySelector('[data-testid="follow-button"]')?.getAttribute('aria-pressed') === 'true');
    await mia.reload();
    expect(await mia.getByRole('button', { name: 'Follow Time to Smile' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('search', () => {
  it('is one "/" away on any page, and groups what it finds by kind', async () => {
    await mia.goto(`${server.url}/releases`);
    await mia.locator('body').press('/');
    expect(await mia.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await mia.keyboard.type('customer');
    await mia.keyboard.press('Enter');
    await mia.waitForURL(/\/search\?q=customer/);
    await mia.getByTestId('search-group-MEASURE').waitFor();
    expect(await mia.getByTestId('search-group-PROPOSAL').getByTestId('search-result').first().innerText()).toMatch(/Customer Success/);
    expect(await mia.locator('.search-result__snippet mark').count()).toBeGreaterThan(0);
    await expectAccessible(mia, 'search-page');
  });
});

describe('profiles, the governance page and the admin screen', () => {
  it('links an author’s name to their profile, and lists today’s standard-setters on the governance page', async () => {
    await mia.goto(`${server.url}/proposals/2`);
    await mia.getByTestId('comment').first().getByRole('link').first().click();
    await mia.waitForURL(/\/people\//);
    await mia.getByRole('heading', { level: 1 }).waitFor();
    await mia.getByRole('heading', { name: 'Recent comments' }).waitFor();
    await expectAccessible(mia, 'profile-page');

    await mia.goto(`${server.url}/governance`);
    const holders = mia.getByTestId('role-holders');
    await holders.getByRole('link', { name: 'Sam Setter' }).waitFor();
    expect(await holders.getByRole('link', { name: 'Sasha Setter' }).count()).toBe(1);
  });

  it('lets an administrator change a role with a reason; the person is told at once', async () => {
    const ada = await signedInPage('admin@demo.ocmf.org');
    await mia.goto(`${server.url}/notifications`);
    const before = await unread(mia);
    await ada.getByRole('link', { name: 'Users', exact: true }).click();
    await ada.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await ada.getByLabel('Name, handle or email').fill('mia');
    await ada.getByRole('button', { name: 'Find' }).click();
    const row = ada.getByTestId('user-row').filter({ hasText: 'Mia Member' });
    await ada.getByText('1 account', { exact: true }).waitFor();
    expect(await ada.getByTestId('user-row').count()).toBe(1);
    await row.getByLabel('Role').selectOption('STANDARD_SETTER');
    await row.getByRole('button', { name: 'Change role' }).click();
    expect(await row.getByRole('alert').innerText()).toMatch(/must say why/);
    await row.getByLabel('Reason').fill('Joined the steering group');
    await row.getByRole('button', { name: 'Change role' }).click();
    await ada.getByTestId('admin-status').getByText('Mia Member is now Standard-setter.').waitFor();
    await expectAccessible(ada, 'admin-users');

    await waitForUnread(mia, before + 1);
    await mia
      .getByTestId('notification')
      .filter({ hasText: 'Your role is now standard setter' })
      .getByText('Joined the steering group')
      .waitFor();
  });
});

describe('for you', () => {
  it('shows a standard-setter the open vote not yet cast, counted on the navigation, and an editor their queue', async () => {
    // Sam voted on #3 in the demo; Sasha has not.
    const sam = await signedInPage('setter2@demo.ocmf.org');
    const nav = sam.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^For you/ });
    await nav.getByTestId('nav-count').waitFor();
    await nav.click();
    await sam.getByRole('heading', { name: 'For you', level: 1 }).waitFor();
    const vote = sam.getByTestId('for-you-votes').getByRole('listitem').filter({ hasText: '#3' });
    expect(await vote.innerText()).toContain('Not yet voted');
    await expectAccessible(sam, 'for-you-setter');

    await eddie.goto(`${server.url}/for-you`);
    await eddie.getByRole('heading', { name: 'Editor’s queue' }).waitFor();
    expect(await eddie.getByTestId('for-you-ready').innerText()).toContain('#2');
    await expectAccessible(eddie, 'for-you-editor');
  });
});
