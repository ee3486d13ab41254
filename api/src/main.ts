import { createApp } from './bootstrap.js';
import { ConfigError, loadConfig } from './config/config.js';
import { DataDirInUseError } from './database/embedded-postgres.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts.js';

const startedAt = performance.now();

try {
  const config = loadConfig();
  const running = await createApp(config);
  await running.app.listen(config.port, config.host);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const lines = [
    '',
    `OCMF Commons is running at ${config.publicUrl}  (started in ${seconds}s)`,
    `  GraphQL: ${config.publicUrl}/graphql   health: ${config.publicUrl}/health`,
    running.database.embedded ? `  Database: embedded PostgreSQL, data in ${config.dataDir}` : '  Database: DATABASE_URL',
  ];
  if (config.demoSeed) {
    lines.push(`  Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.role.padEnd(16)} ${account.email}`);
  }
  console.log(lines.join('\n') + '\n');
  const stop = async (signal: string) => {
    console.log(`${signal}: shutting down`);
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
