import type { AppConfig } from '../config/config.js';
import { LoginRateLimiter } from './login-rate-limiter.js';

const config = { loginMaxAttempts: 3, loginWindowSeconds: 60 } as AppConfig;

describe('LoginRateLimiter', () => {
  it('allows attempts until the per-email limit, then asks to wait until the window ends', () => {
    const limiter = new LoginRateLimiter(config);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('a@x.org', '10.0.0.1', t0)).toBe(0);
      limiter.recordFailure('a@x.org', '10.0.0.1', t0);
    }
    expect(limiter.retryAfter('a@x.org', '10.0.0.1', t0 + 1000)).toBe(59);
    expect(limiter.retryAfter('a@x.org', '10.0.0.2', t0 + 1000)).toBe(59);
    expect(limiter.retryAfter('b@x.org', '10.0.0.1', t0 + 1000)).toBe(0);
    expect(limiter.retryAfter('a@x.org', '10.0.0.1', t0 + 60_000)).toBe(0);
  });

  it('limits one address spraying many accounts at five times the per-email limit', () => {
    const limiter = new LoginRateLimiter(config);
    for (let i = 0; i < 15; i++) limiter.recordFailure(`user${i}@x.org`, '10.0.0.9', 0);
    expect(limiter.retryAfter('fresh@x.org', '10.0.0.9', 1000)).toBeGreaterThan(0);
    expect(limiter.retryAfter('fresh@x.org', '10.0.0.8', 1000)).toBe(0);
  });

  it('forgets an account’s failures after a successful sign-in', () => {
    const limiter = new LoginRateLimiter(config);
    limiter.recordFailure('a@x.org', '10.0.0.1', 0);
    limiter.recordFailure('a@x.org', '10.0.0.1', 0);
    limiter.recordSuccess('a@x.org');
    limiter.recordFailure('a@x.org', '10.0.0.1', 0);
    expect(limiter.retryAfter('a@x.org', '10.0.0.3', 0)).toBe(0);
  });
});
