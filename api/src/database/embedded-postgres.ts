import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * An embedded PostgreSQL (PGlite) served on a loopback port, so the app talks to it with the same `pg`
 * driver, TypeORM data source and migrations as to a real server. A data directory belongs to one process:
 * that process records its address in `instance.json`, and other processes (the CLI) connect to it there
 * instead of opening the same files a second time.
 */
export type EmbeddedPostgres = {
  url: string;
  stop(): Promise<void>;
};

type InstanceFile = { pid: number; url: string; startedAt: string };

const INSTANCE_FILE = 'instance.json';
const MAX_CONNECTIONS = 10;

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`The embedded database in ${dataDir} is in use by process ${pid}. Stop it first, or set DATA_DIR to another folder.`);
    this.name = 'DataDirInUseError';
  }
}

/** Starts PGlite persisted under `dataDir` (or in memory when `dataDir` is null, for tests). */
export async function startEmbeddedPostgres(dataDir: string | null, options: { loadFrom?: Blob } = {}): Promise<EmbeddedPostgres> {
  if (dataDir !== null) {
    await fs.mkdir(dataDir, { recursive: true });
    const running = await findRunningInstance(dataDir);
    if (running) throw new DataDirInUseError(dataDir, running.pid);
  }
  const db = await PGlite.create({
    dataDir: dataDir === null ? undefined : path.join(dataDir, 'pgdata'),
    loadDataDir: options.loadFrom,
  });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: MAX_CONNECTIONS });
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres`;
  if (dataDir !== null) {
    const record: InstanceFile = { pid: process.pid, url, startedAt: new Date().toISOString() };
    await fs.writeFile(path.join(dataDir, INSTANCE_FILE), JSON.stringify(record, null, 2));
  }
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (dataDir !== null) await fs.rm(path.join(dataDir, INSTANCE_FILE), { force: true });
    },
  };
}

/** The live process serving this data directory, if any; a record left by a dead process is ignored. */
export async function findRunningInstance(dataDir: string): Promise<InstanceFile | null> {
  let record: InstanceFile;
  try {
    record = JSON.parse(await fs.readFile(path.join(dataDir, INSTANCE_FILE), 'utf8')) as InstanceFile;
  } catch {
    return null;
  }
  if (record.pid === process.pid || !isAlive(record.pid)) return null;
  return record;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
