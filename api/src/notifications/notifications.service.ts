import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_DELIVERY, deliveryFor, isTimeZone, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS } from '@ocmf/standard';
import { z } from 'zod';
import { CommonErrors } from '../common/domain-error.js';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { FrameworkService } from '../framework/framework.service.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { UserEntity } from '../users/user.entity.js';
import { FollowEntity, NotificationEntity, NotificationPreferenceEntity } from './notification.entity.js';
import type {
  FollowInput,
  FollowType,
  NotificationConnection,
  NotificationPreferencesType,
  NotificationsArgs,
  NotificationType,
  UpdateNotificationPreferencesInput,
} from './notifications.types.js';

const MAX_PAGE = 100;
const idsSchema = z.array(z.uuid('is not a notification id')).max(500, 'must list at most 500 ids');
const timeZoneSchema = z.string().trim().refine(isTimeZone, 'is not a time zone this server knows (use an IANA name such as Europe/Paris)');

/** The viewer's notifications, what they follow, and how they want to be told. Everything here is the viewer's own. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly framework: FrameworkService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Newest first; the cursor is a notification id, so pages are exact whatever the clock's precision. */
  async list(ctx: RequestContext, args: NotificationsArgs): Promise<NotificationConnection> {
    const user = requireUser(ctx);
    const first = Math.min(Math.max(args.first, 0), MAX_PAGE);
    const query = ctx.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.recipient_id = :user', { user: user.id })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(first + 1);
    if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
    if (args.after) {
      const after = parseInput(z.uuid('is not a cursor this API returned'), args.after, 'after');
      query.andWhere(
        '(n.created_at, n.id) < (SELECT c.created_at, c.id FROM notifications c WHERE c.id = :after AND c.recipient_id = :user)',
        {
          after,
        },
      );
    }
    const rows = await query.getMany();
    const page = rows.slice(0, first);
    return {
      nodes: page.map(toType),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.at(-1)?.id ?? null },
      unreadCount: await this.unreadCount(ctx, user.id),
    };
  }

  async unreadCount(ctx: RequestContext, userId: string): Promise<number> {
    const [row] = (await ctx.manager.query('SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND read_at IS NULL', [
      userId,
    ])) as { count: number }[];
    return row?.count ?? 0;
  }

  /** Marks the given notifications read (only the viewer's own), or every unread one when no ids are given. */
  async markRead(ctx: RequestContext, ids: string[] | null | undefined): Promise<number> {
    const user = requireUser(ctx);
    if (ids && ids.length > 0) {
      const valid = parseInput(idsSchema, ids, 'ids');
      await ctx.manager.query(
        'UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL AND id = ANY($2::uuid[])',
        [user.id, valid],
      );
    } else {
      await ctx.manager.query('UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL', [user.id]);
    }
    return this.unreadCount(ctx, user.id);
  }

  async databaseNow(ctx: RequestContext): Promise<Date> {
    const [row] = (await ctx.manager.query('SELECT clock_timestamp() AS now')) as { now: Date }[];
    return row!.now;
  }

  /** The newest 50 unread notifications since `since` not yet in `seen`, oldest first: what a live subscription pushes next. */
  async newSince(ctx: RequestContext, userId: string, since: Date, seen: ReadonlySet<string>): Promise<NotificationType[]> {
    const rows = await ctx.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.recipient_id = :userId AND n.read_at IS NULL AND n.created_at >= :since', { userId, since })
      .orderBy('n.created_at', 'DESC')
      .limit(50)
      .getMany();
    return rows
      .filter((row) => !seen.has(row.id))
      .reverse()
      .map(toType);
  }

  async follows(ctx: RequestContext): Promise<FollowType[]> {
    const user = requireUser(ctx);
    const rows = await ctx.manager.find(FollowEntity, { where: { userId: user.id }, order: { createdAt: 'DESC' } });
    const releases = rows.some((row) => row.kind === 'RELEASES');
    // Releases are followed unless a row says not.
    return [...(releases ? [] : [{ kind: 'RELEASES' as const, key: 'all', following: true, automatic: true }]), ...rows.map(toFollow)];
  }

  /** Whether the viewer follows something (RELEASES: unless they unfollowed). */
  async isFollowing(ctx: RequestContext, input: FollowInput): Promise<boolean> {
    if (!ctx.user) return false;
    const row = await ctx.manager.findOneBy(FollowEntity, { userId: ctx.user.id, kind: input.kind, key: input.key });
    return row ? row.following : input.kind === 'RELEASES';
  }

  async follow(ctx: RequestContext, input: FollowInput, following: boolean): Promise<FollowType> {
    const user = requireUser(ctx);
    const key = await this.checkedKey(ctx, input);
    await ctx.manager.query(
      `INSERT INTO follows (user_id, kind, key, following, automatic) VALUES ($1, $2, $3, $4, false)
       ON CONFLICT (user_id, kind, key) DO UPDATE SET following = EXCLUDED.following, automatic = false`,
      [user.id, input.kind, key, following],
    );
    return { kind: input.kind, key, following, automatic: false };
  }

  async preferences(ctx: RequestContext): Promise<NotificationPreferencesType> {
    const user = requireUser(ctx);
    const rows = await ctx.manager.findBy(NotificationPreferenceEntity, { userId: user.id });
    const chosen = Object.fromEntries(rows.map((row) => [row.kind, row.delivery]));
    const account = await ctx.manager.findOneByOrFail(UserEntity, { id: user.id });
    return {
      emailEnabled: this.config.smtpUrl !== undefined,
      timeZone: account.timeZone,
      kinds: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        delivery: deliveryFor(kind, chosen),
        isDefault: chosen[kind] === undefined,
        label: NOTIFICATION_KIND_LABELS[kind],
      })),
    };
  }

  async updatePreferences(ctx: RequestContext, input: UpdateNotificationPreferencesInput): Promise<NotificationPreferencesType> {
    const user = requireUser(ctx);
    if (input.timeZone != null) {
      const timeZone = parseInput(timeZoneSchema, input.timeZone, 'input.timeZone');
      await ctx.manager.update(UserEntity, { id: user.id }, { timeZone });
    }
    for (const { kind, delivery } of input.kinds ?? []) {
      if (delivery === DEFAULT_DELIVERY[kind]) await ctx.manager.delete(NotificationPreferenceEntity, { userId: user.id, kind });
      else await ctx.manager.upsert(NotificationPreferenceEntity, { userId: user.id, kind, delivery }, ['userId', 'kind']);
    }
    return this.preferences(ctx);
  }

  /** The key as stored, once what it names exists and the viewer may see it. */
  private async checkedKey(ctx: RequestContext, input: FollowInput): Promise<string> {
    const key = input.key.trim();
    switch (input.kind) {
      case 'PROPOSAL': {
        const number = Number(key);
        if (!Number.isInteger(number) || number < 1)
          throw CommonErrors.badInput([{ path: 'input.key', message: 'must be a proposal number' }]);
        await this.proposals.find(ctx, number);
        return String(number);
      }
      case 'MEASURE':
        await this.framework.measure(ctx, key);
        return key;
      case 'CATEGORY':
        await this.framework.category(ctx, key);
        return key;
      case 'RELEASES':
        if (key !== 'all') throw CommonErrors.badInput([{ path: 'input.key', message: 'must be "all" for RELEASES' }]);
        return key;
    }
  }
}

export function toType(row: NotificationEntity): NotificationType {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    url: row.path,
    createdAt: row.createdAt,
    readAt: row.readAt,
    actorId: row.actorId,
  };
}

function toFollow(row: FollowEntity): FollowType {
  return { kind: row.kind, key: row.key, following: row.following, automatic: row.automatic };
}
