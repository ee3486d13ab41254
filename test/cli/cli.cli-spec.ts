import { execFile } from 'node:child_process';
import path from 'node:path';
import { type AppServer, startAppServer } from '../browser/support/app-server.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let server: AppServer;

beforeAll(async () => {
  server = await startAppServer();
});
afterAll(() => server?.stop());

/**
 * Runs `pnpm cli …` as an operator would, with the running app's environment (its DATA_DIR or DATABASE_URL).
 * Asynchronously: blocking the event loop would leave this process's HTTP keep-alive sockets stale.
 */
function cli(...args: string[]): Promise<{ status: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['api/dist/cli.js', ...args],
      { cwd: repoRoot, env: { ...process.env, ...server.env } },
      (error, stdout, stderr) => {
        resolve({ status: error ? Number(error.code ?? 1) : 0, out: stdout + stderr });
      },
    );
  });
}

async function signIn(email: string, password: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { email role } } }',
      variables: { i: { email, password } },
    }),
  });
  return (await res.json()) as { data?: { signIn: { user: { email: string; role: string } } }; errors?: unknown[] };
}

describe('pnpm cli, next to the running app', () => {
  it('creates an account the running app can sign in with (same embedded database, reached through the app)', async () => {
    const created = await cli('user:create', '--email', 'ops@example.org', '--password', 'operator password 1', '--role', 'EDITOR');
    expect(created).toMatchObject({ status: 0 });
    expect(created.out).toMatch(/^Created EDITOR ops@example\.org/);
    expect((await signIn('ops@example.org', 'operator password 1')).data?.signIn.user).toEqual({
      email: 'ops@example.org',
      role: 'EDITOR',
    });
  });

  it('changes a role', async () => {
    expect(await cli('user:role', '--email', 'ops@example.org', '--role', 'STANDARD_SETTER')).toMatchObject({ status: 0 });
    expect((await signIn('ops@example.org', 'operator password 1')).data?.signIn.user.role).toBe('STANDARD_SETTER');
  });

  it('refuses bad input naming each option, and writes nothing', async () => {
    const bad = await cli('user:create', '--email', 'not-an-email', '--password', 'short', '--role', 'KING');
    expect(bad.status).toBe(1);
    expect(bad.out).toContain('--email: must be a valid email address');
    expect(bad.out).toContain('--password: must be at least 10 characters');
    expect(bad.out).toContain('--role: must be one of MEMBER, STANDARD_SETTER, EDITOR, ADMIN');
    const taken = await cli('user:create', '--email', 'ops@example.org', '--password', 'another password');
    expect(taken.status).toBe(1);
    expect(taken.out).toContain('EMAIL_TAKEN');
  });

  it('explains its commands', async () => {
    const help = await cli('--help');
    expect(help.status).toBe(0);
    expect(help.out).toContain('user:create --email E --password P');
  });
});
