import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

/** One kind of record that stops being needed: `sweep` deletes those older than `before` and says how many. */
export type RetentionRule = { name: string; sweep(manager: EntityManager, before: Date): Promise<number> };

const HOUR_MS = 60 * 60 * 1000;
/** The first sweep waits a little, so it never slows a start. */
const FIRST_SWEEP_MS = 60 * 1000;

/**
 * Keeps what leaves the process from growing without end: once an hour it deletes stored events and finished work
 * (delivered or failed webhook deliveries, with their attempts) older than EVENT_RETENTION_DAYS. Work still to
 * do is never a rule's to delete. Every replica may sweep: a DELETE that finds nothing is harmless.
 */
@Injectable()
export class Retention implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private readonly rules: RetentionRule[] = [
    {
      name: 'outbox events',
      sweep: async (manager, before) => {
        const [, deleted] = (await manager.query('DELETE FROM outbox_events WHERE created_at < $1', [before])) as [unknown, number];
        return deleted;
      },
    },
  ];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Adds a rule; the module that owns the records calls this once, at start. */
  register(rule: RetentionRule): void {
    if (this.rules.some((existing) => existing.name === rule.name)) throw new Error(`Retention rule ${rule.name} registered twice`);
    this.rules.push(rule);
  }

  /** Starts the hourly sweep (bootstrap calls it once the app is up). */
  start(): void {
    if (this.timer) return;
    const run = (delay: number) => {
      this.timer = setTimeout(() => {
        void this.sweepOnce()
          .catch((error: unknown) => this.logger.error(error instanceof Error ? error.message : String(error)))
          .finally(() => run(HOUR_MS));
      }, delay);
      this.timer.unref();
    };
    run(FIRST_SWEEP_MS);
  }

  beforeApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  /** Deletes what every rule no longer needs as of `now`, each rule in its own short transaction; counts by rule. */
  async sweepOnce(now = new Date()): Promise<Record<string, number>> {
    const before = new Date(now.getTime() - this.config.eventRetentionDays * 24 * HOUR_MS);
    const deleted: Record<string, number> = {};
    for (const rule of this.rules) deleted[rule.name] = await this.dataSource.transaction((manager) => rule.sweep(manager, before));
    return deleted;
  }
}
