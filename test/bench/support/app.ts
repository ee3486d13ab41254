import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

/**
 * What every benchmarked app process runs with: as deployed (production), quiet, no demo data, and nobody
 * closing votes (the bench keeps its votes open, and the closer's polling would show in statement counts).
 * The last two are limits a hardening change adds; an app that does not know them ignores them.
 */
export const BENCH_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'error',
  DEMO_SEED: 'false',
  VOTING_CLOSER: 'off',
  LOGIN_MAX_ATTEMPTS: '1000',
  SIGNUP_RATE_LIMIT: '0',
  VOTING_MIN_WINDOW_SECONDS: '1',
};

export type Database = { url: string; name: string; drop(): Promise<void> };

/** A fresh, empty database on the server at `serverUrl`, dropped (with its connections) by `drop()`. */
export async function freshDatabase(serverUrl: string, prefix = 'ocmf_bench'): Promise<Database> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  return { url: databaseUrl(serverUrl, name), name, drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type AppOptions = {
  /** A PostgreSQL URL, or null for the embedded database in `dataDir`. */
  databaseUrl: string | null;
  /** The embedded database's folder; a fresh temporary one when not given. */
  dataDir?: string;
  env?: Record<string, string>;
};

export type RunningApp = {
  url: string;
  dataDir: string;
  /** How the CLI reaches this app's database: DATABASE_URL, or the DATA_DIR of the running embedded instance. */
  cliEnv: Record<string, string>;
  /** Milliseconds from spawning the process to the first `/health` 200. */
  startMs: number;
  pid: number;
  output(): string;
  stop(): Promise<void>;
};

/** Starts the built app (`node api/dist/main.js`) on a free port and waits for `/health` to answer 200. */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const port = await freePort();
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'ocmf-bench-')));
  const env = {
    ...BENCH_ENV,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: options.databaseUrl ?? '',
    ...options.env,
  };
  const started = performance.now();
  const child = spawn(process.execPath, ['api/dist/main.js'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
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
  const startMs = performance.now() - started;
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping)
      console.error(`\nThe app at ${url} (pid ${child.pid}) exited with ${signal ?? `code ${code}`}; its output:\n${output}\n`);
  });
  return {
    url,
    dataDir,
    cliEnv: options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { DATABASE_URL: '', DATA_DIR: dataDir },
    startMs,
    pid: child.pid!,
    output: () => output,
    async stop() {
      stopping = true;
      await stopChild(child);
      if (ownDataDir) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs the built CLI (`node api/dist/cli.js …`) against an app's database. */
export function runCli(app: Pick<RunningApp, 'cliEnv'>, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['api/dist/cli.js', ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...BENCH_ENV, ...app.cliEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`cli ${args[0]} exited with ${code}:\n${output}`))));
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`The app did not become healthy within 120 s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
