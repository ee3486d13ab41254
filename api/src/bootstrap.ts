import 'reflect-metadata';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { connectDatabase, type DatabaseHandle } from './database/connect.js';
import { openDatabase } from './database/data-source.js';
import { Retention } from './outbox/retention.js';
import { SeedService, type SeedReport } from './seed/seed.service.js';
import { VotingCloser } from './voting/voting-closer.js';
import { WebhookWorker } from './webhooks/webhook-worker.js';
import { MailWorker } from './email/mail-worker.js';
import { NotificationScheduler } from './notifications/notification-scheduler.js';
import { staticFiles } from './web/static-files.js';

export type RunningApp = {
  app: NestExpressApplication;
  dataSource: DataSource;
  database: DatabaseHandle;
  seed: SeedReport;
  close(): Promise<void>;
};

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/**
 * Connects (starting the embedded database when there is no DATABASE_URL), migrates, seeds and builds the
 * Nest app. `main.ts` then listens; tests call this with their own database and listen on port 0.
 */
export async function createApp(
  config: AppConfig,
  options: { database?: DatabaseHandle; schemaFile?: string | false; seed?: boolean } = {},
): Promise<RunningApp> {
  const database = options.database ?? (await connectDatabase(config));
  let dataSource: DataSource | undefined;
  try {
    dataSource = await openDatabase(database.url, database.embedded ? {} : { idleTransactionTimeoutMs: config.idleTransactionTimeoutMs });
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, dataSource, embedded: database.embedded, schemaFile: options.schemaFile ?? false }),
      new ExpressAdapter(),
      { logger: LOG_LEVELS[config.logLevel], bodyParser: true },
    );
    app.set('trust proxy', config.trustProxy);
    app.disable('x-powered-by');
    app.use(securityHeaders(config));
    app.use(cookieParser());
    app.use(staticFiles(config.webDist));
    await app.init();
    const seed =
      options.seed === false
        ? { framework: false, release: false, demoAccounts: [], demoProposal: false }
        : await app.get(SeedService).run(dataSource, { demo: config.demoSeed });
    if (config.env === 'production' && config.votingMinWindowSeconds !== undefined) {
      new Logger('Voting').warn(
        `VOTING_MIN_WINDOW_SECONDS=${config.votingMinWindowSeconds} overrides the governance minimum voting window: meant for development and tests.`,
      );
    }
    if (config.webhooksAllowPrivateIgnored) {
      new Logger('Webhooks').warn('WEBHOOKS_ALLOW_PRIVATE=true is ignored in production: webhook URLs must point at public addresses.');
    }
    app.get(VotingCloser).start();
    app.get(WebhookWorker).start();
    app.get(Retention).start();
    app.get(MailWorker).start();
    app.get(NotificationScheduler).start();
    const opened = dataSource;
    return {
      app,
      dataSource: opened,
      database,
      seed,
      async close() {
        await app.close();
        if (opened.isInitialized) await opened.destroy();
        await database.stop();
      },
    };
  } catch (error) {
    if (dataSource?.isInitialized) await dataSource.destroy();
    if (!options.database) await database.stop();
    throw error;
  }
}

/**
 * Headers for every response (helmet): a Content-Security-Policy that lets pages load only this site's own
 * scripts, styles and connections, with no inline script or style and no framing; no MIME sniffing; the origin
 * only as referrer to other sites; HSTS once the site is served over https.
 */
function securityHeaders(config: AppConfig) {
  const https = config.publicUrl.startsWith('https://');
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // Downloads and feeds are fetched cross-origin by vendors' tools (they send Access-Control-Allow-Origin: *).
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
}
