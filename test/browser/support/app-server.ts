import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Database, freshDatabase, spawnBuiltApp } from '../../support/built-app.js';

export type AppServer = { url: string; dataDir: string; env: Record<string, string>; output: () => string; stop(): Promise<void> };

/**
 * Starts the built app (`node api/dist/main.js`) in demo mode on a free port with its own database:
 * a fresh embedded data directory, or, with TEST_DATABASE_URL, a fresh database on that server.
 */
export async function startAppServer(extraEnv: Record<string, string> = {}): Promise<AppServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ocmf-browser-'));
  const server = process.env.TEST_DATABASE_URL;
  const database: Database | null = server ? await freshDatabase(server, 'ocmf_browser') : null;
  const env = {
    DATA_DIR: dataDir,
    DEMO_SEED: 'true',
    LOG_LEVEL: 'warn',
    // The tests open votes that close within minutes.
    VOTING_MIN_WINDOW_SECONDS: '1',
    DATABASE_URL: database ? database.url : '',
    ...extraEnv,
  };
  const app = await spawnBuiltApp(env);
  return {
    url: app.url,
    dataDir,
    env: { ...env, PORT: new URL(app.url).port, HOST: '127.0.0.1' },
    output: app.output,
    async stop() {
      await app.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
      await database?.drop();
    },
  };
}
