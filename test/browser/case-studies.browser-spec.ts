import type { Browser, Locator, Page } from 'playwright-core';
import { type AppServer, startAppServer } from './support/app-server.js';
import { launchBrowser, screenshot, seriousAxeViolations } from './support/browser.js';

/**
 * Case studies: the demo member writes one with two outcomes, meets a field error from the API on the second
 * outcome, fixes it and publishes; finds it on their profile and through search; finds it on the measure's page; links it as evidence on the open Time to Smile
 * proposal, and sees it in that proposal's impact section. axe checks every new page at both widths.
 */
let server: AppServer;
let browser: Browser;
let page: Page;
const TITLE = 'Guiding a support team with Time to Smile';

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function expectAccessible(name: string) {
  await screenshot(page, `${name}-1280`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function errorNextTo(field: Locator): Promise<string> {
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
  expect(errorId).toBeDefined();
  return page.locator(`[id="${errorId}"]`).innerText();
}

const row = (index: number) => page.getByTestId(`outcome-row-${index}`);

describe('case studies', () => {
  it('lists the demo’s published case studies, with filters', async () => {
    await page.goto(`${server.url}/case-studies`);
    await page.getByRole('heading', { level: 1, name: 'Case studies' }).waitFor();
    await page.getByTestId('case-study-count').getByText('2 case studies').waitFor();
    await page.getByLabel('Release used').selectOption('1.1.0');
    await page.getByTestId('case-study-count').getByText('1 case study matches these filters').waitFor();
    await page.getByRole('link', { name: 'Net ARR as the board’s Customer Success measure' }).waitFor();
    await expectAccessible('case-studies-list');
  });

  it('writes a case study with two outcomes, shows the API’s error next to the second, and saves it once fixed', async () => {
    await page.goto(`${server.url}/case-studies`);
    await page.getByRole('link', { name: 'Sign in to share a case study' }).click();
    await page.getByLabel('Email').fill('member@demo.ocmf.org');
    await page.getByLabel('Password').fill('open-metrics-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Write a case study' }).waitFor();

    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page.getByLabel('Summary', { exact: true }).fill('We stopped grading agents and guided the team with Time to Smile.');
    await page.getByRole('textbox', { name: 'The story' }).fill('## Context\n\nForty people in **three** time zones.');
    await page.getByLabel('Organisation name').fill('Contoso Support');
    await page.getByLabel('Release of OCMF you used').selectOption('1.0.0');
    await row(0).getByLabel('Measure', { exact: true }).selectOption({ label: 'Time to Smile' });
    await row(0)
      .getByLabel(/^Baseline/)
      .fill('10');
    await row(0)
      .getByLabel(/^Result/)
      .fill('4');
    // The unit is the measure's, shown rather than typed.
    await row(0).getByLabel('Baseline (days)').waitFor();
    await page.getByTestId('add-outcome').click();
    await row(1).getByLabel('Measure', { exact: true }).selectOption({ label: 'Employee Engagement' });
    await row(1)
      .getByLabel(/^Baseline/)
      .fill('60');
    await row(1)
      .getByLabel(/^Result/)
      .fill('66');
    await row(1).getByLabel('Measured from (optional)').fill('2025-06-01');
    await row(1).getByLabel('Measured to (optional)').fill('2025-01-01');
    await page.getByTestId('save-case-study').click();

    const end = row(1).getByLabel('Measured to (optional)');
    await page.getByTestId('form-error').getByText('Please correct the highlighted fields.').waitFor();
    expect(await errorNextTo(end)).toMatch(/after the period’s start/);
    expect(await end.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(page.url()).toMatch(/\/case-studies\/new$/);
    await expectAccessible('case-study-editor-error');

    await end.fill('2025-12-31');
    await page.getByTestId('save-case-study').click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page
      .getByTestId('case-study-status')
      .getByText(/Draft saved/)
      .waitFor();
  });

  it('publishes it, with its outcomes as a chart and in words', async () => {
    await page.getByTestId('publish-case-study').click();
    await page.getByTestId('case-study-status').getByText('Published: everyone can read it now.').waitFor();
    await page.getByTestId('outcome-chart').waitFor();
    const chart = page.getByRole('img', { name: new RegExp(`Baseline and result of each measure in “${TITLE}”`) });
    expect(await chart.count()).toBe(1);
    await page.getByTestId('outcome-time-to-smile').getByText('(60% better)').waitFor();
    await page.getByTestId('outcome-employee-engagement').getByText('(10% better)').waitFor();
    await page.getByTestId('case-study-body').locator('strong', { hasText: 'three' }).waitFor();
    await expectAccessible('case-study-page');
  });

  it('names its author with a link to their profile, which lists it; search finds it', async () => {
    await page.locator('.case-study-page__meta').getByRole('link', { name: 'Mia Member' }).click();
    await page.waitForURL(/\/people\//);
    const listed = page.getByRole('region', { name: 'Case studies' });
    await listed.getByRole('link', { name: TITLE }).waitFor();
    await expectAccessible('profile-case-studies');

    await page.getByLabel('Search measures, proposals, comments and case studies').fill('guided support team');
    await page.keyboard.press('Enter');
    const group = page.getByTestId('search-group-CASE_STUDY');
    await group.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  });

  it('is listed among the author’s own case studies', async () => {
    await page.goto(`${server.url}/case-studies`);
    const mine = page.getByTestId('my-case-studies');
    await mine.getByRole('listitem').filter({ hasText: TITLE }).getByText('Published').waitFor();
    // The demo's Time to Smile case study is the demo member's too.
    expect(await mine.getByRole('listitem').count()).toBe(2);
  });

  it('is on the measure’s page, with the summary of its case studies', async () => {
    await page.goto(`${server.url}/measures/time-to-smile`);
    const section = page.getByTestId('measure-case-studies');
    await section.getByRole('link', { name: TITLE }).waitFor();
    await section.getByText('2 published case studies used Time to Smile.').waitFor();
    // Demo 9 → 4 days is 55.6% better, this one 10 → 4 is 60% better: the median is between.
    await section.getByTestId('outcome-summary').getByText('Median change: 57.8% better').waitFor();
    await expectAccessible('measure-case-studies');
  });

  it('links it as evidence on the open Time to Smile proposal, and shows it in the proposal’s impact', async () => {
    await page.goto(`${server.url}/proposals/2`);
    await page.getByRole('heading', { level: 1, name: 'Say when the Time to Smile clock starts' }).waitFor();
    const impact = page.getByTestId('proposal-impact');
    await impact.getByRole('link', { name: TITLE }).waitFor();
    const evidence = page.getByTestId('proposal-evidence');
    await page.getByTestId('link-evidence').click();
    await evidence.getByLabel('Case study', { exact: true }).selectOption({ label: `${TITLE} (Contoso Support)` });
    await evidence.getByLabel('What it shows for this proposal').fill('The clock start moved our median by two days.');
    await evidence.getByRole('button', { name: 'Link as evidence' }).click();
    await evidence.getByText('The clock start moved our median by two days.').waitFor();
    await evidence.getByRole('link', { name: TITLE }).waitFor();
    await evidence.getByText('Linked by Mia Member').waitFor();
    await expectAccessible('proposal-evidence');
  });
});
