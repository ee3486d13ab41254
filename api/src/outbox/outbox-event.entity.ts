import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DomainEvent } from '../events/domain-events.js';

/**
 * An event that leaves the process, written in the transaction of the change that caused it. Consumers do not read
 * this table in order: each writes its own work rows for the event in that same transaction (see Outbox), so
 * nothing here depends on ids committing in the order they were handed out.
 */
@Entity('outbox_events')
@Index('outbox_events_created_idx', ['createdAt'])
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: string;

  /** The domain event exactly as published (ids and what changed). */
  @Column({ type: 'jsonb' })
  payload: DomainEvent;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
