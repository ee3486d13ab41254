import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { inSystemTransaction } from '../database/system-transaction.js';
import { ProposalEntity } from '../proposals/proposal.entity.js';
import { VotingService } from './voting.service.js';

const POLL_MS = 1000;

/**
 * Closes votes at their deadline with no request needed. The deadline itself is the schedule: it is a
 * column of the ballot, so nothing can be lost in a restart, and every replica may run this loop:
 * `FOR UPDATE SKIP LOCKED` gives each due ballot to one of them, and closing is idempotent anyway.
 */
@Injectable()
export class VotingCloser implements OnApplicationShutdown {
  private readonly logger = new Logger('VotingCloser');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly voting: VotingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts the loop (bootstrap calls it once the app is seeded, so the two never contend at start). */
  start(): void {
    if (this.config.votingCloser && !this.timer) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Closes every ballot whose deadline has passed; returns how many it closed. */
  async closeDue(): Promise<number> {
    let closed = 0;
    for (;;) {
      const done = await inSystemTransaction(this.dataSource, async (ctx) => {
        const [due] = (await ctx.manager.query(
          `SELECT id, proposal_id FROM ballots
            WHERE closed_at IS NULL AND closes_at <= clock_timestamp()
            ORDER BY closes_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
        )) as { id: string; proposal_id: string }[];
        if (!due) return true;
        const proposal = await ctx.manager.findOneByOrFail(ProposalEntity, { id: due.proposal_id });
        await this.voting.close(ctx, proposal, due.id);
        return false;
      });
      if (done) return closed;
      closed += 1;
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.closeDue()
        .then((count) => {
          if (count > 0) this.logger.log(`closed ${count} vote(s) at their deadline`);
        })
        .catch((error: unknown) => {
          if (!this.stopped) this.logger.error(error instanceof Error ? error.message : String(error));
        })
        .finally(() => this.schedule(POLL_MS));
    }, delay);
    this.timer.unref();
  }
}
