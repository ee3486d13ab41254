import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The voting rules, one row. Each vote copies them when it opens, so changing them never affects a vote
 * already open.
 */
@Entity('governance_settings')
@Check('governance_settings_singleton', 'id = 1')
@Check('governance_settings_quorum_range', 'quorum_percent BETWEEN 0 AND 100')
@Check('governance_settings_threshold_range', 'threshold_numerator > 0 AND threshold_numerator <= threshold_denominator')
export class GovernanceSettingsEntity {
  @PrimaryColumn({ type: 'integer', default: 1 })
  id: number;

  /** Default voting window, in seconds (7 days). */
  @Column({ name: 'voting_window_seconds', type: 'integer', default: 7 * 86_400 })
  votingWindowSeconds: number;

  /** Shortest window an editor may open (24 hours); null: no minimum. */
  @Column({ name: 'minimum_window_seconds', type: 'integer', nullable: true, default: 86_400 })
  minimumWindowSeconds: number | null;

  /** Share of standard-setters who must vote (abstentions count) for the outcome to stand. */
  @Column({ name: 'quorum_percent', type: 'integer', default: 50 })
  quorumPercent: number;

  /** Approvals must be at least numerator/denominator of approvals + rejections. */
  @Column({ name: 'threshold_numerator', type: 'integer', default: 2 })
  thresholdNumerator: number;

  @Column({ name: 'threshold_denominator', type: 'integer', default: 3 })
  thresholdDenominator: number;

  /** Counts and individual votes stay secret until the vote closes. */
  @Column({ name: 'hide_results_until_close', type: 'boolean', default: false })
  hideResultsUntilClose: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;
}
