import { DataSource } from 'typeorm';
import { ENTITIES } from './entities.js';
import { QueryLogger } from './query-logger.js';
import { MIGRATIONS } from './migrations/index.js';

/** The one TypeORM data source, for the app, the CLI, the tests and the migration generator alike. */
export type DataSourceOptions = {
  poolSize?: number;
  logging?: boolean;
  /** On a PostgreSQL server, end transactions left idle this long (the embedded database has its own timer). */
  idleTransactionTimeoutMs?: number;
};

export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension needs installing (PGlite has none).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize: options.poolSize ?? 10,
    logger: new QueryLogger(options.logging),
    maxQueryExecutionTime: 1000,
    applicationName: 'ocmf-commons',
    // A client-side limit, so a query stuck behind another connection's transaction (the embedded database runs
    // one transaction at a time) fails loudly instead of waiting forever.
    extra: {
      query_timeout: 60_000,
      ...(options.idleTransactionTimeoutMs
        ? { options: `-c idle_in_transaction_session_timeout=${options.idleTransactionTimeoutMs}` }
        : {}),
    },
  });
}

/** Opens the data source and brings the schema up to date. */
export async function openDatabase(url: string, options: DataSourceOptions = {}): Promise<DataSource> {
  const dataSource = createDataSource(url, options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
