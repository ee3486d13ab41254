import { STATUS_CODES } from 'node:http';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { DEVELOPER_LIMITS } from '@ocmf/standard';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DrainLoop } from '../outbox/drain-loop.js';
import { inSystemTransaction } from '../database/system-transaction.js';
import { checkDestination } from './webhook-address.js';
import { type AttemptResult, postWebhook } from './webhook-http.js';
import { nextRetry, parseRetryAfter } from './webhook-retry.js';
import { webhookHeaders } from './webhook-signing.js';

const POLL_MS = 1000;
const BATCH = 10;
/** Longer than an attempt can take (DNS, then the 15 s timeout): a lease that runs out means its worker died. */
const LEASE_SECONDS = 60;

/** A delivery this worker has leased, with what the attempt needs of its endpoint. */
type Claim = {
  id: string;
  endpoint_id: string;
  message_id: string;
  event_type: string;
  body: string;
  attempt_count: number;
  failures: number;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_valid: boolean | null;
};

type Outcome = {
  at: Date;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  excerpt: string | null;
  retryAfterSeconds: number | null;
};

/**
 * Delivers webhooks. Every replica may run it: a due delivery is claimed by one short statement that leases it
 * (`FOR UPDATE SKIP LOCKED`, then `locked_until`), the HTTP call is made with no transaction open, and the attempt is
 * recorded in a second short transaction. Each attempt is thus made by one worker; a worker that dies mid-attempt
 * leaves a lease that runs out, and the delivery is attempted again (at least once; the webhook-id stays the same).
 */
@Injectable()
export class WebhookWorker implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private readonly loop = new DrainLoop(() => this.drainOnce(), POLL_MS, this.logger);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts the loop (bootstrap calls it once the app is seeded). WEBHOOK_WORKER=off leaves it stopped. */
  start(): void {
    if (!this.config.webhookWorker) return;
    this.loop.start();
  }

  /** New deliveries were committed: drain now instead of at the next poll. */
  wake(): void {
    this.loop.wake();
  }

  /** Stops polling and lets the attempts under way finish and be recorded, before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** Makes every attempt that is due now, batch by batch; returns how many it made. */
  async drainOnce(): Promise<number> {
    let made = 0;
    for (;;) {
      const claims = await this.claim();
      if (claims.length === 0) return made;
      await Promise.all(claims.map((claim) => this.attempt(claim)));
      made += claims.length;
      if (this.loop.stopped) return made;
    }
  }

  /** One statement: lease up to BATCH due deliveries of enabled endpoints, counting the attempt about to be made. */
  private async claim(): Promise<Claim[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE webhook_deliveries d
          SET attempt_count = d.attempt_count + 1, locked_until = now() + make_interval(secs => $2)
         FROM webhook_endpoints e
        WHERE e.id = d.endpoint_id
          AND d.id IN (SELECT c.id FROM webhook_deliveries c JOIN webhook_endpoints ce ON ce.id = c.endpoint_id
                        WHERE c.status = 'PENDING' AND c.next_attempt_at <= now()
                          AND (c.locked_until IS NULL OR c.locked_until < now()) AND ce.enabled
                        ORDER BY c.next_attempt_at
                        LIMIT $1
                        FOR UPDATE OF c SKIP LOCKED)
      RETURNING d.id, d.endpoint_id, d.message_id, d.event_type, d.body, d.attempt_count, d.failures,
                e.url, e.secret, e.previous_secret, e.previous_secret_expires_at > now() AS previous_valid`,
      [BATCH, LEASE_SECONDS],
    )) as [Claim[], number];
    return rows;
  }

  private async attempt(claim: Claim): Promise<void> {
    const at = new Date();
    let outcome: Outcome;
    try {
      outcome = await this.call(claim, at);
    } catch (error) {
      outcome = {
        at,
        statusCode: null,
        durationMs: 0,
        error: `could not be sent: ${String(error)}`,
        excerpt: null,
        retryAfterSeconds: null,
      };
    }
    await this.record(claim, outcome);
  }

  /** The HTTP call: the destination checked again (DNS can change), then POSTed to the address checked. */
  private async call(claim: Claim, at: Date): Promise<Outcome> {
    const check = await checkDestination(new URL(claim.url), this.config.webhooksAllowPrivate);
    if (!check.ok) {
      return { at, statusCode: null, durationMs: 0, error: `not sent: ${check.reason}`, excerpt: null, retryAfterSeconds: null };
    }
    const secrets = claim.previous_secret && claim.previous_valid ? [claim.secret, claim.previous_secret] : [claim.secret];
    const timestamp = Math.floor(at.getTime() / 1000);
    const result = await postWebhook(check.destination, webhookHeaders(secrets, claim.message_id, timestamp, claim.body), claim.body);
    return {
      at,
      statusCode: result.statusCode,
      durationMs: result.durationMs,
      error: describeFailure(result),
      excerpt: result.excerpt,
      retryAfterSeconds: result.statusCode === 429 || result.statusCode === 503 ? parseRetryAfter(result.retryAfter) : null,
    };
  }

  /** One short transaction: the attempt, the delivery's new state, and the endpoint's health. */
  private async record(claim: Claim, outcome: Outcome): Promise<void> {
    const succeeded = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const gone = outcome.statusCode === 410;
    const failures = succeeded ? claim.failures : claim.failures + 1;
    const retry = succeeded || gone ? null : nextRetry(this.config.webhookRetrySchedule, failures, outcome.retryAfterSeconds);
    const status = succeeded ? 'SUCCEEDED' : retry ? 'PENDING' : 'FAILED';
    await inSystemTransaction(this.dataSource, async ({ manager }) => {
      await manager.query(
        `INSERT INTO webhook_attempts (delivery_id, number, at, status_code, duration_ms, error, response_excerpt)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (delivery_id, number) DO NOTHING`,
        [claim.id, claim.attempt_count, outcome.at, outcome.statusCode, outcome.durationMs, outcome.error, outcome.excerpt],
      );
      // Fenced by the attempt number: if this lease ran out and another worker has claimed the delivery since,
      // its state is that worker's to set.
      await manager.query(
        `UPDATE webhook_deliveries
            SET status = $3, failures = $4, locked_until = NULL, last_attempt_at = $5,
                next_attempt_at = clock_timestamp() + make_interval(secs => $6::double precision),
                delivered_at = COALESCE($7, delivered_at)
          WHERE id = $1 AND attempt_count = $2`,
        [claim.id, claim.attempt_count, status, failures, outcome.at, retry?.retryInSeconds ?? null, succeeded ? outcome.at : null],
      );
      if (succeeded) {
        await manager.query('UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL', [
          claim.endpoint_id,
        ]);
        return;
      }
      const [[endpoint]] = (await manager.query(
        `UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $2) WHERE id = $1
          RETURNING failing_since, failing_since <= now() - make_interval(days => $3) AS failing_too_long`,
        [claim.endpoint_id, outcome.at, DEVELOPER_LIMITS.disableAfterFailingDays],
      )) as [{ failing_since: Date; failing_too_long: boolean }[], number];
      const reason = gone
        ? `It answered 410 Gone on ${outcome.at.toISOString()}, so nothing more is sent. Enable it again once it accepts webhooks.`
        : endpoint?.failing_too_long
          ? `Every delivery attempt failed for ${DEVELOPER_LIMITS.disableAfterFailingDays} days (since ${endpoint.failing_since.toISOString()}); the last: ${outcome.error ?? 'no answer'}. Enable it again once it accepts webhooks.`
          : null;
      if (reason) {
        await manager.query(
          `UPDATE webhook_endpoints SET enabled = false, disabled_reason = $2, disabled_at = now() WHERE id = $1 AND enabled`,
          [claim.endpoint_id, reason],
        );
        this.logger.warn(`webhook endpoint ${claim.endpoint_id} disabled: ${reason}`);
      }
    });
  }
}

/** Why an answered or unanswered attempt failed, in words; null for a 2xx answer. */
function describeFailure(result: AttemptResult): string | null {
  if (result.transportError !== null) return result.transportError;
  const code = result.statusCode ?? 0;
  if (code >= 200 && code < 300) return null;
  const answered = `answered ${code} ${STATUS_CODES[code] ?? ''}`.trim();
  if (code >= 300 && code < 400)
    return `${answered}: redirects are not followed${result.location ? ` (Location: ${result.location.slice(0, 200)})` : ''}`;
  if (code === 410) return `${answered}: the endpoint is disabled`;
  return answered;
}
