import { Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import { deliveryFor, isNotificationKind, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, type NotificationKind } from '@ocmf/standard';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { inSystemTransaction } from '../database/system-transaction.js';
import { MailQueue } from '../email/mail-queue.js';
import { verifyUnsubscribe } from '../email/unsubscribe-token.js';
import { NotificationPreferenceEntity } from './notification.entity.js';

const DIGESTS = { DAILY_DIGEST: 'daily digest', WEEKLY_DIGEST: 'weekly digest' } as const;

/**
 * The link at the foot of every notification email and digest, and its RFC 8058 one-click form: it works with no
 * session because the token is signed for one person and one scope. GET shows what it will turn off and a button
 * (link checkers that follow links must not unsubscribe anyone); POST turns it off: that kind of email, or the whole
 * digest, becomes "in the app only".
 */
@Controller('email')
export class UnsubscribeController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly mail: MailQueue,
  ) {}

  @Get('unsubscribe')
  async confirm(@Query('token') token: string | undefined, @Res() res: Response): Promise<void> {
    const scope = await this.scope(token);
    if (!scope)
      return this.page(
        res,
        400,
        'This unsubscribe link is not valid',
        '<p>It may have been cut short. Use the link in the email as it is, or change what you receive in your settings.</p>',
      );
    const action = `/email/unsubscribe?token=${encodeURIComponent(token!)}`;
    this.page(
      res,
      200,
      'Unsubscribe',
      `<p>Stop emails for: <strong>${escapeHtml(scope.label)}</strong>. You will still see these notifications in the app.</p>
<form method="post" action="${escapeHtml(action)}"><button type="submit">Unsubscribe</button></form>`,
    );
  }

  @Post('unsubscribe')
  async unsubscribe(@Query('token') token: string | undefined, @Res() res: Response): Promise<void> {
    const scope = await this.scope(token);
    if (!scope) return this.page(res, 400, 'This unsubscribe link is not valid', '<p>Nothing was changed.</p>');
    await inSystemTransaction(this.dataSource, async (ctx) => {
      const chosen = Object.fromEntries(
        (await ctx.manager.findBy(NotificationPreferenceEntity, { userId: scope.userId })).map((row) => [row.kind, row.delivery]),
      );
      for (const kind of scope.kinds) {
        if (deliveryFor(kind, chosen) === 'IN_APP') continue;
        await ctx.manager.upsert(NotificationPreferenceEntity, { userId: scope.userId, kind, delivery: 'IN_APP' }, ['userId', 'kind']);
      }
    });
    this.page(
      res,
      200,
      'You are unsubscribed',
      `<p>No more emails for: <strong>${escapeHtml(scope.label)}</strong>. Change this any time in your settings.</p>`,
    );
  }

  /** Who and what a token turns off: one kind, or every kind the person has in that digest now. */
  private async scope(token: string | undefined): Promise<{ userId: string; kinds: NotificationKind[]; label: string } | null> {
    if (!token) return null;
    const verified = verifyUnsubscribe(await this.mail.key(this.dataSource.manager), token);
    if (!verified) return null;
    if (isNotificationKind(verified.scope)) {
      return { userId: verified.userId, kinds: [verified.scope], label: NOTIFICATION_KIND_LABELS[verified.scope] };
    }
    if (verified.scope === 'DAILY_DIGEST' || verified.scope === 'WEEKLY_DIGEST') {
      const digest = verified.scope;
      const chosen = Object.fromEntries(
        (await this.dataSource.manager.findBy(NotificationPreferenceEntity, { userId: verified.userId })).map((row) => [
          row.kind,
          row.delivery,
        ]),
      );
      const kinds = NOTIFICATION_KINDS.filter((kind) => deliveryFor(kind, chosen) === digest);
      return { userId: verified.userId, kinds, label: `the ${DIGESTS[digest]}` };
    }
    return null;
  }

  private page(res: Response, status: number, title: string, body: string): void {
    res
      .status(status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · OCMF Commons</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}<p><a href="/settings">Your settings</a></p></main></body></html>`,
      );
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
