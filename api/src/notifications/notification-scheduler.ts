import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { dueDigests, NOTIFICATION_KIND_LABELS, type NotificationKind, VOTE_REMINDER_HOURS } from '@ocmf/standard';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { inSystemTransaction } from '../database/system-transaction.js';
import { MailQueue } from '../email/mail-queue.js';
import { NotificationConsumer } from './notification-consumer.js';

const POLL_MS = 60_000;

type DigestItem = { kind: NotificationKind; title: string; body: string; path: string };

/**
 * What is due by the clock rather than by an event: reminding electors who have not voted a day before a vote
 * closes, and the daily and weekly digests at 08:00 in each person's time zone. Both are written so that running
 * twice (two replicas, a restart) changes nothing: a reminder's dedupe key is its ballot, a digest's its person and
 * local date, and the email is queued in the same transaction that marks its notifications as digested. Tests call
 * `runOnce(now)` with the time they want.
 */
@Injectable()
export class NotificationScheduler implements OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly consumer: NotificationConsumer,
    private readonly mail: MailQueue,
  ) {}

  start(): void {
    if (this.config.notificationScheduler && !this.timer) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  async runOnce(now: Date = new Date()): Promise<{ reminded: number; digests: number }> {
    return { reminded: await this.remind(now), digests: await this.digest(now) };
  }

  /** Electors of votes closing within a day (opened more than a day before their deadline) who have not voted. */
  async remind(now: Date): Promise<number> {
    return inSystemTransaction(this.dataSource, async (ctx) => {
      const due = (await ctx.manager.query(
        `SELECT b.id AS ballot_id, p.number, p.title, b.closes_at, array_agg(e.user_id) AS electors
           FROM ballots b JOIN proposals p ON p.id = b.proposal_id JOIN ballot_electors e ON e.ballot_id = b.id
          WHERE b.closed_at IS NULL AND b.closes_at > $1 AND b.closes_at <= $1 + make_interval(hours => $2)
            AND b.opened_at < b.closes_at - make_interval(hours => $2)
            AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.ballot_id = b.id AND v.voter_id = e.user_id)
          GROUP BY b.id, p.number, p.title, b.closes_at`,
        [now, VOTE_REMINDER_HOURS],
      )) as { ballot_id: string; number: number; title: string; closes_at: Date; electors: string[] }[];
      let reminded = 0;
      for (const ballot of due) {
        const told = await this.consumer.write(
          ctx,
          ballot.electors,
          {
            kind: 'VOTE_CLOSING_SOON',
            title: `The vote on #${ballot.number} ${ballot.title} closes soon, and you have not voted`,
            body: `It closes at ${ballot.closes_at.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
            path: `/proposals/${ballot.number}#voting-title`,
          },
          null,
          `reminder:${ballot.ballot_id}`,
        );
        reminded += told.length;
      }
      return reminded;
    });
  }

  /**
   * Queues each digest due now: one email per person and period with something in it (empty periods send nothing).
   * An unconfirmed address gets none; what it missed waits, and the first digest after confirming collects it.
   */
  async digest(now: Date): Promise<number> {
    if (!this.mail.enabled) return 0;
    const pending = (await this.dataSource.query(
      `SELECT DISTINCT n.recipient_id, n.delivery, u.time_zone
         FROM notifications n JOIN users u ON u.id = n.recipient_id
        WHERE n.digest_message_id IS NULL AND n.delivery IN ('DAILY_DIGEST', 'WEEKLY_DIGEST') AND n.created_at <= $1
          AND u.deactivated_at IS NULL AND u.email_verified_at IS NOT NULL`,
      [now],
    )) as { recipient_id: string; delivery: 'DAILY_DIGEST' | 'WEEKLY_DIGEST'; time_zone: string }[];
    let queued = 0;
    for (const row of pending) {
      const period = row.delivery === 'DAILY_DIGEST' ? 'DAILY' : 'WEEKLY';
      const due = dueDigests(now, row.time_zone).find((digest) => digest.period === period);
      if (!due) continue;
      if (await this.queueDigest(row.recipient_id, row.delivery, due.key, now)) queued += 1;
    }
    return queued;
  }

  private queueDigest(userId: string, delivery: 'DAILY_DIGEST' | 'WEEKLY_DIGEST', periodKey: string, now: Date): Promise<boolean> {
    return inSystemTransaction(this.dataSource, async (ctx) => {
      const items = (await ctx.manager.query(
        `SELECT id, kind, title, body, path FROM notifications
          WHERE recipient_id = $1 AND delivery = $2 AND digest_message_id IS NULL AND created_at <= $3
          ORDER BY created_at FOR UPDATE SKIP LOCKED`,
        [userId, delivery, now],
      )) as (DigestItem & { id: string })[];
      if (items.length === 0) return false;
      const [user] = (await ctx.manager.query('SELECT email FROM users WHERE id = $1', [userId])) as { email: string }[];
      const daily = delivery === 'DAILY_DIGEST';
      const id = await this.mail.queue(ctx, {
        recipientId: userId,
        to: user!.email,
        subject: `Your ${daily ? 'daily' : 'weekly'} OCMF Commons digest: ${items.length} ${items.length === 1 ? 'update' : 'updates'}`,
        text: this.digestText(items, daily),
        unsubscribeScope: delivery,
        dedupeKey: `digest:${userId}:${periodKey}`,
      });
      // Already queued for this period (another replica, or a run before a restart): these wait for the next one.
      if (!id) return false;
      await ctx.manager.query('UPDATE notifications SET digest_message_id = $1 WHERE id = ANY($2::uuid[])', [
        id,
        items.map((item) => item.id),
      ]);
      return true;
    });
  }

  private digestText(items: DigestItem[], daily: boolean): string {
    const groups = new Map<NotificationKind, DigestItem[]>();
    for (const item of items) groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);
    const sections = [...groups].map(
      ([kind, group]) =>
        `${NOTIFICATION_KIND_LABELS[kind]}\n${group.map((item) => `- ${item.title}${item.body ? `\n  ${item.body}` : ''}\n  ${this.mail.link(item.path)}`).join('\n')}`,
    );
    return `What happened on OCMF Commons ${daily ? 'since your last digest' : 'this week'}:\n\n${sections.join('\n\n')}\n\nAll your notifications: ${this.mail.link('/notifications')}\nChoose what you receive: ${this.mail.link('/settings')}\n`;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => {
          if (!this.stopped) this.logger.error(error instanceof Error ? error.message : String(error));
        })
        .finally(() => this.schedule(POLL_MS));
    }, delay);
    this.timer.unref();
  }
}
