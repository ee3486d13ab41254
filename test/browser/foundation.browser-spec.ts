import type { Browser, Page } from 'playwright-core';
import { type AppServer, startAppServer } from './support/app-server.js';
import { launchBrowser, screenshot, seriousAxeViolations } from './support/browser.js';

let server: AppServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function expectAccessible(name: string) {
  await screenshot(page, name);
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe('browsing OCMF v1', () => {
  it('shows the five categories on the home page, their Focus % summing to 100, with the time-not-weight note', async () => {
    await page.goto(server.url);
    const cards = page.getByTestId('category-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(5);
    const percents = (await page.getByTestId('category-card').getByTestId('focus-percent').allInnerTexts()).map((text) =>
      parseInt(text, 10),
    );
    expect(percents).toEqual([20, 20, 30, 20, 10]);
    expect(percents.reduce((sum, p) => sum + p, 0)).toBe(100);
    await page.getByTestId('focus-chart').waitFor();
    expect(await page.locator('main').innerText()).toMatch(/leadership time/i);
    expect(await page.locator('main').innerText()).toMatch(/not a weight/i);
    await expectAccessible('home');
  });

  it('opens Time to Smile from its category, with definition, unit, direction and aliases', async () => {
    await page.getByTestId('category-card').filter({ hasText: 'Business' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Business' }).waitFor();
    await page.getByRole('link', { name: 'Time to Smile' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Time to Smile' }).waitFor();
    expect(page.url()).toMatch(/\/measures\/time-to-smile$/);
    expect(await page.getByTestId('measure-unit').innerText()).toMatch(/days/);
    expect(await page.getByTestId('measure-direction').innerText()).toMatch(/lower is better/i);
    expect(await page.getByTestId('measure-aliases').innerText()).toMatch(/Time to Resolution/);
    await expectAccessible('measure-time-to-smile');
  });

  it('lists v1.0.0 "Spring 2016 edition" with its licence and attribution', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Releases' }).click();
    const v1 = page.getByTestId('release-item').filter({ hasText: 'Spring 2016 edition' });
    await v1.waitFor();
    expect(await v1.innerText()).toMatch(/1\.0\.0/);
    await v1.getByRole('link').first().click();
    await page.getByTestId('release-attribution').waitFor();
    expect(await page.getByTestId('release-license').innerText()).toMatch(/CC BY 4\.0|Creative Commons/);
    expect(await page.getByTestId('release-attribution').innerText()).toMatch(/ocmfgroup\.org/);
    await expectAccessible('release-1.0.0');
  });
});

describe('accounts', () => {
  it('signs in as the demo member, shows the role, and signs out', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill('member@demo.ocmf.org');
    await page.getByLabel('Password').fill('wrong password here');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('form-error').waitFor();
    expect(await page.getByTestId('form-error').innerText()).toMatch(/do not match/i);
    await expectAccessible('sign-in-error');

    await page.getByLabel('Password').fill('open-metrics-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('account-menu').waitFor();
    expect(await page.getByTestId('account-name').innerText()).toBe('Mia Member');
    expect(await page.getByTestId('account-role').innerText()).toMatch(/member/i);
    await screenshot(page, 'signed-in');

    await page.reload();
    await page.getByTestId('account-menu').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    expect(await page.getByTestId('account-menu').count()).toBe(0);
  });

  it('is usable on a phone-width screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(server.url);
    await phone.getByTestId('category-card').first().waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'home-phone');
    await phone.close();
  });
});
