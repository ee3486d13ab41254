import { parse } from 'parse5';
import type { Browser, Page } from 'playwright-core';
import { type AppServer, startAppServer } from './support/app-server.js';
import { launchBrowser, screenshot, seriousAxeViolations } from './support/browser.js';

/**
 * What a new user trips over (issue 16), each fixed behaviour shown in Chromium: work kept when leaving, irreversible
 * actions confirmed, links that lead somewhere, and the rest. Phone-width screenshots go under test/artifacts/ux-*.
 */
let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page in its own browser context (its own cookies and storage), signed in as `email` (or signed out). */
async function newPage(email?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  if (email) {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('open-metrics-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('account-menu').waitFor();
  }
  return page;
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

/** Screenshots at desktop and phone width, then axe on the page as it is. */
async function expectAccessible(page: Page, name: string) {
  await screenshot(page, `ux-${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `ux-${name}-390`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Whether leaving the tab now would make the browser ask first (a `beforeunload` listener cancels the event). */
const warnsOnUnload = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

/** Waits until the browser holds a saved draft under `key`, and returns it. */
const storedDraft = async (page: Page, key: string) => {
  const handle = await page.waitForFunction((k) => window.localStorage.getItem(`ocmf:draft:${k}`), key);
  return JSON.parse((await handle.jsonValue()) as string) as { value: unknown };
};

describe('1. work is not lost', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage('member@demo.ocmf.org');
  });

  it('keeps a proposal being written, warns before leaving it, and restores it on return', async () => {
    await page.goto(`${server.url}/proposals/new`);
    await page.getByRole('heading', { level: 1, name: 'New proposal' }).waitFor();
    expect(await warnsOnUnload(page)).toBe(false);
    await page.getByLabel('Title', { exact: true }).fill('Measure onboarding time');
    await page.getByLabel('Summary', { exact: true }).fill('New customers wait too long.');
    expect(await storedDraft(page, 'proposal-new')).toMatchObject({ value: { title: 'Measure onboarding time' } });
    expect(await warnsOnUnload(page)).toBe(true);

    // A link inside the app asks first; staying keeps everything as it was.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Releases' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/You have not saved your new proposal/);
    await expectAccessible(page, 'leave-dialog');
    await dialog.getByRole('button', { name: 'Stay and keep editing' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/proposals/new');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Measure onboarding time');

    // Leaving anyway, then coming back, brings the work back.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Releases' }).click();
    await dialog.getByRole('button', { name: 'Leave this page' }).click();
    await page.waitForURL(/\/releases$/);
    await page.goto(`${server.url}/proposals/new`);
    await page.getByTestId('draft-notice').waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Measure onboarding time');
    expect(await page.getByLabel('Summary', { exact: true }).inputValue()).toBe('New customers wait too long.');
    await expectAccessible(page, 'editor-restored');

    // Discarding empties the form and the stored copy; nothing is left to warn about.
    await page.getByRole('button', { name: 'Discard it' }).click();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('');
    expect(await page.evaluate(() => window.localStorage.getItem('ocmf:draft:proposal-new'))).toBeNull();
    expect(await warnsOnUnload(page)).toBe(false);
  });

  it('keeps a comment being typed across leaving the page', async () => {
    await page.goto(`${server.url}/proposals/2`);
    const discussion = page.getByTestId('discussion');
    await discussion.getByLabel('Your comment', { exact: true }).fill('Half a thought about onboarding');
    await storedDraft(page, 'comment-2');
    expect(await warnsOnUnload(page)).toBe(true);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Proposals' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    expect(await dialog.innerText()).toMatch(/You have not saved your comment/);
    await dialog.getByRole('button', { name: 'Leave this page' }).click();
    await page.waitForURL(/\/proposals$/);

    await page.goto(`${server.url}/proposals/2`);
    expect(await discussion.getByLabel('Your comment', { exact: true }).inputValue()).toBe('Half a thought about onboarding');
    await discussion.getByTestId('comment-restored').waitFor();
    // Posting it clears the stored copy and the warning.
    await discussion.getByRole('button', { name: 'Post comment' }).click();
    await discussion.getByTestId('comment').filter({ hasText: 'Half a thought about onboarding' }).waitFor();
    expect(await page.evaluate(() => window.localStorage.getItem('ocmf:draft:comment-2'))).toBeNull();
    expect(await warnsOnUnload(page)).toBe(false);
  });
});

describe('2. irreversible actions are confirmed', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage('editor@demo.ocmf.org');
    // Both standard-setters vote on #3 (in voting in the demo), so the editor may close it early.
    for (const email of ['setter@demo.ocmf.org', 'setter2@demo.ocmf.org']) {
      const setter = await apiSession(email);
      await setter('mutation Vote($input: CastVoteInput!) { castVote(input: $input) { status } }', {
        input: { proposalNumber: 3, choice: 'APPROVE', rationale: null },
      });
    }
  });

  it('closes voting only after a dialog that says what closing means', async () => {
    await page.goto(`${server.url}/proposals/3`);
    const actions = page.getByTestId('voting-editor-actions');
    await actions.getByRole('button', { name: 'Close voting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close voting on proposal #3?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/Nobody can cast or change a vote afterwards[\s\S]*cannot be undone/);
    // Focus starts on the safe choice; Cancel changes nothing.
    expect(await dialog.getByRole('button', { name: 'Cancel' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await expectAccessible(page, 'confirm-close-voting');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('proposal-status').innerText()).toBe('Voting');

    await actions.getByRole('button', { name: 'Close voting' }).click();
    await dialog.getByRole('button', { name: 'Close voting now' }).click();
    await page.getByTestId('proposal-status').filter({ hasText: 'Accepted' }).waitFor();
  });

  it('merges only after a dialog, and Escape cancels it', async () => {
    const actions = page.getByTestId('voting-editor-actions');
    await actions.getByRole('button', { name: 'Merge into the draft' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge proposal #3 into the working draft?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/cannot be undone/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('proposal-status').innerText()).toBe('Accepted');

    await actions.getByRole('button', { name: 'Merge into the draft' }).click();
    await expectAccessible(page, 'confirm-merge');
    await dialog.getByRole('button', { name: 'Merge now' }).click();
    await page.getByTestId('proposal-status').filter({ hasText: 'Merged' }).waitFor();
  });
});

describe('3. links and data that are right', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });

  it('leads the footer’s "GraphQL API" link to a page with the endpoint, the schema and examples', async () => {
    await page.goto(server.url);
    await page.getByRole('contentinfo').getByRole('link', { name: 'GraphQL API' }).click();
    await page.getByRole('heading', { level: 1, name: 'GraphQL API' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/api');
    expect(await page.title()).toBe('GraphQL API · OCMF Commons');
    expect(await page.getByTestId('api-endpoint').innerText()).toBe(`POST ${server.url}/graphql`);
    const schema = await page.getByTestId('schema-download').getAttribute('href');
    expect(schema).toBe('/schema/schema.graphql');
    const sdl = await (await fetch(new URL(schema!, server.url))).text();
    expect(sdl).toMatch(/type Query \{/);
    expect(await page.locator('pre code').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, 'api-page');
  });

  it('links a release’s downloads relatively, so they work by whatever address the site was opened', async () => {
    // The test server is reached by IP (127.0.0.1) while PUBLIC_URL says localhost.
    await page.goto(`${server.url}/releases/1.1.0`);
    const json = await page.getByTestId('download-json').getAttribute('href');
    expect(json).toBe('/releases/1.1.0.json');
    const response = await fetch(new URL(json!, page.url()));
    expect(response.status).toBe(200);
    expect(await page.getByTestId('download-csv').getAttribute('href')).toBe('/releases/1.1.0.csv');
  });

  it('lists a Focus % change only under the categories whose share it changes', async () => {
    // #3 moves 5 points from Acceleration to Business.
    await page.goto(`${server.url}/proposals?category=customer`);
    await page.getByRole('heading', { level: 1, name: 'Proposals' }).waitFor();
    const items = page.getByTestId('proposal-item');
    await page.getByTestId('proposal-count').filter({ hasText: /match/ }).waitFor();
    expect(await items.allInnerTexts()).not.toContainEqual(expect.stringMatching(/Give Business five more points/));
    await page.goto(`${server.url}/proposals?category=business`);
    const three = items.filter({ hasText: 'Give Business five more points' });
    expect(await three.getByTestId('touched-categories').innerText()).toBe('Business, Acceleration');
  });
});

describe('4. validation that waits its turn', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage('member@demo.ocmf.org');
  });

  const change = (n: number, label: string) => page.getByRole('region', { name: `Change ${n}: ${label}` });
  const addChange = async (label: string) => {
    await page.getByLabel('Kind of change to add').selectOption({ label });
    await page.getByRole('button', { name: 'Add change' }).click();
  };
  /** The error messages the form shows right now, next to fields. */
  const shownErrors = (scope: ReturnType<Page['locator']>) => scope.locator('.field__error').allInnerTexts();

  it('keeps untouched changes quiet, in the form and in the preview alike', async () => {
    await page.goto(`${server.url}/proposals/new`);
    await addChange('Re-balance Focus %');
    const form = page.getByTestId('proposal-editor');
    expect(await shownErrors(form)).toEqual([]);
    // The preview agrees with the form: no problem is announced that the form does not show.
    const status = page.getByTestId('preview-status');
    expect(await status.innerText()).toBe('Changes not filled in yet are left out of the preview.');

    await addChange('Change a measure');
    await change(2, 'Change a measure').getByLabel('Measure', { exact: true }).selectOption('time-to-smile');
    expect(await shownErrors(form)).toEqual([]);
    expect(await form.innerText()).not.toMatch(/Tick at least one field to change/);
  });

  it('reports a wrong Focus total once, next to the shares', async () => {
    const focus = change(1, 'Re-balance Focus %');
    await focus.getByLabel('Customer').fill('25');
    expect(await focus.getByTestId('focus-total').innerText()).toBe('Total: 105%.');
    const errors = await shownErrors(focus);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/sum to 100/);
    expect(await page.getByTestId('preview-status').innerText()).toMatch(/^1 problem in the changes/);
    await expectAccessible(page, 'editor-focus-error');
  });

  it('shows one field’s problem as it is typed, not its neighbours’', async () => {
    await addChange('Add a measure');
    const measure = change(3, 'Add a measure');
    const name = measure.getByLabel('Name', { exact: true });
    await name.fill('Onboarding Time');
    await name.fill('');
    expect(await shownErrors(measure)).toEqual([expect.stringMatching(/must not be empty/i)]);
    expect(await measure.getByLabel('Definition').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows everything on save, but not for a change added afterwards', async () => {
    await page.getByRole('button', { name: 'Save as draft' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/Give the proposal a title/);
    expect(await page.getByTestId('proposal-editor').innerText()).toMatch(/Tick at least one field to change/);
    // Each problem is listed once.
    const items = await summary.locator('li').allInnerTexts();
    expect(new Set(items).size).toBe(items.length);

    await addChange('Retire a measure');
    const retire = change(4, 'Retire a measure');
    expect(await shownErrors(retire)).toEqual([]);
    await retire.getByLabel('Why retire it?').fill('No longer used.');
    expect(await retire.getByLabel('Measure to retire').getAttribute('aria-invalid')).toBeNull();
    await expectAccessible(page, 'editor-after-save-attempt');
  });
});

describe('5. times in the reader’s zone', () => {
  it('shows a vote’s deadline in the reader’s zone, relative, with a machine-readable <time>', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York' });
    const page = await context.newPage();
    // #2 is in discussion in the demo: an editor opens a vote on it, closing in six days and a bit.
    const editor = await apiSession('editor@demo.ocmf.org');
    const closesAt = new Date(Date.now() + (6 * 24 + 2) * 3_600_000);
    await editor('mutation Open($closesAt: DateTime) { openVoting(number: 2, closesAt: $closesAt) { status } }', {
      closesAt: closesAt.toISOString(),
    });
    await page.goto(`${server.url}/proposals/2`);
    const closes = page.getByTestId('voting-closes');
    const inNewYork = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      timeZone: 'America/New_York',
    }).format(closesAt);
    expect(await closes.innerText()).toBe(`in 6 days, ${inNewYork}`);
    expect(inNewYork).toMatch(/EST|EDT|GMT-/);
    expect(new Date((await closes.getAttribute('datetime'))!).getTime()).toBe(closesAt.getTime());
    // No ISO string or UTC time left on the page.
    expect(await page.locator('main').innerText()).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:|\d\d:\d\d UTC/);
    // Comments and history read relatively, each with its <time datetime>.
    expect(await page.getByTestId('history').locator('time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    await expectAccessible(page, 'proposal-times');
    await context.close();
  });
});

describe('6. a proposal page with structure', () => {
  it('puts the vote first for a standard-setter who has not voted, with the page’s sections named', async () => {
    // #2 is in voting (opened in 5.); Sasha has not voted on it.
    const page = await newPage('setter2@demo.ocmf.org');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/proposals/2`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.waitFor();
    expect(await toc.getByRole('link').allInnerTexts()).toEqual(['Vote', 'Summary', 'Changes', 'Evidence', 'Discussion', 'History']);
    const choice = page.getByTestId('voting-panel').getByRole('radio').first();
    await choice.waitFor();
    // The vote form comes before the summary, within the first phone screen.
    const form = await choice.boundingBox();
    const summary = await page.getByRole('heading', { level: 2, name: 'Summary' }).boundingBox();
    expect(form!.y).toBeLessThan(summary!.y);
    expect(form!.y).toBeLessThan(844);
    await expectAccessible(page, 'proposal-voting-first');
    await page.context().close();
  });

  it('links measure names in change cards to their measures, and shows rewritten text side by side', async () => {
    const member = await apiSession('member@demo.ocmf.org');
    const created = (await member('mutation($input: CreateProposalInput!) { createProposal(input: $input) { number } }', {
      input: {
        title: 'Rewrite the Time to Smile definition',
        summary: 'Say it plainly.',
        changes: [
          {
            op: 'UPDATE_MEASURE',
            measureKey: 'time-to-smile',
            patch: { definition: 'How many days a customer spends unhappy after an outage, counted from their first complaint.' },
          },
        ],
      },
    })) as { createProposal: { number: number } };
    const number = created.createProposal.number;
    await member('mutation($number: Int!) { submitProposal(number: $number) { status } }', { number });
    const page = await newPage();
    await page.goto(`${server.url}/proposals/${number}`);
    const changed = page.getByTestId('change').getByTestId('diff-measure-changed');
    expect(await changed.getByRole('link', { name: 'Time to Smile' }).getAttribute('href')).toBe('/measures/time-to-smile');
    const sideBySide = changed.getByTestId('side-by-side');
    expect(await sideBySide.locator('del .visually-hidden').innerText()).toBe('Removed:');
    expect(await sideBySide.locator('ins').innerText()).toMatch(/Added:\s*How many days a customer spends unhappy/);
    expect(await changed.getByTestId('word-diff').count()).toBe(0);
    await expectAccessible(page, 'proposal-side-by-side');
    await page.context().close();
  });

  it('pages a long discussion with "show more", each comment with a permalink', async () => {
    const member = await apiSession('member@demo.ocmf.org');
    const number = 2;
    for (let i = 1; i <= 55; i++) {
      await member('mutation($input: AddCommentInput!) { addComment(input: $input) { id } }', {
        input: { proposalNumber: number, body: `Numbered point ${i}` },
      });
    }
    const page = await newPage();
    await page.goto(`${server.url}/proposals/${number}`);
    const discussion = page.getByTestId('discussion');
    const comments = discussion.getByTestId('comment');
    await comments.first().waitFor();
    expect(await comments.count()).toBe(20);
    const total = Number(/^(\d+) comments/.exec(await discussion.getByTestId('comment-total').innerText())![1]);
    expect(total).toBeGreaterThanOrEqual(56);
    // Each "Show more" adds the next 20.
    for (let shown = 20; shown < total; shown += 20) {
      await discussion.getByRole('button', { name: `Show more comments (${total - shown} more)` }).click();
      await comments.nth(Math.min(shown + 20, total) - 1).waitFor();
    }
    await discussion.getByTestId('comment').filter({ hasText: 'Numbered point 55' }).waitFor();
    expect(await comments.count()).toBe(total);
    expect(await discussion.getByRole('button', { name: /Show more comments/ }).count()).toBe(0);

    const last = comments.last();
    const permalink = await last.getByTestId('comment-permalink').getAttribute('href');
    expect(permalink).toBe(`#${await last.getAttribute('id')}`);
    await expectAccessible(page, 'proposal-discussion-paged');
    await page.context().close();

    // Opened cold, a permalink to a comment past the first page loads the pages that hold it and scrolls to it.
    const cold = await newPage();
    await cold.goto(`${server.url}/proposals/${number}${permalink}`);
    const target = cold.locator(permalink!);
    await target.waitFor();
    expect(await target.innerText()).toContain('Numbered point 55');
    await cold.waitForFunction((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
    }, permalink!);
    await cold.context().close();
  });
});

describe('8. an editor’s next step after merging', () => {
  it('links a merged proposal to preparing the release, whose notes start from what was merged', async () => {
    // #3 was merged in 2.
    const page = await newPage('editor@demo.ocmf.org');
    await page.goto(`${server.url}/proposals/3`);
    const next = page.getByTestId('next-step');
    await next.getByRole('link', { name: 'Prepare the release' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prepare a release' }).waitFor();
    const notes = await page.getByRole('textbox', { name: 'Release notes (optional)' }).inputValue();
    expect(notes).toMatch(/^This release brings:\n\n- Give Business five more points of leadership time \(proposal #3\)/);
    await expectAccessible(page, 'prepare-release-prefilled');
    await page.context().close();
  });
});

describe('11. page titles and link previews', () => {
  type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };
  const all = (node: Node): Node[] => [node, ...(node.childNodes ?? []).flatMap(all)];
  const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

  /** The <head> as a link preview reads it: the HTML the server sends, without running any script. */
  async function preview(path: string) {
    const html = await (await fetch(`${server.url}${path}`)).text();
    const nodes = all(parse(html) as unknown as Node);
    const meta = (key: string) => {
      const node = nodes.find((n) => n.nodeName === 'meta' && (attr(n, 'property') === key || attr(n, 'name') === key));
      return node ? attr(node, 'content') : undefined;
    };
    return { title: nodes.find((n) => n.nodeName === 'title')?.childNodes?.[0]?.value, meta };
  }

  it('serves a proposal, a measure and a release with their own title, description and Open Graph tags', async () => {
    const proposal = await preview('/proposals/1');
    expect(proposal.title).toBe('#1 Add Customer Success metrics · OCMF Commons');
    expect(proposal.meta('og:title')).toBe('#1 Add Customer Success metrics');
    expect(proposal.meta('description')).toMatch(/^Why The Spring 2016 edition left Customer Success measures out/);
    expect(proposal.meta('og:url')).toMatch(/\/proposals\/1$/);

    const measure = await preview('/measures/time-to-smile');
    expect(measure.title).toBe('Time to Smile · OCMF Commons');
    expect(measure.meta('og:description')).toMatch(/^Business: /);

    const release = await preview('/releases/1.1.0');
    expect(release.title).toBe('v1.1.0, Customer Success update · OCMF Commons');
    expect(release.meta('og:type')).toBe('article');

    // Anything else keeps the site's own.
    expect((await preview('/proposals/9999')).meta('og:title')).toBeUndefined();
    expect((await preview('/governance')).title).toBe('OCMF Commons');
  });

  it('gives each page a descriptive title in the browser', async () => {
    const page = await newPage();
    const titles: [string, string][] = [
      ['/', 'OCMF Commons'],
      ['/proposals', 'Proposals · OCMF Commons'],
      ['/proposals/1', '#1 Add Customer Success metrics · OCMF Commons'],
      ['/measures/time-to-smile', 'Time to Smile · OCMF Commons'],
      ['/releases/1.1.0', 'v1.1.0, Customer Success update · OCMF Commons'],
      ['/api', 'GraphQL API · OCMF Commons'],
      ['/no-such-page', 'Page not found · OCMF Commons'],
    ];
    for (const [path, title] of titles) {
      await page.goto(`${server.url}${path}`);
      await page.waitForFunction((expected) => document.title === expected, title);
    }
    await page.context().close();
  });
});

describe('9. the editor on a phone', () => {
  it('offers the preview in a toggle above the save button', async () => {
    const page = await newPage('member@demo.ocmf.org');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/proposals/new`);
    await page.getByLabel('Kind of change to add').selectOption({ label: 'Re-balance Focus %' });
    await page.getByRole('button', { name: 'Add change' }).click();
    await page.getByRole('region', { name: 'Change 1: Re-balance Focus %' }).getByLabel('Customer').fill('25');
    await page.getByRole('region', { name: 'Change 1: Re-balance Focus %' }).getByLabel('Employee').fill('15');
    const toggle = page.getByRole('button', { name: 'Show the preview' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('editor-preview').count()).toBe(0);
    await toggle.click();
    const preview = page.getByTestId('editor-preview');
    await preview.getByTestId('focus-change-customer').waitFor();
    const save = await page.getByRole('button', { name: 'Save as draft' }).boundingBox();
    const shown = await preview.boundingBox();
    expect(shown!.y + shown!.height).toBeLessThanOrEqual(save!.y);
    expect(await page.getByRole('button', { name: 'Hide the preview' }).getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'ux-editor-phone-preview-390');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('10. words', () => {
  it('welcomes a new member with next steps after signing up', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel('Display name (optional)').fill('Nora Newcomer');
    await page.getByLabel('Email').fill(`nora-${Date.now()}@example.org`);
    await page.getByLabel('Password', { exact: true }).fill('a long enough password');
    await page.getByRole('button', { name: 'Sign up' }).click();
    const welcome = page.getByTestId('welcome');
    await welcome.waitFor();
    expect(await welcome.getByRole('link').allInnerTexts()).toEqual([
      'Read the framework',
      'Join a discussion',
      'Propose a change',
      'Take the self-assessment',
    ]);
    await expectAccessible(page, 'welcome');
    await welcome.getByRole('button', { name: 'Dismiss' }).click();
    expect(await welcome.count()).toBe(0);
    await page.context().close();
  });

  it('says what a vote needs and how long is left without slips', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/proposals/2`);
    const panel = page.getByTestId('voting-panel');
    await panel.getByTestId('countdown').waitFor();
    const text = await panel.innerText();
    expect(text).not.toMatch(/left left|Time left:/);
    expect(text).toMatch(/At least 50% of the 2 standard-setters \(1 vote\)/);
    expect(text).toMatch(/2 in 3 approvals/);
    expect(text).not.toMatch(/numerator|denominator/i);
    // A change card's badge names the kind; the description says what it does (no "Adds Add measure").
    await page.goto(`${server.url}/proposals/1`);
    expect(await page.getByTestId('change').first().innerText()).not.toMatch(/Adds Add/);
    // Category names wrap at their slash, not inside a word.
    await page.goto(`${server.url}/categories/knowledge`);
    expect(await page.getByRole('heading', { level: 1 }).innerHTML()).toContain('/<wbr>');
    await page.context().close();
  });
});

describe('7. where to act', () => {
  it('shows what is being voted on and discussed on the home page, with deadlines', async () => {
    const page = await newPage();
    await page.goto(server.url);
    const strip = page.getByTestId('now-strip');
    await strip.waitFor();
    // #2 is in voting (opened in 5.), #4 in discussion (6.).
    expect(await strip.innerText()).toMatch(/Now voting[\s\S]*#2 Say when the Time to Smile clock starts · closes in 6 days/);
    expect(await strip.innerText()).toMatch(/In discussion[\s\S]*#4 Rewrite the Time to Smile definition/);
    expect(await strip.locator('time').first().getAttribute('datetime')).toMatch(/^\d{4}-/);
    await expectAccessible(page, 'home-now-strip');
    await page.context().close();
  });

  it('starts a proposal from a measure’s page and from a category’s, with that change in the editor', async () => {
    const page = await newPage('member@demo.ocmf.org');
    await page.goto(`${server.url}/measures/time-to-smile`);
    await page.getByRole('link', { name: 'Propose a change to this measure' }).click();
    await page.getByRole('heading', { level: 1, name: 'New proposal' }).waitFor();
    const change = page.getByRole('region', { name: 'Change 1: Change a measure' });
    expect(await change.getByLabel('Measure', { exact: true }).inputValue()).toBe('time-to-smile');

    await page.goto(`${server.url}/categories/knowledge`);
    await page.getByRole('link', { name: 'Propose a change to this category' }).click();
    const category = page.getByRole('region', { name: 'Change 1: Change a category' });
    expect(await category.getByLabel('Category', { exact: true }).inputValue()).toBe('knowledge');
    await expectAccessible(page, 'editor-prefilled-category');
    await page.context().close();
  });
});

describe('7. the releases list, live', () => {
  it('adds a release published elsewhere without a reload, with its change summary and downloads', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/releases`);
    const items = page.getByTestId('release-item');
    await items.first().waitFor();
    const before = await items.count();
    expect(await items.filter({ hasText: 'v1.1.0' }).getByTestId('release-summary').innerText()).toMatch(
      /^1 proposal: #1 Add Customer Success metrics/,
    );
    // Give the subscription a moment to be registered: wait until the server has a listener (the page's socket is open).
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/graphql')));
    const editor = await apiSession('editor@demo.ocmf.org');
    // #3 (merged in 2.) moves Focus %: a MINOR release.
    await editor('mutation($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }', {
      input: { version: '1.2.0', title: 'More focus on Business', notes: 'Merged #3.' },
    });
    const published = items.filter({ hasText: 'v1.2.0' });
    await published.waitFor();
    expect(await items.count()).toBe(before + 1);
    expect(await published.getByTestId('release-summary').innerText()).toMatch(/#3 Give Business five more points of leadership time/);
    expect(await published.getByRole('link', { name: 'JSON of v1.2.0' }).getAttribute('href')).toBe('/releases/1.2.0.json');
    await expectAccessible(page, 'releases-live');
    await page.context().close();
  });
});
