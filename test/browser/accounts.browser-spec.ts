import type { Browser, Page } from 'playwright-core';
import { type ReceivedEmail, type SmtpReceiver, startSmtpReceiver } from '../../api/test/support/smtp-receiver.js';
import { type AppServer, startAppServer } from './support/app-server.js';
import { expectAccessibleAtBothWidths, launchBrowser } from './support/browser.js';

/**
 * A new member's account in the browser, with the app's own mail worker sending to a real SMTP server: the sign-up's
 * address confirmed by its emailed link; a forgotten password reset from the sign-in page; the password and the
 * address changed on the settings page (the new address confirmed by its link).
 */
let smtp: SmtpReceiver;
let server: AppServer;
let browser: Browser;
let page: Page;
const email = `ada-${Date.now()}@example.org`;
const newEmail = `ada-moved-${Date.now()}@example.org`;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  [server, browser] = await Promise.all([
    startAppServer({ SMTP_URL: smtp.url, MAIL_FROM: 'OCMF Commons <commons@example.org>' }),
    launchBrowser(),
  ]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

/** Waits for an email to `to` with this subject, and answers the path of its link (on this server). */
async function linkIn(to: string, subject: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  let found: ReceivedEmail | undefined;
  while (!(found = smtp.received.findLast((message) => message.to.includes(to) && message.subject === subject))) {
    if (Date.now() > deadline) throw new Error(`No email "${subject}" to ${to}; got ${smtp.received.map((m) => m.subject).join(', ')}`);
    await smtp.waitFor(smtp.received.length + 1, 15_000).catch(() => undefined);
  }
  expect(found.headers.has('list-unsubscribe')).toBe(false);
  const link = /(https?:\/\/\S+\?token=\S+)/.exec(found.text)?.[1];
  expect(link).toBeDefined();
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}

const expectAccessible = (name: string) => expectAccessibleAtBothWidths(page, name);

async function signIn(address: string, password: string) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(address);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('account-menu').waitFor();
}

describe('a new account', () => {
  it('is asked to confirm its address, and confirms it with the emailed link', async () => {
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel('Display name (optional)').fill('Ada Account');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('a long enough password');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByTestId('welcome-verify').waitFor();

    await page.goto(`${server.url}/settings`);
    await page.getByTestId('email-unverified').waitFor();
    expect(await page.getByTestId('email-settings').innerText()).toContain(email);

    await page.goto(`${server.url}${await linkIn(email, 'Confirm your email address for OCMF Commons')}`);
    await page.getByRole('heading', { name: 'Confirm your email address', level: 1 }).waitFor();
    await expectAccessible('verify-email');
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    expect(await page.getByTestId('email-verified').innerText()).toContain(`${email} is confirmed`);

    await page.goto(`${server.url}/settings`);
    await page.getByTestId('email-settings').getByText('(confirmed)').waitFor();
    expect(await page.getByTestId('email-unverified').count()).toBe(0);
  });
});

describe('a forgotten password', () => {
  it('is reset from the sign-in page with a link that works once', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password', level: 1 }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    expect(await page.getByTestId('reset-requested').innerText()).toContain(`If an account uses ${email}`);
    await expectAccessible('forgot-password');

    const reset = await linkIn(email, 'Reset your OCMF Commons password');
    await page.goto(`${server.url}${reset}`);
    await page.getByLabel('New password', { exact: true }).fill('a new remembered password');
    await page.getByLabel('New password, again').fill('a different one entirely');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('New password, again: the two do not match.').first().waitFor();
    await expectAccessible('reset-password');
    await page.getByLabel('New password, again').fill('a new remembered password');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByTestId('account-menu').waitFor();

    // Used once: the same link again says so, and offers a new one.
    await page.goto(`${server.url}${reset}`);
    await page.getByLabel('New password', { exact: true }).fill('yet another password');
    await page.getByLabel('New password, again').fill('yet another password');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page
      .getByTestId('form-error')
      .getByText(/was used already, has expired/)
      .waitFor();
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
  });
});

describe('the settings page', () => {
  it('changes the password with the current one, naming a wrong one', async () => {
    await page.goto(`${server.url}/settings`);
    const form = page.getByRole('form', { name: 'Password' });
    await form.getByLabel('Current password').fill('not my password at all');
    await form.getByLabel('New password', { exact: true }).fill('the third password here');
    await form.getByLabel('New password, again').fill('the third password here');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('Current password is not your current password.').waitFor();
    await form.getByLabel('Current password').fill('a new remembered password');
    await form.getByRole('button', { name: 'Change password' }).click();
    await page.getByTestId('settings-status').getByText('Your password is changed.').waitFor();
  });

  it('changes the address once the new one is confirmed by its link', async () => {
    const section = page.getByTestId('email-settings');
    await section.getByLabel('New email').fill(newEmail);
    await section.getByLabel('Current password').fill('the third password here');
    await section.getByRole('button', { name: 'Send a confirmation link' }).click();
    await page.getByTestId('settings-status').getByText(`We sent a link to ${newEmail}.`).waitFor();
    await expectAccessible('account-settings');

    await page.goto(`${server.url}${await linkIn(newEmail, 'Confirm your new email address for OCMF Commons')}`);
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    expect(await page.getByTestId('email-verified').innerText()).toContain(`Your account now uses ${newEmail}`);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(newEmail, 'the third password here');
    await page.goto(`${server.url}/settings`);
    expect(await page.getByTestId('email-settings').innerText()).toContain(newEmail);
  });
});
