import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DrainLoop } from '../outbox/drain-loop.js';
import { MailQueue } from './mail-queue.js';

const POLL_MS = 2000;
const BATCH = 10;
/** Longer than an SMTP exchange can take: a lease that runs out means its worker died. */
const LEASE_SECONDS = 120;
/** Seconds to wait after each failed attempt; after the last, the email is given up (FAILED). */
const RETRY_SECONDS = [30, 300, 1800, 7200, 21_600];

type Claim = {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  unsubscribe_token: string | null;
  attempt_count: number;
};

/**
 * Sends queued email. Like the webhook worker: a due row is leased by one short statement (`FOR UPDATE SKIP
 * LOCKED`, then `locked_until`), the SMTP exchange runs with no transaction open, and the result is recorded fenced
 * by the attempt number. Each email keeps one Message-ID across attempts. A worker that dies mid-send leaves a
 * lease that runs out, and the email is tried again.
 */
@Injectable()
export class MailWorker implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private transporter: Transporter | undefined;
  private readonly loop = new DrainLoop(() => this.drainOnce(), POLL_MS, this.logger);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    queue: MailQueue,
  ) {
    queue.onQueued(() => this.wake());
  }

  /** Starts the loop (bootstrap calls it). MAIL_WORKER=off, or no SMTP_URL, leaves it stopped. */
  start(): void {
    if (!this.config.mailWorker || !this.config.smtpUrl) return;
    this.loop.start();
  }

  wake(): void {
    this.loop.wake();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    this.transporter?.close();
  }

  /** Sends every email due now, batch by batch; returns how many attempts it made. */
  async drainOnce(): Promise<number> {
    if (!this.config.smtpUrl) return 0;
    let made = 0;
    for (;;) {
      const claims = await this.claim();
      if (claims.length === 0) return made;
      for (const claim of claims) await this.send(claim);
      made += claims.length;
      if (this.loop.stopped) return made;
    }
  }

  private async claim(): Promise<Claim[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE email_messages m SET attempt_count = m.attempt_count + 1, locked_until = now() + make_interval(secs => $2)
        WHERE m.id IN (SELECT c.id FROM email_messages c
                        WHERE c.status = 'PENDING' AND c.next_attempt_at <= now()
                          AND (c.locked_until IS NULL OR c.locked_until < now())
                        ORDER BY c.next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING m.id, m.to_address, m.subject, m.text_body, m.unsubscribe_token, m.attempt_count`,
      [BATCH, LEASE_SECONDS],
    )) as [Claim[], number];
    return rows;
  }

  private async send(claim: Claim): Promise<void> {
    let error: string | null = null;
    try {
      await this.transport().sendMail(this.message(claim));
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    const retry = error === null ? null : (RETRY_SECONDS[claim.attempt_count - 1] ?? null);
    const status = error === null ? 'SENT' : retry === null ? 'FAILED' : 'PENDING';
    if (error) this.logger.warn(`email ${claim.id} not sent (attempt ${claim.attempt_count}): ${error}`);
    await this.dataSource.query(
      `UPDATE email_messages
          SET status = $3::email_status, locked_until = NULL, last_error = $4, sent_at = CASE WHEN $6 THEN now() ELSE sent_at END,
              next_attempt_at = now() + make_interval(secs => COALESCE($5, 0)::double precision)
        WHERE id = $1 AND attempt_count = $2`,
      [claim.id, claim.attempt_count, status, error, retry, error === null],
    );
  }

  private message(claim: Claim): SendMailOptions {
    const host = new URL(this.config.publicUrl).hostname;
    const unsubscribe = claim.unsubscribe_token
      ? `${this.config.publicUrl}/email/unsubscribe?token=${encodeURIComponent(claim.unsubscribe_token)}`
      : null;
    return {
      from: this.config.mailFrom,
      to: claim.to_address,
      subject: claim.subject,
      text: unsubscribe ? `${claim.text_body}\n\n--\nStop these emails with one click: ${unsubscribe}\n` : claim.text_body,
      messageId: `<${claim.id}@${host}>`,
      headers: unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {},
    };
  }

  private transport(): Transporter {
    this.transporter ??= nodemailer.createTransport(this.config.smtpUrl!);
    return this.transporter;
  }
}
