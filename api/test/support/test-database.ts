import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../../src/database/connect.js';
import { openDatabase } from '../../src/database/data-source.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';

/**
 * One database per test file. With TEST_DATABASE_URL (a PostgreSQL server), each file gets a copy of a
 * template database migrated once (`CREATE DATABASE ... TEMPLATE`). The template is named after the list of
 * migrations, so checkouts with different migrations (branches tested side by side) never rebuild each other's. Without it, each file gets its own in-memory embedded PostgreSQL.
 */
const TEMPLATE_PREFIX = 'ocmf_test_template';
const LOCK_KEY = 7_160_322;

export async function createTestDatabase(): Promise<DatabaseHandle> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return connectDatabase({ databaseUrl: undefined, dataDir: '' }, { ephemeral: true });
  const name = `ocmf_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(server, async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      const template = await ensureTemplate(server, admin);
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    }
  });
  return {
    url: withDatabase(server, name),
    embedded: false,
    stop: () => withAdmin(server, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined)),
  };
}

async function ensureTemplate(server: string, admin: pg.Client): Promise<string> {
  const fingerprint = createHash('sha256')
    .update(MIGRATIONS.map((migration) => migration.name).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const template = `${TEMPLATE_PREFIX}_${fingerprint}`;
  // The comment is written last: a template without it was left half-built by an interrupted run.
  const existing = await admin.query<{ comment: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
    [template],
  );
  if (existing.rows[0]?.comment === 'ready') return template;
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${template}`);
  const dataSource = await openDatabase(withDatabase(server, template), { poolSize: 1 });
  await dataSource.destroy();
  await admin.query(`COMMENT ON DATABASE ${template} IS 'ready'`);
  return template;
}

async function withAdmin<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
