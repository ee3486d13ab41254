import type { AddressInfo } from 'node:net';
import { createApp, type RunningApp } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/config.js';
import type { QueryLogger } from '../../src/database/query-logger.js';
import { GraphQLTestClient } from './graphql-client.js';
import { createTestDatabase } from './test-database.js';

export type TestApp = {
  url: string;
  running: RunningApp;
  /** A new client with its own cookie jar: one per simulated browser. */
  client(): GraphQLTestClient;
  close(): Promise<void>;
};

/** Boots the real AppModule on this test file's own database and listens on a free port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  // Tests open votes of a few minutes and sign many people up from one address; the hardening tests set both back.
  // Webhooks are drained by hand (WebhookWorker.drainOnce), so no poll adds statements to the ones a test counts.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DEMO_SEED: 'false',
    WEB_DIST: '/nonexistent',
    VOTING_MIN_WINDOW_SECONDS: '1',
    SIGNUP_RATE_LIMIT: '0',
    WEBHOOK_WORKER: 'off',
    ...env,
  });
  const database = await createTestDatabase();
  const running = await createApp(config, { database });
  await running.app.listen(0, '127.0.0.1');
  const { port } = running.app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    running,
    client: () => new GraphQLTestClient(url),
    close: () => running.close(),
  };
}

/** Runs `work` and returns, with its result, the SQL of every statement the app sent meanwhile. */
export async function recordStatements<T>(app: TestApp, work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const logger = app.running.dataSource.logger as QueryLogger;
  const statements: string[] = [];
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (query: string) => {
    statements.push(query);
    logQuery(query);
  };
  try {
    return { result: await work(), statements };
  } finally {
    logger.logQuery = logQuery;
  }
}
