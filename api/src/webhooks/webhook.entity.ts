import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { OutboxEventEntity } from '../outbox/outbox-event.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * Where a subscriber wants events sent, and the secret they are signed with. It belongs to a user
 * (`owner_user_id`) or to an organisation (`owner_organization_id`, managed by its owners, so it survives staff
 * leaving): exactly one of the two.
 *
 * The secret is stored as issued: the server must sign with it, so it cannot be kept as a one-way hash like an API
 * token. It never leaves the server again after the answer that created (or rotated) it.
 */
@Entity('webhook_endpoints')
@Index('webhook_endpoints_owner_idx', ['ownerUserId', 'createdAt'])
@Index('webhook_endpoints_organization_idx', ['ownerOrganizationId', 'createdAt'])
@Check('webhook_endpoints_one_owner', '(owner_user_id IS NULL) <> (owner_organization_id IS NULL)')
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_user_id' })
  owner: Relation<UserEntity> | null;

  @Column({ name: 'owner_organization_id', type: 'uuid', nullable: true })
  ownerOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_organization_id' })
  ownerOrganization: Relation<OrganizationEntity> | null;

  @Column({ type: 'text' })
  url: string;

  /** The event types it receives, e.g. release.published. */
  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** Why it was disabled (410 Gone, five days of failures, or its owner), shown to the owner. */
  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** `whsec_` + base64 of 32 random bytes. */
  @Column({ type: 'text' })
  secret: string;

  /** The secret a rotation replaced: still signed with until `previous_secret_expires_at`. */
  @Column({ name: 'previous_secret', type: 'text', nullable: true })
  previousSecret: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  /** Since when every attempt has failed (null after a success); five days of it disable the endpoint. */
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One message to one endpoint: the webhook consumer's work row, and its queue entry. Due when PENDING and
 * `next_attempt_at` has passed; a worker claims it by setting `locked_until` (a lease), makes the HTTP call with no
 * transaction open, and records the attempt. `attempt_count` is the fencing token: a worker whose lease ran out
 * records its attempt but cannot overwrite the state another worker has since taken over.
 */
@Entity('webhook_deliveries')
@Index('webhook_deliveries_message_key', ['endpointId', 'messageId'], { unique: true })
@Index('webhook_deliveries_endpoint_idx', ['endpointId', 'createdAt'])
@Index('webhook_deliveries_due_idx', ['nextAttemptAt'], { where: `status = 'PENDING'` })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint: Relation<WebhookEndpointEntity>;

  /** The outbox event it carries; null for a test event. */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne(() => OutboxEventEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<OutboxEventEntity> | null;

  /** The `webhook-id` header: the same on every attempt and every redelivery, so receivers can deduplicate. */
  @Column({ name: 'message_id', type: 'text' })
  messageId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  /** The exact bytes sent (and signed) on every attempt. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'enum', enum: DELIVERY_STATUSES, enumName: 'webhook_delivery_status', default: 'PENDING' })
  status: DeliveryStatus;

  @Column({ name: 'attempt_count', type: 'integer', default: 0 })
  attemptCount: number;

  /** Failed attempts since it was queued (or redelivered by hand): the position in the retry schedule. */
  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}

/** One HTTP call of a delivery, as its owner sees it in the delivery log. */
@Entity('webhook_attempts')
@Index('webhook_attempts_number_key', ['deliveryId', 'number'], { unique: true })
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @ManyToOne(() => WebhookDeliveryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery: Relation<WebhookDeliveryEntity>;

  /** 1, 2, …: the delivery's attempt_count when it was claimed. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** The HTTP status answered; null when there was no answer (refused address, timeout, connection error). */
  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode: number | null;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs: number;

  /** Why it did not succeed; null for a 2xx answer. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** The first 1 KB of the answer's body. */
  @Column({ name: 'response_excerpt', type: 'text', nullable: true })
  responseExcerpt: string | null;
}
