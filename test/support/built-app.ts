import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

/**
 * The built app as its own process, for the browser tests, the CLI tests and the benchmark: what they share is
 * how to start it on a free port, know when it is up, stop it, and give it a database of its own.
 */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

export type BuiltApp = {
  url: string;
  pid: number;
  /** Milliseconds from spawning the process to the first `/health` 200. */
  startMs: number;
  output(): string;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
};

/**
 * Runs `node api/dist/main.js` from the repository root on a free port, listening on 127.0.0.1, with `env` on
 * top of this process's environment, and resolves once `/health` answers 200 (rejecting, with the app's output,
 * if it exits or is not up within two minutes). `onExit` hears of an exit nobody asked for.
 */
export async function spawnBuiltApp(env: Record<string, string>, onExit?: (how: string, output: string) => void): Promise<BuiltApp> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['api/dist/main.js'], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', ...env, PORT: String(port) },
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
    if (!stopping) onExit?.(signal ?? `code ${code}`, output);
  });
  return {
    url,
    pid: child.pid!,
    startMs,
    output: () => output,
    stop() {
      stopping = true;
      return stopChild(child);
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/health`)).status === 200) return;
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

export type Database = { url: string; name: string; drop(): Promise<void> };

/** A fresh, empty database on the server at `serverUrl`, dropped (with its connections) by `drop()`. */
export async function freshDatabase(serverUrl: string, prefix: string): Promise<Database> {
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
