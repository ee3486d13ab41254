import {
  FOLLOW_KINDS,
  type FollowKind,
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from '@ocmf/standard';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/**
 * One thing one person is told, in the app (and by email as they chose). Written by the notifications consumer in
 * the transaction of the change it is about; `dedupe_key` (the outbox event and kind, or the reminder it is) keeps
 * a second write of the same notice out.
 */
@Entity('notifications')
@Index('notifications_recipient_dedupe_key', ['recipientId', 'dedupeKey'], { unique: true })
@Index('notifications_recipient_created_idx', ['recipientId', 'createdAt'])
@Index('notifications_unread_idx', ['recipientId'], { where: 'read_at IS NULL' })
@Index('notifications_digest_pending_idx', ['recipientId', 'delivery'], {
  where: `digest_message_id IS NULL AND delivery IN ('DAILY_DIGEST', 'WEEKLY_DIGEST')`,
})
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient: Relation<UserEntity>;

  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind: NotificationKind;

  /** Who did it; null for what nobody did (a vote about to close). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** One line, e.g. "Ana replied to your comment on #12 Add Net ARR". */
  @Column({ type: 'text' })
  title: string;

  /** Plain text that follows the title (an excerpt, a deadline, a reason); may be empty. */
  @Column({ type: 'text', default: '' })
  body: string;

  /** The path in the app of the exact place: `/proposals/12#comment-…`. */
  @Column({ type: 'text' })
  path: string;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  /** How the recipient wanted this kind delivered when it was written. */
  @Column({ type: 'enum', enum: NOTIFICATION_DELIVERIES, enumName: 'notification_delivery' })
  delivery: NotificationDelivery;

  /** clock_timestamp(): several notices of one transaction keep their order. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** The digest email that carried it, once one has. */
  @Column({ name: 'digest_message_id', type: 'uuid', nullable: true })
  digestMessageId: string | null;
}

/**
 * What someone follows. A row with `following = false` records an unfollow, so following automatically (one's own
 * proposals, those one comments or votes on) never overrides it. RELEASES (key "all") is followed unless a row says not.
 */
@Entity('follows')
@Index('follows_target_idx', ['kind', 'key'], { where: 'following' })
export class FollowEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @PrimaryColumn({ type: 'enum', enum: FOLLOW_KINDS, enumName: 'follow_kind' })
  kind: FollowKind;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'boolean', default: true })
  following: boolean;

  /** Set when following began by itself (commenting, voting, authoring), not by a click. */
  @Column({ type: 'boolean', default: false })
  automatic: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A person's choice of delivery for one kind; a kind with no row uses DEFAULT_DELIVERY. */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @PrimaryColumn({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ type: 'enum', enum: NOTIFICATION_DELIVERIES, enumName: 'notification_delivery' })
  delivery: NotificationDelivery;
}
