import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  FOLLOW_KINDS,
  type FollowKind as FollowKindName,
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery as DeliveryName,
  type NotificationKind as KindName,
} from '@ocmf/standard';
import { listCost } from '../common/query-limits.js';
import { PageInfo } from '../proposals/proposal.types.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const NotificationKind = enumOf(NOTIFICATION_KINDS);
export type NotificationKind = KindName;
export const NotificationDelivery = enumOf(NOTIFICATION_DELIVERIES);
export type NotificationDelivery = DeliveryName;
export const FollowKind = enumOf(FOLLOW_KINDS);
export type FollowKind = FollowKindName;

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification is about.' });
registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'How a kind of notification reaches someone: always in the app, and by email at once or in a digest if chosen.',
});
registerEnumType(FollowKind, {
  name: 'FollowKind',
  description: 'What can be followed: a proposal (key: its number), a measure or category (key: its key), the releases (key: "all").',
});

@ObjectType('Notification', { description: 'Something one person is told, linking to the exact place.' })
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  title: string;

  @Field({ description: 'Plain text after the title (an excerpt, a deadline, a reason); may be empty.' })
  body: string;

  @Field({ description: 'The path in the web app, e.g. /proposals/12#comment-…' })
  url: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  actorId: string | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection {
  @Field(() => [NotificationType], { complexity: listCost(1) })
  nodes: NotificationType[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Unread notifications in all, whatever the page.' })
  unreadCount: number;
}

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  unreadOnly: boolean;
}

@InputType()
export class FollowInput {
  @Field(() => FollowKind)
  kind: FollowKind;

  @Field({ description: 'A proposal number, a measure or category key, or "all" for RELEASES.' })
  key: string;
}

@ObjectType('Follow', { description: 'Something the viewer follows.' })
export class FollowType {
  @Field(() => FollowKind)
  kind: FollowKind;

  @Field()
  key: string;

  @Field()
  following: boolean;

  @Field({ description: 'Followed by itself (authoring, commenting, voting) rather than by a click.' })
  automatic: boolean;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceType {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  delivery: NotificationDelivery;

  @Field({ description: 'The delivery is the default (the person has not chosen).' })
  isDefault: boolean;

  @Field()
  label: string;
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesType {
  @Field({ description: 'SMTP is configured: email deliveries are sent. Without it everything stays in the app.' })
  emailEnabled: boolean;

  @Field({ description: 'The IANA time zone digests are sent in (at 08:00).' })
  timeZone: string;

  @Field(() => [NotificationPreferenceType], { complexity: listCost(20) })
  kinds: NotificationPreferenceType[];
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  delivery: NotificationDelivery;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], { nullable: true })
  kinds?: NotificationPreferenceInput[] | null;

  @Field(() => String, { nullable: true, description: 'An IANA time zone such as Europe/Paris.' })
  timeZone?: string | null;
}
