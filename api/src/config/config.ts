import path from 'node:path';
import { z } from 'zod';

/** Where the repository root is, so relative defaults work whichever folder the process starts in. */
const repoRoot = path.resolve(import.meta.dirname, '../../..');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  PUBLIC_URL: z.url('must be an absolute URL such as https://commons.example.org').optional(),
  WEB_DIST: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'web', 'dist')),
  DEMO_SEED: z.enum(['true', 'false']).optional(),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(10),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(900),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('warn'),
  VOTING_CLOSER: z.enum(['on', 'off']).default('on'),
});

export type AppConfig = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Unset: the API runs an embedded PostgreSQL (PGlite) persisted under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  webDist: string;
  /** Demo accounts and an example proposal; on by default only in embedded mode. */
  demoSeed: boolean;
  sessionTtlDays: number;
  loginMaxAttempts: number;
  loginWindowSeconds: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** Close votes at their deadline from this process. Off only where another replica does it (or in tests). */
  votingCloser: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; every problem is reported at once, naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`),
    );
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    webDist: path.resolve(e.WEB_DIST),
    demoSeed: e.DEMO_SEED ? e.DEMO_SEED === 'true' : e.DATABASE_URL === undefined,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    loginMaxAttempts: e.LOGIN_MAX_ATTEMPTS,
    loginWindowSeconds: e.LOGIN_WINDOW_SECONDS,
    logLevel: e.LOG_LEVEL,
    votingCloser: e.VOTING_CLOSER === 'on',
  };
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

export const APP_CONFIG = Symbol('APP_CONFIG');
