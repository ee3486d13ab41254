import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { UserEntity } from '../users/user.entity.js';

/** Append-only record of who did what, when, from which state to which, and why. */
@Entity('audit_events')
@Index('audit_events_subject_idx', ['subjectType', 'subjectId', 'createdAt'])
// The decisions feed: the newest status changes of proposals, whatever else the log holds.
@Index('audit_events_proposal_status_idx', ['createdAt', 'id'], {
  where: "subject_type = 'proposal' AND action = 'proposal.status_changed'",
})
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState: string | null;

  @Column({ name: 'to_state', type: 'text', nullable: true })
  toState: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The actor, when a query joined it in (not a column). */
  actor?: UserEntity | null;
}
