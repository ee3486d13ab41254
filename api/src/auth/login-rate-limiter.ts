import { Inject, Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

/** Failures per email before each further attempt waits, and the longest wait. */
const FREE_FAILURES_PER_EMAIL = 3;
const MAX_EMAIL_DELAY_SECONDS = 60;

type Counter = { key: string; count: number; window_started_at: Date; blocked_until: Date | null; now: Date };

/**
 * Limits failed sign-ins without locking anyone out: per (email, address) pair and per address, a fixed window
 * (LOGIN_MAX_ATTEMPTS per LOGIN_WINDOW_SECONDS, five times that per address since offices share one), and per
 * email a delay that doubles with each failure beyond the first few, from any address, capped at a minute. Someone
 * guessing one account's password from many addresses gets a guess a minute; the owner, from their own address,
 * waits at most that long. The counters live in PostgreSQL, so all replicas share them.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Seconds until a sign-in for this email from this address is allowed, or 0 if it is allowed now. */
  async retryAfter(ctx: RequestContext, email: string, ip: string): Promise<number> {
    const keys = this.keys(email, ip);
    const rows = (await ctx.manager.query(
      `SELECT key, count, window_started_at, blocked_until, clock_timestamp() AS now FROM rate_limits WHERE key = ANY($1)`,
      [[keys.pair, keys.address, keys.email]],
    )) as Counter[];
    let wait = 0;
    for (const row of rows) {
      const now = row.now.getTime();
      if (row.blocked_until && row.blocked_until.getTime() > now) wait = Math.max(wait, row.blocked_until.getTime() - now);
      const limit =
        row.key === keys.pair ? this.config.loginMaxAttempts : row.key === keys.address ? this.config.loginMaxAttempts * 5 : null;
      const windowEnd = row.window_started_at.getTime() + this.config.loginWindowSeconds * 1000;
      if (limit !== null && row.count >= limit && windowEnd > now) wait = Math.max(wait, windowEnd - now);
    }
    return Math.ceil(wait / 1000);
  }

  async recordFailure(ctx: RequestContext, email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await this.increment(ctx, keys.pair, this.config.loginWindowSeconds);
    await this.increment(ctx, keys.address, this.config.loginWindowSeconds);
    const failures = await this.increment(ctx, keys.email, this.config.loginWindowSeconds);
    if (failures > FREE_FAILURES_PER_EMAIL) {
      const delay = Math.min(MAX_EMAIL_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES_PER_EMAIL - 1));
      await ctx.manager.query(`UPDATE rate_limits SET blocked_until = clock_timestamp() + make_interval(secs => $2) WHERE key = $1`, [
        keys.email,
        delay,
      ]);
    }
  }

  /** A successful sign-in clears that email's failures and its pair's; the address keeps its count. */
  async recordSuccess(ctx: RequestContext, email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await ctx.manager.query(`DELETE FROM rate_limits WHERE key = ANY($1)`, [[keys.pair, keys.email]]);
  }

  /**
   * Counts one more attempt under `key` in a window of `windowSeconds` (a new window once the old has passed) and
   * returns the count so far. One statement, so concurrent attempts are all counted.
   */
  async increment(ctx: RequestContext, key: string, windowSeconds: number): Promise<number> {
    const [row] = (await ctx.manager.query(
      `INSERT INTO rate_limits (key, count, window_started_at) VALUES ($1, 1, clock_timestamp())
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN rate_limits.window_started_at <= clock_timestamp() - make_interval(secs => $2) THEN 1 ELSE rate_limits.count + 1 END,
         window_started_at = CASE WHEN rate_limits.window_started_at <= clock_timestamp() - make_interval(secs => $2)
                                  THEN clock_timestamp() ELSE rate_limits.window_started_at END
       RETURNING count`,
      [key, windowSeconds],
    )) as { count: number }[];
    if (Math.random() < 0.01) await this.sweep(ctx);
    return Number(row!.count);
  }

  private keys(email: string, ip: string) {
    return { pair: `login:pair:${email}|${ip}`, address: `login:address:${ip}`, email: `login:email:${email}` };
  }

  /** Forgets counters whose windows are long over. */
  private async sweep(ctx: RequestContext): Promise<void> {
    await ctx.manager.query(
      `DELETE FROM rate_limits WHERE window_started_at < clock_timestamp() - interval '1 day'
         AND (blocked_until IS NULL OR blocked_until < clock_timestamp())`,
    );
  }
}
