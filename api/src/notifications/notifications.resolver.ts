import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { SignedIn } from '../auth/guards.js';
import { Ctx, type RequestContext, requireUser, resetLoaders } from '../common/request-context.js';
import { listCost } from '../common/query-limits.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { EventBus, project } from '../events/event-bus.js';
import { NOTIFYING_EVENT_TYPES } from './notification-consumer.js';
import {
  FollowInput,
  FollowType,
  NotificationConnection,
  NotificationPreferencesType,
  NotificationsArgs,
  NotificationType,
  UpdateNotificationPreferencesInput,
} from './notifications.types.js';
import { NotificationsService } from './notifications.service.js';

/** How far before a subscription starts it looks for notifications the client may have missed. */
const NOTIFICATION_LOOKBACK_MS = 60_000;

@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly events: EventBus,
  ) {}

  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first.", complexity: listCost(20, 'first') })
  @SignedIn()
  notifications(@Ctx() ctx: RequestContext, @Args() args: NotificationsArgs): Promise<NotificationConnection> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => Int, { description: 'Marks these notifications read; with no ids, all of them. Answers the unread count left.' })
  @SignedIn()
  @Transactional()
  markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return this.service.markRead(ctx, ids);
  }

  @Query(() => [FollowType], { description: 'What the viewer follows (and has unfollowed).', complexity: listCost(200) })
  @SignedIn()
  follows(@Ctx() ctx: RequestContext): Promise<FollowType[]> {
    return this.service.follows(ctx);
  }

  @Query(() => Boolean, { description: 'Whether the viewer follows this; false when signed out.' })
  isFollowing(@Ctx() ctx: RequestContext, @Args('input') input: FollowInput): Promise<boolean> {
    return this.service.isFollowing(ctx, input);
  }

  @Mutation(() => FollowType, { description: 'Follow a proposal, a measure, a category, or the releases ("Watch releases").' })
  @SignedIn()
  @Transactional()
  follow(@Ctx() ctx: RequestContext, @Args('input') input: FollowInput): Promise<FollowType> {
    return this.service.follow(ctx, input, true);
  }

  @Mutation(() => FollowType, { description: 'Stop following; following by itself (commenting, voting) does not start again.' })
  @SignedIn()
  @Transactional()
  unfollow(@Ctx() ctx: RequestContext, @Args('input') input: FollowInput): Promise<FollowType> {
    return this.service.follow(ctx, input, false);
  }

  @Query(() => NotificationPreferencesType)
  @SignedIn()
  notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferencesType> {
    return this.service.preferences(ctx);
  }

  @Mutation(() => NotificationPreferencesType, { description: 'How each kind reaches the viewer, and the time zone of their digests.' })
  @SignedIn()
  @Transactional()
  updateNotificationPreferences(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferencesType> {
    return this.service.updatePreferences(ctx, input);
  }

  @Subscription(() => NotificationType, {
    description:
      'Pushes each new notification of the signed-in viewer (the bell); at the start, the newest unread one of the minute before, if any, so none is missed between reading the count and subscribing.',
    resolve: (payload: NotificationType) => payload,
  })
  notificationAdded(@Ctx() ctx: RequestContext): AsyncIterableIterator<NotificationType> {
    const user = requireUser(ctx);
    // Listen first, then look back: a notification is stamped when it is inserted but can be read only once its
    // transaction commits, and the client read its count before subscribing. Unread ones written in the minute before
    // the subscription started are pushed once at the start (the client only reads its count again, so an extra
    // push costs one query and a missed one would leave the bell wrong). The database's clock marks the start,
    // as it stamps notifications.
    const events = this.events.stream();
    const since = this.service.databaseNow(ctx).then((now) => new Date(now.getTime() - NOTIFICATION_LOOKBACK_MS));
    const seen = new Set<string>();
    const newest = async (): Promise<NotificationType | null> => {
      resetLoaders(ctx);
      const added = await this.service.newSince(ctx, user.id, await since, seen);
      for (const notification of added) seen.add(notification.id);
      // One push at a time, the newest: the client reads the count and the list afresh.
      return added.at(-1) ?? null;
    };
    return (async function* () {
      try {
        const first = await newest();
        if (first) yield first;
        yield* project(events, (event) => (NOTIFYING_EVENT_TYPES.has(event.type) ? newest() : Promise.resolve(null)));
      } finally {
        await events.return?.();
      }
    })();
  }
}
