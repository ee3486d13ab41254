import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../database/data-source.js';
import { TEMPLATE_FILE, writePgliteTemplate } from '../database/pglite-template.js';

/** Part of `pnpm build`: an initialised, migrated, empty embedded database that new ones are copied from. */
const started = performance.now();
const db = await PGlite.create();
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ocmf-template-'));
const server = new PGLiteSocketServer({ db, path: path.join(dir, '.s.PGSQL.5432'), maxConnections: 2 });
await server.start();
const dataSource = await openDatabase(`postgresql://postgres@localhost/postgres?host=${encodeURIComponent(dir)}`, { poolSize: 1 });
await dataSource.destroy();
await server.stop();
const dump = await db.dumpDataDir('gzip');
await db.close();
await fs.rm(dir, { recursive: true, force: true });
writePgliteTemplate(Buffer.from(await dump.arrayBuffer()));
console.log(`Wrote ${path.relative(process.cwd(), TEMPLATE_FILE)} in ${((performance.now() - started) / 1000).toFixed(1)}s`);
