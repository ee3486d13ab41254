import type { Browser, Locator, Page } from 'playwright-core';
import { type AppServer, startAppServer } from './support/app-server.js';
import { launchBrowser, screenshot, seriousAxeViolations } from './support/browser.js';

/**
 * A whole vote, live: an editor opens voting on proposal #2 (in discussion in the demo) with a deadline about
 * half a minute away; the two standard-setters vote in their own browsers and each sees the other's vote arrive
 * without reloading; the vote closes by itself at the deadline and every open page shows the outcome.
 */
let server: AppServer;
let browser: Browser;
let editor: Page;
let sam: Page;
let sasha: Page;

/** How far ahead the vote closes: long enough to vote twice and run axe, short enough to keep the test quick. */
const WINDOW_SECONDS = 32;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  [editor, sam, sasha] = await Promise.all([
    signedInPage('editor@demo.ocmf.org'),
    signedInPage('setter@demo.ocmf.org'),
    signedInPage('setter2@demo.ocmf.org'),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page in its own browser context (its own cookies), signed in as `email`. */
async function signedInPage(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('open-metrics-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('account-menu').waitFor();
  return page;
}

/** The value of a `datetime-local` input (to the second) for a moment, in the browser's (and this process's) time zone. */
function dateTimeLocal(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** The error shown next to a field, which must point at it with aria-describedby. */
async function errorNextTo(page: Page, field: Locator): Promise<string> {
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
  expect(errorId).toBeDefined();
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  return page.locator(`[id="${errorId}"]`).innerText();
}

const panel = (page: Page) => page.getByTestId('voting-panel');
const voteBy = (page: Page, name: string) => panel(page).getByTestId('vote').filter({ hasText: name });

async function expectAccessible(page: Page, name: string) {
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, `${name}-375`);
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe('voting on a proposal, live', () => {
  it('shows the standard-setters a proposal in discussion, not yet put to a vote', async () => {
    await Promise.all([sam, sasha].map((page) => page.goto(`${server.url}/proposals/2`)));
    for (const page of [sam, sasha]) {
      expect(await panel(page).getByTestId('voting-status').innerText()).toMatch(/Not put to a vote yet/);
      expect(await page.getByTestId('proposal-status').innerText()).toBe('In discussion');
      expect(await page.getByRole('button', { name: 'Open voting' }).count()).toBe(0);
    }
  });

  it('lets the editor open voting with a closing time, and the setters see it open without reloading', async () => {
    await editor.goto(`${server.url}/proposals/2`);
    const form = editor.getByTestId('open-voting-form');
    await form.getByLabel('Voting closes at').fill(dateTimeLocal(new Date(Date.now() + WINDOW_SECONDS * 1000)));
    await form.getByRole('button', { name: 'Open voting' }).click();
    await editor.getByTestId('proposal-status').filter({ hasText: 'Voting' }).waitFor();
    expect(await panel(editor).getByTestId('countdown').innerText()).toMatch(/seconds? left/);

    for (const page of [sam, sasha]) {
      await page.getByTestId('proposal-status').filter({ hasText: 'Voting' }).waitFor();
      await panel(page).getByTestId('vote-form').waitFor();
      const rules = await panel(page).getByTestId('voting-rules').innerText();
      expect(rules).toMatch(/At least 50% of the 2 standard-setters \(1 vote\) must vote/);
      expect(rules).toMatch(/at least 2 in 3 approvals \(67%\) among the approve and reject votes/);
      expect(await panel(page).getByTestId('countdown').innerText()).toMatch(/seconds? left/);
    }
  });

  it('shows each setter the other’s vote as it is cast', async () => {
    const samForm = panel(sam).getByTestId('vote-form');
    await samForm.getByRole('radio', { name: /^Approve/ }).check();
    await samForm.getByLabel(/Your reason/).fill('A single start rule makes the numbers comparable.');
    await samForm.getByRole('button', { name: 'Cast vote' }).click();
    await samForm.getByTestId('vote-status').filter({ hasText: 'Your vote is recorded: Approve' }).waitFor();
    expect(await samForm.getByRole('button', { name: 'Change vote' }).count()).toBe(1);
    expect(await voteBy(sam, 'Sam Setter').innerText()).toMatch(/Approve[\s\S]*single start rule/);

    // Sasha never reloads: Sam's vote and the tally arrive over the subscription.
    await voteBy(sasha, 'Sam Setter').waitFor();
    expect(await voteBy(sasha, 'Sam Setter').innerText()).toMatch(/Approve[\s\S]*single start rule/);
    expect(await panel(sasha).getByTestId('tally-summary').innerText()).toBe(
      '1 of 2 standard-setters has voted: 1 approve, 0 reject, 0 abstain.',
    );
  });

  it('asks for a reason to reject, next to the field', async () => {
    const form = panel(sasha).getByTestId('vote-form');
    await form.getByRole('radio', { name: /^Reject/ }).check();
    await form.getByRole('button', { name: 'Cast vote' }).click();
    const reason = form.getByLabel(/Your reason/);
    await form.locator('.field--invalid').waitFor();
    expect(await errorNextTo(sasha, reason)).toMatch(/reason is required when you reject/i);
    expect(await reason.evaluate((element) => element === document.activeElement)).toBe(true);

    await reason.fill('Monitoring cannot detect that moment for most teams yet.');
    await form.getByRole('button', { name: 'Cast vote' }).click();
    await form.getByTestId('vote-status').filter({ hasText: 'Your vote is recorded: Reject' }).waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBeNull();

    await voteBy(sam, 'Sasha Setter').waitFor();
    expect(await voteBy(sam, 'Sasha Setter').innerText()).toMatch(/Reject[\s\S]*Monitoring cannot detect/);
    for (const page of [sam, sasha]) {
      await panel(page)
        .getByTestId('tally-summary')
        .filter({ hasText: '2 of 2 standard-setters have voted: 1 approve, 1 reject, 0 abstain.' })
        .waitFor();
    }
    await expectAccessible(sasha, 'voting-open');
  });

  it('shows the vote history 20 entries at a time', async () => {
    // Sam changes their vote 22 times (ending where they were, on Approve) with the web app's own CastVote.
    const changeVote = (choices: string[]) =>
      sam.evaluate(async (choices) => {
        const errors: unknown[] = [];
        for (const choice of choices) {
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: 'mutation($input: CastVoteInput!) { castVote(input: $input) { id } }',
              variables: { input: { proposalNumber: 2, choice } },
            }),
          });
          const body = (await response.json()) as { errors?: unknown[] };
          if (body.errors) errors.push(body.errors);
        }
        return errors;
      }, choices);
    const sent = await changeVote(Array.from({ length: 22 }, (_, i) => (i % 2 === 0 ? 'ABSTAIN' : 'APPROVE')));
    expect(sent).toEqual([]);
    // Sasha's page hears of every vote; its history shows the first page and offers the rest.
    const history = panel(sasha).getByTestId('vote-history-entry');
    const more = panel(sasha).getByRole('button', { name: 'Show more votes (4 more)' });
    await more.waitFor();
    expect(await history.count()).toBe(20);
    expect(await panel(sasha).getByTestId('vote-history-summary').innerText()).toBe(
      'Every vote as it was cast, oldest first. 22 votes were changed later. The first 20 of 24 are shown.',
    );
    await more.click();
    await panel(sasha).getByTestId('vote-history-entry').nth(23).waitFor();
    expect(await history.count()).toBe(24);
    expect(await history.last().innerText()).toMatch(/Sam Setter voted Approve/);
    expect(await history.last().innerText()).not.toMatch(/Changed later/);
    expect(
      await panel(sasha)
        .getByRole('button', { name: /Show more votes/ })
        .count(),
    ).toBe(0);

    // Votes pushed live refresh the first page and keep the one loaded after it; the new entries come on request.
    expect(await changeVote(['ABSTAIN', 'APPROVE'])).toEqual([]);
    const moreAgain = panel(sasha).getByRole('button', { name: 'Show more votes (2 more)' });
    await moreAgain.waitFor();
    // Sam's vote that was current on the loaded page is marked as changed before its successors are shown.
    expect(await history.nth(23).innerText()).toMatch(/Changed later/);
    await moreAgain.click();
    await history.nth(25).waitFor();
    expect(await history.count()).toBe(26);
    expect(await history.nth(23).innerText()).toMatch(/Sam Setter voted Approve[\s\S]*Changed later/);
    expect(await history.last().innerText()).toMatch(/Sam Setter voted Approve/);
    expect(await history.last().innerText()).not.toMatch(/Changed later/);
  });

  it('closes by itself at the deadline and shows the outcome everywhere, without reloading', async () => {
    const outcomeTimeout = (WINDOW_SECONDS + 20) * 1000;
    for (const page of [sam, sasha, editor]) {
      await page.getByTestId('voting-outcome').waitFor({ timeout: outcomeTimeout });
      expect(await page.getByTestId('voting-outcome-title').innerText()).toBe('Rejected: not enough approvals');
      expect(await page.getByTestId('voting-outcome-reason').innerText()).toMatch(/^Rejected: 1 approve, 1 reject, 0 abstain/);
      await page.getByTestId('proposal-status').filter({ hasText: 'Rejected' }).waitFor();
      expect(await panel(page).getByTestId('vote-form').count()).toBe(0);
      expect(await panel(page).locator('h3', { hasText: 'Final tally' }).count()).toBe(1);
    }
    expect(await sam.getByTestId('history').innerText()).toMatch(/Voting → Rejected/);
    await expectAccessible(sam, 'voting-closed');
  });
});
