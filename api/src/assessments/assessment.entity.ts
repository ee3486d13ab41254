import { ASSESSMENT_STATUSES, type AssessmentAnswer, type AssessmentStatus, type TimeShare } from '@ocmf/standard';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/** One person's self-assessment against one release. Private to its owner, unless shared by a link. */
@Entity('assessments')
@Index('assessments_owner_created_idx', ['ownerId', 'createdAt'])
@Index('assessments_share_token_hash_key', ['shareTokenHash'], { unique: true })
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner: Relation<UserEntity>;

  /** The release assessed against, e.g. 1.0.0 ("latest" is resolved when the assessment starts). */
  @Column({ name: 'release_version', type: 'text' })
  releaseVersion: string;

  @Column({ type: 'enum', enum: ASSESSMENT_STATUSES, enumName: 'assessment_status', default: 'IN_PROGRESS' })
  status: AssessmentStatus;

  @Column({ name: 'time_split', type: 'jsonb', default: () => "'[]'" })
  timeSplit: TimeShare[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  answers: AssessmentAnswer[];

  /** What else is measured, one line each. */
  @Column({ name: 'other_measures', type: 'text', array: true, default: () => "'{}'" })
  otherMeasures: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** SHA-256 of the read-only share link's token (the token itself is shown once); null when not shared. */
  @Column({ name: 'share_token_hash', type: 'text', nullable: true })
  shareTokenHash: string | null;

  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt: Date | null;
}

/**
 * That an account has contributed to a release's benchmark, and nothing of what it contributed: it makes a
 * contribution count once per account and release. No time is kept (it could be matched with other rows).
 */
@Entity('assessment_contributors')
export class AssessmentContributorEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'release_version', type: 'text' })
  releaseVersion: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;
}

export const BENCHMARK_METRICS = ['COVERAGE', 'TIME'] as const;
export type BenchmarkMetric = (typeof BENCHMARK_METRICS)[number];

/**
 * The community benchmark, as histograms: per release, metric (coverage or leadership time) and category, how
 * many contributions had each whole percentage. A contribution adds one to a few bins and is not stored as a
 * row of its own, so there is nothing to link back to a person: no id, no time, no order of arrival (every bin
 * of the release is rewritten by each contribution, see BenchmarkService.contribute).
 */
@Entity('assessment_benchmark_bins')
@Check('assessment_benchmark_bins_value_range', 'value BETWEEN 0 AND 100')
@Check('assessment_benchmark_bins_count_range', 'count >= 0')
export class BenchmarkBinEntity {
  @PrimaryColumn({ name: 'release_version', type: 'text' })
  releaseVersion: string;

  @PrimaryColumn({ type: 'enum', enum: BENCHMARK_METRICS, enumName: 'benchmark_metric' })
  metric: BenchmarkMetric;

  @PrimaryColumn({ name: 'category_key', type: 'text' })
  categoryKey: string;

  /** A whole percentage, 0 to 100. */
  @PrimaryColumn({ type: 'smallint' })
  value: number;

  @Column({ type: 'integer', default: 0 })
  count: number;
}
