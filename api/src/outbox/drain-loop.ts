import type { Logger } from '@nestjs/common';

/**
 * The polling loop of a worker that drains leased rows (webhook deliveries, emails): once started it drains, then
 * waits `pollMs`, and again; `wake()` drains at once (or right after the drain under way, if one is); `stop()` ends
 * the loop and waits for the drain under way, so its last attempts are recorded before the database closes.
 */
export class DrainLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private started = false;
  private stoppedFlag = false;

  constructor(
    private readonly drain: () => Promise<unknown>,
    private readonly pollMs: number,
    private readonly logger: Logger,
  ) {}

  /** True once stopped: a drain checks it between batches. */
  get stopped(): boolean {
    return this.stoppedFlag;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.schedule(0);
  }

  /** New work was committed: drain now instead of at the next poll. */
  wake(): void {
    if (!this.started || this.stoppedFlag) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stoppedFlag = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delay: number): void {
    if (this.stoppedFlag) return;
    this.timer = setTimeout(() => {
      this.again = false;
      this.running = this.drain()
        .then(() => undefined)
        .catch((error: unknown) => {
          if (!this.stoppedFlag) this.logger.error(error instanceof Error ? error.message : String(error));
        })
        .finally(() => {
          this.running = undefined;
          this.schedule(this.again ? 0 : this.pollMs);
        });
    }, delay);
    this.timer.unref();
  }
}
