import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { GraphQLTestClient } from './graphql-client.js';

const apiRoot = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(apiRoot, 'dist', 'main.js');

export type AppProcess = {
  url: string;
  client(): GraphQLTestClient;
  output(): string;
  /** SIGTERM, as an orchestrator stops a replica. */
  stop(): Promise<void>;
  /** SIGKILL: the process dies on the spot, as in a crash. */
  kill(): Promise<void>;
};

/**
 * Runs the built API (`node api/dist/main.js`, so `pnpm build` first) as its own process on a free port: a
 * replica as deployed. `database` is a DATABASE_URL, or a DATA_DIR for the embedded database.
 */
export async function startAppProcess(
  database: { url: string } | { dataDir: string },
  env: Record<string, string> = {},
): Promise<AppProcess> {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`pnpm build\` before these tests.`);
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEMO_SEED: 'false',
      WEB_DIST: '/nonexistent',
      SIGNUP_RATE_LIMIT: '0',
      VOTING_MIN_WINDOW_SECONDS: '1',
      VOTING_CLOSER: 'off',
      ...('url' in database ? { DATABASE_URL: database.url, DATA_DIR: '' } : { DATABASE_URL: '', DATA_DIR: database.dataDir }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    client: () => new GraphQLTestClient(url),
    output: () => output,
    stop: () => ended(child, 'SIGTERM'),
    kill: () => ended(child, 'SIGKILL'),
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The API did not become healthy within 90 s:\n${output()}`);
}

function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `read` until `done` holds: for state another process changes (no fixed sleep; bounded). */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Still not there after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
