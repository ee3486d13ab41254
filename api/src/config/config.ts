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
  VOTING_MIN_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(90 * 86_400)
    .optional(),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|loopback|linklocal|uniquelocal|\d+|[0-9a-fA-F.:/]+(,\s*[0-9a-fA-F.:/]+)*)$/,
      'must be false, true, loopback, a hop count, or addresses/CIDRs separated by commas',
    )
    .default('false'),
  ALLOWED_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url('must list absolute origins such as https://app.example.org, separated by commas')))
    .default([]),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  SIGNUP_RATE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(10),
  DB_IDLE_TRANSACTION_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  WEBHOOK_WORKER: z.enum(['on', 'off']).default('on'),
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'must be whole numbers of seconds separated by commas, such as 5,300,1800')
    .transform((value) => value.split(',').map((part) => Number(part.trim())))
    .refine((delays) => delays.every((delay) => delay >= 1 && delay <= 7 * 86_400), 'each delay must be from 1 second to 7 days')
    .refine((delays) => delays.length <= 20, 'must list at most 20 retries')
    .default([5, 300, 1800, 7200, 18_000, 36_000, 36_000]),
  WEBHOOKS_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.org:587')
    .optional(),
  MAIL_FROM: z.string().min(3).default('OCMF Commons <no-reply@localhost>'),
  MAIL_WORKER: z.enum(['on', 'off']).default('on'),
  NOTIFICATION_SCHEDULER: z.enum(['on', 'off']).default('on'),
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
  /** Overrides the governance minimum voting window (development and tests). */
  votingMinWindowSeconds: number | undefined;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe. Default: none. */
  trustProxy: boolean | number | string;
  /** PUBLIC_URL was set, not defaulted: then it alone (with allowedOrigins) is the app's origin. */
  publicUrlSet: boolean;
  /** Origins besides PUBLIC_URL's whose pages may open a signed-in WebSocket. */
  allowedOrigins: string[];
  /** GraphQL introspection: on by default outside production. */
  introspection: boolean;
  /** Accounts one client address may create per hour; 0: no limit. */
  signupRateLimit: number;
  /** A transaction idle this long is ended, so one stuck client cannot stall the database. */
  idleTransactionTimeoutMs: number;
  /** Deliver webhooks from this process. Off only where other replicas do it (or in tests that drive it by hand). */
  webhookWorker: boolean;
  /** Seconds to wait after each failed webhook attempt before the next; after the last, the delivery fails. */
  webhookRetrySchedule: number[];
  /** Webhook URLs may point at private, loopback and link-local addresses (development and tests; never in production). */
  webhooksAllowPrivate: boolean;
  /** Stored events and finished webhook deliveries (with their attempts) older than this are deleted. */
  eventRetentionDays: number;
  /** How long an anonymous query's answer may be served again while nothing changes; 0: never. */
  responseCacheSeconds: number;
  /** WEBHOOKS_ALLOW_PRIVATE=true was asked for in production, where it is ignored (the app warns at start). */
  webhooksAllowPrivateIgnored: boolean;
  /** Where email is sent through; unset: no email at all (notifications stay in the app). */
  smtpUrl: string | undefined;
  /** The From of every email. */
  mailFrom: string;
  /** Send queued email from this process. Off only where other replicas do it (or in tests that drive it by hand). */
  mailWorker: boolean;
  /** Remind electors before votes close and send digests from this process (off in tests that drive it by hand). */
  notificationScheduler: boolean;
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
    votingMinWindowSeconds: e.VOTING_MIN_WINDOW_SECONDS,
    trustProxy: trustProxySetting(e.TRUST_PROXY),
    publicUrlSet: e.PUBLIC_URL !== undefined,
    allowedOrigins: e.ALLOWED_ORIGINS.map((origin) => new URL(origin).origin),
    introspection: e.GRAPHQL_INTROSPECTION ? e.GRAPHQL_INTROSPECTION === 'true' : e.NODE_ENV !== 'production',
    signupRateLimit: e.SIGNUP_RATE_LIMIT,
    idleTransactionTimeoutMs: e.DB_IDLE_TRANSACTION_TIMEOUT_SECONDS * 1000,
    webhookWorker: e.WEBHOOK_WORKER === 'on',
    webhookRetrySchedule: e.WEBHOOK_RETRY_SCHEDULE,
    webhooksAllowPrivate: e.WEBHOOKS_ALLOW_PRIVATE === 'true' && e.NODE_ENV !== 'production',
    webhooksAllowPrivateIgnored: e.WEBHOOKS_ALLOW_PRIVATE === 'true' && e.NODE_ENV === 'production',
    eventRetentionDays: e.EVENT_RETENTION_DAYS,
    responseCacheSeconds: e.RESPONSE_CACHE_SECONDS,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailWorker: e.MAIL_WORKER === 'on',
    notificationScheduler: e.NOTIFICATION_SCHEDULER === 'on',
  };
}

function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

export const APP_CONFIG = Symbol('APP_CONFIG');
