import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Counters of attempts (failed sign-ins, sign-ups) per key: `login:pair:<email>|<address>`,
 * `login:address:<address>`, `login:email:<email>`, `signup:address:<address>`. In the database, so that every
 * replica behind a load balancer counts the same attempts.
 */
@Entity('rate_limits')
@Index('rate_limits_window_idx', ['windowStartedAt'])
export class RateLimitEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer' })
  count: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt: Date;

  /** No attempt before this time (the growing delay after failed sign-ins for one email). */
  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;
}
