import type { AppConfig } from '../config/config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export type DatabaseHandle = {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
};

/**
 * With DATABASE_URL, that server; without it, an embedded PostgreSQL persisted under DATA_DIR
 * (or, when `ephemeral`, kept in memory and gone when stopped).
 */
export async function connectDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'> & Partial<Pick<AppConfig, 'idleTransactionTimeoutMs'>>,
  options: { ephemeral?: boolean } = {},
): Promise<DatabaseHandle> {
  if (config.databaseUrl && !options.ephemeral) {
    return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres(options.ephemeral ? null : config.dataDir, {
    idleTransactionTimeoutMs: config.idleTransactionTimeoutMs,
  });
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}
