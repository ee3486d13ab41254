import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

/**
 * Fixed-window limit on failed sign-ins, per email and per client address, so neither guessing one
 * account's password nor spraying many accounts from one address gets far. Kept in memory: with several
 * API replicas each enforces its own window (documented in the README).
 */
@Injectable()
export class LoginRateLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Seconds until a new attempt is allowed, or 0 if it is allowed now. */
  retryAfter(email: string, ip: string, now = Date.now()): number {
    let wait = 0;
    for (const key of this.keys(email, ip)) {
      const entry = this.failures.get(key);
      if (entry && entry.resetAt > now && entry.count >= this.limitFor(key)) {
        wait = Math.max(wait, Math.ceil((entry.resetAt - now) / 1000));
      }
    }
    return wait;
  }

  recordFailure(email: string, ip: string, now = Date.now()): void {
    for (const key of this.keys(email, ip)) {
      const entry = this.failures.get(key);
      if (!entry || entry.resetAt <= now) {
        this.failures.set(key, { count: 1, resetAt: now + this.config.loginWindowSeconds * 1000 });
      } else {
        entry.count += 1;
      }
    }
    if (this.failures.size > 10_000) this.sweep(now);
  }

  recordSuccess(email: string): void {
    this.failures.delete(`email:${email}`);
  }

  private keys(email: string, ip: string): string[] {
    return [`email:${email}`, `ip:${ip}`];
  }

  /** An address may be shared (an office behind one NAT), so it gets more room than one account. */
  private limitFor(key: string): number {
    return key.startsWith('ip:') ? this.config.loginMaxAttempts * 5 : this.config.loginMaxAttempts;
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.failures) if (entry.resetAt <= now) this.failures.delete(key);
  }
}
