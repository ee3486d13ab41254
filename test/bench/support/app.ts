import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Database, freshDatabase as freshServerDatabase, repoRoot, spawnBuiltApp } from '../../support/built-app.js';

export { adminQuery, freePort, repoRoot } from '../../support/built-app.js';

/** A fresh, empty database for the bench on the server at `serverUrl`, dropped by `drop()`. */
export function freshDatabase(serverUrl: string, prefix = 'ocmf_bench'): Promise<Database> {
  return freshServerDatabase(serverUrl, prefix);
}

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
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'ocmf-bench-')));
  const app = await spawnBuiltApp(
    { ...BENCH_ENV, DATA_DIR: dataDir, DATABASE_URL: options.databaseUrl ?? '', ...options.env },
    (how, output) => console.error(`\nThe app (pid ${app.pid}) exited with ${how}; its output:\n${output}\n`),
  );
  return {
    url: app.url,
    dataDir,
    cliEnv: options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { DATABASE_URL: '', DATA_DIR: dataDir },
    startMs: app.startMs,
    pid: app.pid,
    output: app.output,
    async stop() {
      await app.stop();
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
