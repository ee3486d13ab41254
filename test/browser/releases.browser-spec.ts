import type { Browser, Page } from 'playwright-core';
import { type AppServer, startAppServer } from './support/app-server.js';
import { launchBrowser, screenshot, seriousAxeViolations } from './support/browser.js';

/**
 * Releases: the demo's 1.1.0 with its changelog and its diff from 1.0.0, the compare page, and an editor
 * preparing and publishing 1.1.1 from proposal #2 (taken through its vote and merge over the API).
 */
let server: AppServer;
let browser: Browser;
let page: Page;

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
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, `${name}-375`);
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await seriousAxeViolations(page)).toEqual([]);
}

type GraphQLResult = { data?: Record<string, unknown> | null; errors?: { message: string }[] };

/** A GraphQL client with its own cookie jar (one session), signed in as `email`. */
async function apiSession(email: string) {
  let cookie = '';
  const request = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0] ?? '';
    const result = (await response.json()) as GraphQLResult;
    if (result.errors?.length) throw new Error(`${email}: ${result.errors.map((e) => e.message).join('; ')}`);
    return result.data;
  };
  await request('mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }', {
    input: { email, password: 'open-metrics-demo' },
  });
  return request;
}

describe('a published release', () => {
  it('shows 1.1.0 with its changelog linking proposal #1, its downloads, and the changes since 1.0.0', async () => {
    await page.goto(`${server.url}/releases/1.1.0`);
    await page.getByRole('heading', { level: 1, name: 'Customer Success update' }).waitFor();
    const changelog = page.getByTestId('changelog');
    expect(await changelog.getByTestId('changelog-added').innerText()).toMatch(/Added[\s\S]*Add measure Net Annual Recurring Revenue/);
    const proposalLink = changelog.getByRole('link', { name: /proposal #1/ });
    expect(await proposalLink.getAttribute('href')).toBe('/proposals/1');

    for (const [testId, extension] of [
      ['download-json', 'json'],
      ['download-csv', 'csv'],
      ['download-markdown', 'md'],
    ] as const) {
      expect(await page.getByTestId(testId).getAttribute('href')).toMatch(new RegExp(`/releases/1\\.1\\.0\\.${extension}$`));
    }
    expect(await page.getByTestId('content-hash').innerText()).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.getByTestId('release-attribution').innerText()).toMatch(/ocmfgroup\.org/);

    const since = page.getByTestId('changes-since');
    expect(await since.getByRole('heading', { level: 2 }).innerText()).toBe('Changes since v1.0.0');
    await since.getByTestId('diff-measure-added').waitFor();
    expect(await since.getByTestId('diff-measure-added').innerText()).toMatch(/New measure\s*Net Annual Recurring Revenue[\s\S]*Business/);
    await expectAccessible('release-1.1.0');
  });

  it('compares 1.0.0 with 1.1.0', async () => {
    await page.goto(`${server.url}/releases/compare?from=1.0.0&to=1.1.0`);
    const result = page.getByTestId('compare-result');
    await result.getByTestId('diff-measure-added').waitFor();
    expect(await page.getByLabel('From (older release)').inputValue()).toBe('1.0.0');
    expect(await page.getByLabel('To (newer release)').inputValue()).toBe('1.1.0');
    expect(await result.getByRole('heading', { level: 2 }).innerText()).toBe('From v1.0.0 to v1.1.0');
    expect(await result.getByTestId('diff-summary').innerText()).toBe('1 measure added.');
    expect(await result.getByTestId('diff-measure-added').innerText()).toMatch(/Net Annual Recurring Revenue/);
    await expectAccessible('release-compare-1.0.0-1.1.0');
  });
});

describe('preparing and publishing a release', () => {
  it('takes proposal #2 through its vote and merge (over the API)', async () => {
    const [editor, sam, sasha] = await Promise.all([
      apiSession('editor@demo.ocmf.org'),
      apiSession('setter@demo.ocmf.org'),
      apiSession('setter2@demo.ocmf.org'),
    ]);
    await editor('mutation Open($closesAt: DateTime) { openVoting(number: 2, closesAt: $closesAt) { status } }', {
      closesAt: new Date(Date.now() + 10 * 60_000).toISOString(),
    });
    for (const setter of [sam, sasha]) {
      await setter('mutation Vote($input: CastVoteInput!) { castVote(input: $input) { status } }', {
        input: { proposalNumber: 2, choice: 'APPROVE', rationale: 'One start rule makes results comparable.' },
      });
    }
    // Every standard-setter has voted, so the editor may close the vote before its deadline.
    const closed = await editor('mutation { closeVoting(number: 2) { status } }');
    expect(closed).toEqual({ closeVoting: { status: 'ACCEPTED' } });
    const merged = await editor('mutation { mergeProposal(number: 2) { status } }');
    expect(merged).toEqual({ mergeProposal: { status: 'MERGED' } });
  });

  it('lets the editor prepare the release: what was merged, the required bump, and the diff', async () => {
    await page.goto(`${server.url}/sign-in?next=${encodeURIComponent('/releases')}`);
    await page.getByLabel('Email').fill('editor@demo.ocmf.org');
    await page.getByLabel('Password').fill('open-metrics-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Releases' }).waitFor();
    await page.getByRole('link', { name: 'Prepare release' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prepare a release' }).waitFor();

    const merged = page.getByTestId('merged-proposals');
    expect(await merged.getByRole('link').innerText()).toBe('#2 Say when the Time to Smile clock starts');
    expect(await merged.getByRole('link').getAttribute('href')).toBe('/proposals/2');
    // A change of notes is wording: a PATCH release.
    expect(await page.getByTestId('required-bump').innerText()).toMatch(/patch release \(1\.1\.1\)/);
    const version = page.getByLabel('Version');
    expect(await version.inputValue()).toBe('1.1.1');
    expect(await version.locator('option').allInnerTexts()).toEqual(['1.1.1 (suggested)', '1.2.0', '2.0.0']);
    expect(await page.getByTestId('prepare-diff').getByTestId('diff-measure-changed').innerText()).toMatch(/Time to Smile[\s\S]*Notes/);
    await expectAccessible('release-prepare');
  });

  it('refuses to publish without a title, then publishes and opens the new release', async () => {
    await page.getByRole('button', { name: 'Publish v1.1.1' }).click();
    const title = page.getByLabel('Title', { exact: true });
    await page.locator('[data-testid="publish-form"] .field--invalid').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');

    await title.fill('Time to Smile clarification');
    await page
      .getByRole('textbox', { name: 'Release notes (optional)' })
      .fill('Says when the **Time to Smile** clock starts, as agreed in proposal #2.');
    await page.getByRole('button', { name: 'Publish v1.1.1' }).click();
    // Publishing cannot be undone, so it is confirmed in a dialog that says what will be published.
    const confirm = page.getByRole('dialog', { name: 'Publish v1.1.1?' });
    expect(await confirm.getByTestId('confirm-publish-summary').innerText()).toBe(
      'Publish 1.1.1 “Time to Smile clarification”, a PATCH release with 1 proposal. Releases cannot be changed afterwards.',
    );
    await expectAccessible('release-confirm-publish');
    await confirm.getByRole('button', { name: 'Publish v1.1.1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Time to Smile clarification' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/releases/1.1.1');

    const entry = page.getByTestId('changelog').getByTestId('changelog-changed');
    expect(await entry.innerText()).toMatch(/Changed[\s\S]*Update Time to Smile: notes/);
    expect(await entry.getByRole('link', { name: /proposal #2/ }).getAttribute('href')).toBe('/proposals/2');
    expect(await page.getByTestId('release-notes').locator('strong').innerText()).toBe('Time to Smile');
    const since = page.getByTestId('changes-since');
    await since.getByTestId('diff-measure-changed').waitFor();
    expect(await since.getByRole('heading', { level: 2 }).innerText()).toBe('Changes since v1.1.0');
    await expectAccessible('release-1.1.1');
  });

  it('compares 1.1.0 with 1.1.1: the Time to Smile notes, word by word', async () => {
    await page.goto(`${server.url}/releases/compare?from=1.1.0&to=1.1.1`);
    const changed = page.getByTestId('compare-result').getByTestId('diff-measure-changed');
    await changed.waitFor();
    expect(await changed.innerText()).toMatch(/Changed measure\s*Time to Smile[\s\S]*Notes/);
    expect(await changed.locator('ins').count()).toBeGreaterThan(0);
    expect(await changed.locator('del').count()).toBeGreaterThan(0);
    expect((await changed.locator('ins').allInnerTexts()).join(' ')).toMatch(/customer/);

    // The selects change the comparison (and the address).
    await page.getByLabel('From (older release)').selectOption('1.0.0');
    await page.getByTestId('compare-result').getByRole('heading', { level: 2, name: 'From v1.0.0 to v1.1.1' }).waitFor();
    expect(new URL(page.url()).search).toBe('?from=1.0.0&to=1.1.1');
    expect(await page.getByTestId('compare-result').getByTestId('diff-summary').innerText()).toBe('1 measure added, 1 measure changed.');
    await expectAccessible('release-compare-1.0.0-1.1.1');
  });
});
