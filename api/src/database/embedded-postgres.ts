import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { pgliteTemplate } from './pglite-template.js';

/**
 * An embedded PostgreSQL (PGlite) served on a Unix socket, so the app talks to it with the same `pg` driver,
 * TypeORM data source and migrations as to a real server. The embedded database is a superuser with no
 * password, so it must be the app's alone: the socket sits in a directory only the app's OS user may enter
 * (mode 0700), never on a TCP port. A data directory belongs to one process: that process records the socket
 * in `instance.json` (mode 0600), and other processes of the same user (the CLI) connect to it there instead
 * of opening the same files a second time.
 */
export type EmbeddedPostgres = {
  url: string;
  stop(): Promise<void>;
};

type InstanceFile = { pid: number; url: string; socketDir: string; startedAt: string };

const INSTANCE_FILE = 'instance.json';
const SOCKET_NAME = '.s.PGSQL.5432';
const MAX_CONNECTIONS = 10;
/** sun_path holds 108 bytes on Linux (104 on macOS); longer socket paths cannot be bound. */
const MAX_SOCKET_PATH = 100;

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`The embedded database in ${dataDir} is in use by process ${pid}. Stop it first, or set DATA_DIR to another folder.`);
    this.name = 'DataDirInUseError';
  }
}

export type EmbeddedOptions = {
  loadFrom?: Blob;
  /** End a client's transaction once it has sent nothing for this long: one idle client would stall every other. */
  idleTransactionTimeoutMs?: number;
};

/** Starts PGlite persisted under `dataDir` (or in memory when `dataDir` is null, for tests). */
export async function startEmbeddedPostgres(dataDir: string | null, options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  if (dataDir !== null) {
    await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
    await fs.chmod(dataDir, 0o700);
    const running = await findRunningInstance(dataDir);
    if (running) throw new DataDirInUseError(dataDir, running.pid);
  }
  const socketDir = await privateSocketDir(dataDir);
  const socketPath = path.join(socketDir, SOCKET_NAME);
  // A socket file left by a process that died is in the way of binding a new one.
  await fs.rm(socketPath, { force: true });
  const pgdata = dataDir === null ? undefined : path.join(dataDir, 'pgdata');
  // A new database starts from the build's migrated template rather than running initdb (see pglite-template.ts).
  const fresh = pgdata === undefined || !(await exists(pgdata));
  const db = await PGlite.create({
    dataDir: pgdata,
    loadDataDir: options.loadFrom ?? (fresh ? (pgliteTemplate() ?? undefined) : undefined),
  });
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: MAX_CONNECTIONS });
  const stopTimer = endIdleTransactions(server as unknown as SocketServerInternals, options.idleTransactionTimeoutMs ?? 15_000);
  await server.start();
  const url = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`;
  if (dataDir !== null) {
    const record: InstanceFile = { pid: process.pid, url, socketDir, startedAt: new Date().toISOString() };
    await fs.writeFile(path.join(dataDir, INSTANCE_FILE), JSON.stringify(record, null, 2), { mode: 0o600 });
  }
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      stopTimer();
      await server.stop();
      await db.close();
      await fs.rm(socketPath, { force: true });
      if (dataDir !== null) await fs.rm(path.join(dataDir, INSTANCE_FILE), { force: true });
      if (!socketDir.startsWith(dataDir ?? '\0')) await fs.rm(socketDir, { recursive: true, force: true });
    },
  };
}

/**
 * The process serving this data directory, if any. A record is believed only if its process is alive AND its
 * socket answers: a PID reused by another program after a crash must not block the next start.
 */
export async function findRunningInstance(dataDir: string): Promise<InstanceFile | null> {
  let record: InstanceFile;
  try {
    record = JSON.parse(await fs.readFile(path.join(dataDir, INSTANCE_FILE), 'utf8')) as InstanceFile;
  } catch {
    return null;
  }
  if (record.pid === process.pid || !isAlive(record.pid) || typeof record.socketDir !== 'string') return null;
  return (await answers(path.join(record.socketDir, SOCKET_NAME))) ? record : null;
}

/** A directory only this OS user may enter: `DATA_DIR/run`, or a fresh one under the system's temp folder. */
async function privateSocketDir(dataDir: string | null): Promise<string> {
  const inDataDir = dataDir === null ? null : path.join(dataDir, 'run');
  if (inDataDir !== null && path.join(inDataDir, SOCKET_NAME).length <= MAX_SOCKET_PATH) {
    await fs.mkdir(inDataDir, { recursive: true, mode: 0o700 });
    await fs.chmod(inDataDir, 0o700);
    return inDataDir;
  }
  return fs.mkdtemp(path.join(os.tmpdir(), 'ocmf-db-')); // created 0700
}

function answers(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect(socketPath);
    const done = (alive: boolean) => {
      probe.destroy();
      resolve(alive);
    };
    probe.once('connect', () => done(true));
    probe.once('error', () => done(false));
    probe.setTimeout(2000, () => done(false));
  });
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What of pglite-socket 0.2.17's server (pinned and patched, see patches/) the idle-transaction timer uses. */
type SocketServerInternals = {
  db: { isInTransaction(): boolean };
  handlers: Set<{ handlerId: number; socket: net.Socket | null; handleError(error: Error): void }>;
  queryQueue: {
    processing: boolean;
    lastHandlerId: number | null;
    midSequence?: boolean;
    processQueue(): Promise<void>;
    enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number>;
  };
};

/**
 * PGlite is one backend that pglite-socket lends to one connection for a whole transaction, so a client that
 * opens a transaction and goes quiet stalls every other connection. PGlite itself must not be given
 * `idle_in_transaction_session_timeout` (the next query after it fires never returns), so the timer lives in the
 * socket's queue: when the connection holding an open transaction has sent nothing for `ms`, it is sent the
 * error a PostgreSQL server sends (25P03) and dropped, which rolls its transaction back and lets the next one in.
 */
function endIdleTransactions(server: SocketServerInternals, ms: number): () => void {
  const queue = server.queryQueue;
  let timer: NodeJS.Timeout | undefined;
  const processQueue = queue.processQueue.bind(queue);
  queue.processQueue = async () => {
    await processQueue();
    if (queue.processing) return;
    clearTimeout(timer);
    const holder = queue.lastHandlerId;
    if (holder === null || !(server.db.isInTransaction() || queue.midSequence)) return;
    timer = setTimeout(() => {
      if (queue.lastHandlerId !== holder || !server.db.isInTransaction()) return;
      const handler = [...server.handlers].find((h) => h.handlerId === holder);
      if (!handler) return;
      handler.socket?.write(errorResponse('25P03', 'terminating connection due to idle-in-transaction timeout'));
      handler.handleError(new Error('Idle in transaction timeout'));
    }, ms);
    timer.unref();
  };
  const enqueue = queue.enqueue.bind(queue);
  queue.enqueue = (handlerId, message, onData) => {
    if (handlerId === queue.lastHandlerId) clearTimeout(timer);
    return enqueue(handlerId, message, onData);
  };
  return () => clearTimeout(timer);
}

/** A FATAL ErrorResponse message of the PostgreSQL wire protocol. */
function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.concat([
    ...[
      ['S', 'FATAL'],
      ['V', 'FATAL'],
      ['C', code],
      ['M', message],
    ].map(([key, value]) => Buffer.from(`${key}${value}\0`)),
    Buffer.from([0]),
  ]);
  const head = Buffer.alloc(5);
  head.write('E', 0);
  head.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([head, fields]);
}
