import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { signUnsubscribe } from './unsubscribe-token.js';

export type QueuedEmail = {
  recipientId: string | null;
  to: string;
  subject: string;
  text: string;
  /** What its unsubscribe link turns off; null for account emails (reset, verification), which carry none. */
  unsubscribeScope: string | null;
  /** Makes the email exist once: the same key again writes nothing. */
  dedupeKey: string;
};

/**
 * Writes emails to send into `email_messages`, inside the caller's transaction: an email decided by a change that
 * rolls back is never sent, one that commits is sent even if the process dies the next moment (the mail worker
 * finds it). Without SMTP_URL nothing is written: email is off.
 */
@Injectable()
export class MailQueue {
  private signingKey: string | undefined;
  private readonly wakers: (() => void)[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.smtpUrl !== undefined;
  }

  /** Queues one email; returns its id, or null when email is off or it was queued already. */
  async queue(ctx: RequestContext, email: QueuedEmail): Promise<string | null> {
    if (!this.enabled) return null;
    const token =
      email.unsubscribeScope && email.recipientId
        ? await this.unsubscribeToken(ctx.manager, email.recipientId, email.unsubscribeScope)
        : null;
    const rows = (await ctx.manager.query(
      `INSERT INTO email_messages (recipient_id, to_address, subject, text_body, unsubscribe_token, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [email.recipientId, email.to, email.subject, email.text, token, email.dedupeKey],
    )) as { id: string }[];
    const id = rows[0]?.id ?? null;
    if (id) ctx.afterCommit(() => this.wakers.forEach((wake) => wake()));
    return id;
  }

  /** The mail worker asks to be woken when this process commits new email. */
  onQueued(wake: () => void): void {
    this.wakers.push(wake);
  }

  /** A path of the web app as an absolute link, for emails. */
  link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** The link that turns the scope off with one click, no session needed (RFC 8058). */
  unsubscribeUrl(token: string): string {
    return `${this.config.publicUrl}/email/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  async unsubscribeToken(manager: EntityManager, userId: string, scope: string): Promise<string> {
    return signUnsubscribe(await this.key(manager), { userId, scope });
  }

  /** The instance's signing key: made once (the first process to start wins), then read. */
  async key(manager: EntityManager): Promise<string> {
    if (this.signingKey) return this.signingKey;
    await manager.query('INSERT INTO email_signing_keys (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [
      randomBytes(32).toString('base64url'),
    ]);
    const [row] = (await manager.query('SELECT secret FROM email_signing_keys WHERE id = 1')) as { secret: string }[];
    this.signingKey = row!.secret;
    return this.signingKey;
  }
}
