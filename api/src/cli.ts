import { parseArgs } from 'node:util';
import { createApp } from './bootstrap.js';
import { DomainError } from './common/domain-error.js';
import { ConfigError, loadConfig } from './config/config.js';
import type { DatabaseHandle } from './database/connect.js';
import { connectDatabase } from './database/connect.js';
import { findRunningInstance } from './database/embedded-postgres.js';
import { inSystemTransaction } from './database/system-transaction.js';
import { ROLES } from './users/role.js';
import { UsersService } from './users/users.service.js';

const USAGE = `Usage: pnpm cli <command> [options]

Commands:
  user:create --email E --password P [--role ${ROLES.join('|')}] [--name N]
                      Create an account (role defaults to MEMBER).
  admin:create --email E --password P [--name N]
                      Create an administrator (same as user:create --role ADMIN).
  user:role --email E --role ROLE
                      Change an account's role.
  migrate             Apply pending database migrations.
  seed [--demo]       Seed the OCMF v1.0.0 framework (and, with --demo, the demo accounts).

Uses DATABASE_URL when set; otherwise the embedded database in DATA_DIR. When the app is running on that
embedded database, the command connects to the running instance instead of opening its files.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    demo: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const command = positionals[0];
if (!command || values.help) {
  console.log(USAGE);
  process.exit(command || values.help ? 0 : 2);
}

let database: DatabaseHandle | undefined;
try {
  const config = loadConfig();
  database = await connectForCli(config);
  // Commands run through the application's own services (and their domain events), without serving HTTP. Opening
  // it migrates the database; only `seed` seeds it.
  const running = await createApp(
    { ...config, demoSeed: values.demo, votingCloser: false, logLevel: 'error' },
    { database: { ...database, stop: async () => {} }, seed: command === 'seed' },
  );
  const users = running.app.get(UsersService);
  try {
    switch (command) {
      case 'user:create':
      case 'admin:create': {
        const role = command === 'admin:create' ? 'ADMIN' : (values.role ?? 'MEMBER');
        const user = await inSystemTransaction(running.dataSource, (ctx) =>
          users.create(ctx, { email: values.email ?? '', password: values.password ?? '', displayName: values.name, role }),
        );
        console.log(`Created ${user.role} ${user.email} (${user.id})`);
        break;
      }
      case 'user:role': {
        const user = await inSystemTransaction(running.dataSource, (ctx) =>
          users.setRole(ctx, { email: values.email ?? '', role: (values.role ?? '') as never }),
        );
        console.log(`${user.email} is now ${user.role}`);
        break;
      }
      case 'migrate':
        console.log('Migrations are up to date.');
        break;
      case 'seed': {
        const report = running.seed;
        console.log(
          `Seeded: framework ${report.framework ? 'created' : 'already present'}, release ${report.release ? 'created' : 'already present'}, ` +
            `demo accounts: ${report.demoAccounts.length ? report.demoAccounts.join(', ') : 'none created'}, ` +
            `demo proposals: ${report.demoProposal ? 'created' : 'none created'}`,
        );
        break;
      }
      default:
        console.error(`Unknown command "${command}".\n\n${USAGE}`);
        process.exitCode = 2;
    }
  } finally {
    await running.close();
  }
} catch (error) {
  if (error instanceof DomainError) {
    if (error.issues.length === 0) console.error(`Error (${error.code}): ${error.message}`);
    else
      console.error(`Error (${error.code}):\n${error.issues.map((i) => `  --${i.path.replace(/^input\./, '')}: ${i.message}`).join('\n')}`);
    process.exitCode = 1;
  } else if (error instanceof ConfigError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await database?.stop();
}

/** A running app owns its embedded data directory: talk to it rather than opening the files again. */
async function connectForCli(config: ReturnType<typeof loadConfig>): Promise<DatabaseHandle> {
  if (!config.databaseUrl) {
    const running = await findRunningInstance(config.dataDir);
    if (running) return { url: running.url, embedded: true, stop: async () => {} };
  }
  return connectDatabase(config);
}
