import fs from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { type AppServer, startAppServer } from './support/app-server.js';
import { launchBrowser, screenshot, seriousAxeViolations } from './support/browser.js';

/**
 * The self-assessment: taken anonymously (scored in the browser, nothing sent), then signed in as the demo
 * member against 1.0.0 (saved step by step), its chart and the changes since, a retake on the latest release
 * (1.1.0) with the progress chart, the CSV export, and the one click from "what else you measure" to a proposal.
 */
let server: AppServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Screenshots at desktop and phone width (390 px), with axe run at both, and no sideways scrolling on the phone. */
async function expectAccessible(name: string) {
  await screenshot(page, `${name}-1280`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  // Nothing is wider than the phone: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const TIME = [
  ['Customer', '40'],
  ['Employee', '10'],
  ['Business', '30'],
  ['Knowledge/Collaboration', '10'],
  ['Acceleration', '10'],
] as const;

async function fillTime(values: readonly (readonly [string, string])[] = TIME) {
  for (const [category, percent] of values) await page.getByLabel(category, { exact: true }).fill(percent);
}

/** Answers every measure on the page NO, then the given ones (tracked ones for guiding unless said otherwise). */
async function answerMeasures(tracked: Record<string, { tracking: string; usage?: string; value?: string }> = {}) {
  const measures = page.locator('fieldset.measure-answer');
  const count = await measures.count();
  for (let i = 0; i < count; i++) {
    const measure = measures.nth(i);
    const key = ((await measure.getAttribute('data-testid')) ?? '').replace(/^measure-/, '');
    const answer = tracked[key];
    await measure
      .getByRole('group', { name: 'Do you track it?' })
      .getByLabel(answer?.tracking ?? 'No', { exact: true })
      .check();
    if (answer && answer.tracking !== 'No' && answer.tracking !== 'Does not apply to us') {
      await measure
        .getByRole('group', { name: 'How is it used?' })
        .getByLabel(answer.usage ?? 'To guide decisions and learning')
        .check();
      if (answer.value) await measure.getByLabel(/^Current value/).fill(answer.value);
    }
  }
}

const next = (name: RegExp | string) => page.getByRole('button', { name }).click();
const stepHeading = (name: string) => page.getByRole('heading', { level: 2, name: new RegExp(`${name}$`) }).waitFor();

/** Clicks "Download CSV" and returns the file's rows (its fields hold no commas or quotes here). */
async function downloadedCsv(): Promise<{ name: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const text = await fs.readFile(await download.path(), 'utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  return {
    name: download.suggestedFilename(),
    rows: text
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(',')),
  };
}

describe('anonymously', () => {
  const sent: { operation: string; query: string }[] = [];

  it('takes the assessment in three short steps, with a live total and each problem at its field', async () => {
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const body = request.postDataJSON() as { operationName?: string; query?: string };
      sent.push({ operation: body.operationName ?? '', query: body.query ?? '' });
    });
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-assessment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Self-assessment' }).waitFor();
    expect(await page.getByLabel('Release to assess against').inputValue()).toBe('1.1.0');
    await expectAccessible('assessment-home-anonymous');
    await page.getByRole('button', { name: 'Start the assessment' }).click();

    // Step 1: the total follows the typing; a split that is not 100 is refused with the reason.
    await stepHeading('Leadership time');
    await page.getByLabel('Customer', { exact: true }).fill('55');
    expect(await page.getByTestId('time-total').innerText()).toBe('Total: 55%. 45% left to share out; it must be 100%.');
    await fillTime([
      ['Employee', '10'],
      ['Business', '15'],
      ['Knowledge/Collaboration', '10'],
      ['Acceleration', '20'],
    ]);
    expect(await page.getByTestId('time-total').innerText()).toBe('Total: 110%. That is 10% too much; it must be 100%.');
    await next('Next: Measures');
    const summary = page.getByTestId('assessment-errors');
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/add up to 110%; they must add up to 100%/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('assessment-errors');
    await expectAccessible('assessment-step-time-refused');
    await page.getByLabel('Acceleration', { exact: true }).fill('10');
    expect(await page.getByTestId('time-total').innerText()).toBe('Total: 100%. The shares add up.');
    await next('Next: Measures');

    // Step 2: every measure of the release, by category and audience; an unanswered one is named.
    await stepHeading('Measures');
    expect(await page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Customer',
      'Employee',
      'Business',
      'Knowledge/Collaboration',
      'Acceleration',
    ]);
    await answerMeasures({
      'customer-engagement-score': { tracking: 'Yes', value: '72' },
      'customer-serviceability-suggestions-accepted': { tracking: 'Partly', usage: 'To grade people or targets' },
      'self-service-success': { tracking: 'Does not apply to us' },
    });
    // The radio groups work from the keyboard: an arrow key moves the choice.
    const smile = page.getByTestId('measure-time-to-smile');
    await smile.getByLabel('No', { exact: true }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await smile.getByLabel('Partly', { exact: true }).isChecked()).toBe(true);
    await next('Next: What else you measure');
    expect(await summary.innerText()).toMatch(/Say how Time to Smile is used/);
    const usage = smile.getByRole('group', { name: 'How is it used?' });
    expect(await usage.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible('assessment-step-measures');
    await usage.getByLabel('To guide decisions and learning').check();
    await next('Next: What else you measure');

    // Step 3, then the results, scored in the browser.
    await stepHeading('What else you measure');
    await page.getByLabel('Other measures you track (optional)').fill('Average handle time\nTickets closed per agent');
    await expectAccessible('assessment-step-other');
    await next('See the results');
    await page.getByRole('heading', { level: 1, name: 'Your self-assessment results' }).waitFor();
  });

  it('shows the results at a glance, and sent nothing of the answers anywhere', async () => {
    const reading = await page.getByTestId('reading').innerText();
    expect(reading).toContain('You spend 55% of leadership time on Customer; OCMF suggests 20%.');
    expect(reading).toContain('Customer: 75% coverage.');
    const customer = page.getByTestId('time-customer');
    expect(await customer.innerText()).toMatch(/Customer\s+You\s+55%\s+OCMF\s+20%/);
    expect(await page.getByTestId('coverage-customer').innerText()).toMatch(/75%/);
    expect(await page.getByTestId('coverage-business').innerText()).toMatch(/17%/);
    expect(await page.getByTestId('usage-all').innerText()).toMatch(/67% guiding, 33% grading/);
    expect(await page.getByTestId('benchmark-hidden').innerText()).toMatch(/appears once 5 accounts have contributed.*none so far/);
    expect(await page.getByTestId('next-steps').innerText()).toMatch(/Employee Engagement/);
    expect(await page.getByTestId('case-studies-spot').innerText()).toMatch(/^Case studies:/);
    await expectAccessible('assessment-results-anonymous');

    // Only reads of the release and its public benchmark went out: no mutation, no answer.
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((request) => /^\s*mutation/.test(request.query))).toEqual([]);
    expect(
      sent
        .map((request) => request.operation)
        .filter((name) => !['Home', 'HomeActivity', 'CurrentUser', 'AssessmentHome', 'TakeAssessment'].includes(name)),
    ).toEqual([]);
    expect(sent.some((request) => request.query.includes('Average handle time'))).toBe(false);
  });

  it('exports the answers and results as CSV, made in the browser', async () => {
    const { name, rows } = await downloadedCsv();
    expect(name).toMatch(/^ocmf-self-assessment-v1\.1\.0-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(rows[0]?.slice(0, 4)).toEqual(['release_version', 'row', 'category_key', 'category_name']);
    const engagement = rows.find((row) => row[4] === 'customer-engagement-score');
    expect(engagement?.slice(0, 11)).toEqual([
      '1.1.0',
      'answer',
      'customer',
      'Customer',
      'customer-engagement-score',
      'Customer Engagement Score',
      'EXECUTIVE',
      'YES',
      'GUIDING',
      '72',
      'score (0–100)',
    ]);
    expect(rows.find((row) => row[1] === 'category' && row[2] === 'customer')?.slice(11)).toEqual(['20', '55', '75', '50', '50']);
    expect(rows.filter((row) => row[1] === 'other_measure').map((row) => row[5])).toEqual([
      'Average handle time',
      'Tickets closed per agent',
    ]);
  });
});

describe('signed in', () => {
  it('saves the assessment of 1.0.0 step by step and completes it', async () => {
    await page.goto(`${server.url}/assessment`);
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill('member@demo.ocmf.org');
    await page.getByLabel('Password').fill('open-metrics-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Self-assessment' }).waitFor();
    await page.getByText('You have not taken an assessment yet.').waitFor();
    await page.getByLabel('Release to assess against').selectOption('1.0.0');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await stepHeading('Leadership time');
    expect(page.url()).toMatch(/\/assessments\/[0-9a-f-]{36}\/edit$/);
    const editUrl = page.url();
    await fillTime();
    await next('Next: Measures');
    await stepHeading('Measures');

    // The time split is saved: a reload comes back to it.
    await page.goto(editUrl);
    await stepHeading('Leadership time');
    expect(await page.getByTestId('time-total').innerText()).toBe('Total: 100%. The shares add up.');
    await next('Next: Measures');
    await stepHeading('Measures');
    await answerMeasures({
      'customer-engagement-score': { tracking: 'Yes' },
      'time-to-smile': { tracking: 'Yes', value: '2.5' },
      'employee-engagement': { tracking: 'Partly', usage: 'To grade people or targets' },
    });
    await next('Next: What else you measure');
    await stepHeading('What else you measure');
    await page.getByLabel('Other measures you track (optional)').fill('Average handle time');
    await next('Save and see the results');
    await page.getByRole('heading', { level: 1, name: 'Your self-assessment results' }).waitFor();
  });

  it('shows the chart, the changes since the release assessed, and the owner’s actions', async () => {
    expect(await page.getByTestId('time-customer').innerText()).toMatch(/You\s+40%\s+OCMF\s+20%/);
    expect(await page.getByTestId('coverage-business').innerText()).toMatch(/50%/);
    const since = page.getByTestId('changes-since');
    expect(await since.getByRole('heading', { level: 2 }).innerText()).toBe('A newer release exists: v1.1.0');
    await since.getByText('Review what changed since the release you assessed (v1.0.0)').click();
    expect(await since.getByTestId('diff-measure-added').innerText()).toMatch(/Net Annual Recurring Revenue/);
    await expectAccessible('assessment-results-saved');

    // Contributing is opt-in: refused without the box ticked, then counted.
    const contribute = page.getByTestId('contribute-panel');
    await contribute.getByRole('button', { name: 'Contribute anonymously' }).click();
    expect(await contribute.getByRole('alert').innerText()).toMatch(/Tick the box/);
    await contribute.getByLabel(/I agree to add this result to the community benchmark/).check();
    await contribute.getByRole('button', { name: 'Contribute anonymously' }).click();
    expect(await page.getByTestId('contributed').innerText()).toMatch(/Your account has contributed to the benchmark of release v1\.0\.0/);
    await page
      .getByTestId('benchmark-hidden')
      .getByText(/: 1 so far\./)
      .waitFor();

    // Sharing: a link a signed-out visitor can read, until it is revoked.
    await page.getByRole('button', { name: 'Create a share link' }).click();
    const url = await page.getByTestId('share-url').inputValue();
    expect(url).toMatch(/\/assessments\/shared\/[A-Za-z0-9_-]{43}$/);
    const visitor = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await visitor.goto(url.replace(/^https?:\/\/[^/]+/, server.url));
    await visitor.getByRole('heading', { level: 1, name: 'A shared self-assessment' }).waitFor();
    expect(await visitor.getByTestId('time-customer').innerText()).toMatch(/40%/);
    expect(await visitor.getByTestId('share-panel').count()).toBe(0);
    expect(await seriousAxeViolations(visitor)).toEqual([]);
    await page.getByRole('button', { name: 'Revoke link' }).click();
    await page.getByText('The share link was revoked').waitFor();
    await visitor.reload();
    await visitor.getByRole('heading', { level: 1, name: 'This share link does not work' }).waitFor();
    await visitor.close();
  });

  it('exports the saved assessment as CSV', async () => {
    const { rows } = await downloadedCsv();
    expect(rows.find((row) => row[4] === 'time-to-smile')?.slice(7, 11)).toEqual(['YES', 'GUIDING', '2.5', 'days']);
    expect(rows.find((row) => row[1] === 'category' && row[2] === 'business')?.slice(11, 14)).toEqual(['30', '30', '50']);
    expect(rows.filter((row) => row[1] === 'other_measure').map((row) => row[5])).toEqual(['Average handle time']);
    expect(rows.some((row) => row[4] === 'net-annual-recurring-revenue')).toBe(false);
  });

  it('retakes on the latest release, starting from the earlier answers, and shows progress as a chart', async () => {
    await page.getByRole('button', { name: 'Retake on v1.1.0' }).click();
    await stepHeading('Leadership time');
    expect(await page.getByTestId('time-total').innerText()).toBe('Total: 100%. The shares add up.');
    await page.getByLabel('Customer', { exact: true }).fill('30');
    await page.getByLabel('Business', { exact: true }).fill('40');
    await next('Next: Measures');
    await stepHeading('Measures');
    // The earlier answers are there; the measure 1.1.0 added is not answered yet.
    expect(await page.getByTestId('measure-time-to-smile').getByLabel('Yes', { exact: true }).isChecked()).toBe(true);
    await next('Next: What else you measure');
    expect(await page.getByTestId('assessment-errors').innerText()).toMatch(/Say whether you track Net Annual Recurring Revenue/);
    const netArr = page.getByTestId('measure-net-annual-recurring-revenue');
    await netArr.getByLabel('Yes', { exact: true }).check();
    await netArr.getByLabel('To guide decisions and learning').check();
    await page.getByTestId('measure-customer-serviceability-suggestions-accepted').getByLabel('Yes', { exact: true }).check();
    await page.getByTestId('measure-customer-serviceability-suggestions-accepted').getByLabel('To guide decisions and learning').check();
    await next('Next: What else you measure');
    await stepHeading('What else you measure');
    expect(await page.getByLabel('Other measures you track (optional)').inputValue()).toBe('Average handle time');
    await next('Save and see the results');
    await page.getByRole('heading', { level: 1, name: 'Your self-assessment results' }).waitFor();
    expect(await page.getByTestId('changes-since').count()).toBe(0);
    expect(await page.getByTestId('coverage-business').innerText()).toMatch(/67%/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-assessment' }).click();
    const chart = page.getByTestId('progress-chart');
    await chart.waitFor();
    await chart.getByText('The numbers').click();
    const customerRow = chart.getByRole('row', { name: /^Customer/ });
    expect(await customerRow.getByRole('cell').allInnerTexts()).toEqual(['33%', '67%']);
    expect(
      await chart
        .getByRole('row', { name: /^Business/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).toEqual(['50%', '67%']);
    expect(await page.getByTestId('my-assessments').getByRole('link').count()).toBe(2);
    await expectAccessible('assessment-home-progress');
  });

  it('starts a proposal to add a measure from “what else you measure” in one click', async () => {
    await page.getByTestId('my-assessments').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Your self-assessment results' }).waitFor();
    await page.getByRole('link', { name: 'Propose adding “Average handle time”' }).click();
    await page.getByRole('heading', { level: 1, name: 'New proposal' }).waitFor();
    expect(page.url()).toMatch(/\/proposals\/new\?addMeasure=Average\+handle\+time$/);
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Add Average handle time');
    const change = page.getByRole('region', { name: 'Change 1: Add a measure' });
    expect(await change.getByLabel('Name', { exact: true }).inputValue()).toBe('Average handle time');
    expect(await change.getByLabel('Key', { exact: true }).inputValue()).toBe('average-handle-time');
  });
});
