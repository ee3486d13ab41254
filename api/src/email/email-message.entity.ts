import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const EMAIL_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/**
 * One email to send: the mail consumer's work row and its queue entry, written in the transaction that decided it
 * (a notification sent at once, a digest, an account email). The mail worker leases due rows with
 * `FOR UPDATE SKIP LOCKED`, talks SMTP with no transaction open and records the result, fenced by `attempt_count`.
 * `dedupe_key` makes each email exist once (a digest per person and period), whatever restarts happen.
 */
@Entity('email_messages')
@Index('email_messages_dedupe_key', ['dedupeKey'], { unique: true })
@Index('email_messages_due_idx', ['nextAttemptAt'], { where: `status = 'PENDING'` })
export class EmailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The account it is for; null for none (an address being verified belongs to its account too). */
  @Column({ name: 'recipient_id', type: 'uuid', nullable: true })
  recipientId: string | null;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  /** The signed one-click unsubscribe token; null for account emails (reset, verification), which carry none. */
  @Column({ name: 'unsubscribe_token', type: 'text', nullable: true })
  unsubscribeToken: string | null;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Column({ type: 'enum', enum: EMAIL_STATUSES, enumName: 'email_status', default: 'PENDING' })
  status: EmailStatus;

  @Column({ name: 'attempt_count', type: 'integer', default: 0 })
  attemptCount: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The key unsubscribe tokens are signed with: one row, made at first start, never sent anywhere. */
@Entity('email_signing_keys')
export class EmailSigningKeyEntity {
  @Column({ type: 'integer', primary: true })
  id: number;

  @Column({ type: 'text' })
  secret: string;
}
