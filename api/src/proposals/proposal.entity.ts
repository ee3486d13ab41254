import type { Change } from '@ocmf/standard';
import {
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
import { UserEntity } from '../users/user.entity.js';
import { PROPOSAL_STATUSES, type ProposalStatus } from './proposal-status.js';

/** A proposal: an ordered change set against the working draft, with its discussion and lifecycle. */
@Entity('proposals')
@Index('proposals_number_key', ['number'], { unique: true })
@Index('proposals_status_activity_idx', ['status', 'lastActivityAt'])
// The list's order (newest activity first, then number): read backwards, it serves the sort and the cursor.
@Index('proposals_activity_number_idx', ['lastActivityAt', 'number'])
@Index('proposals_author_idx', ['authorId'])
// GIN over search_vector: created by the Search migration (TypeORM cannot declare a GIN index).
@Index('proposals_search_idx', { synchronize: false })
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** #1, #2, ... in order of creation; never reused, even when withdrawn. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  /** Markdown: motivation, evidence. */
  @Column({ type: 'text' })
  summary: string;

  /** The summary rendered and sanitized when it was written. */
  @Column({ name: 'summary_html', type: 'text' })
  summaryHtml: string;

  @Column({ type: 'enum', enum: PROPOSAL_STATUSES, enumName: 'proposal_status', default: 'DRAFT' })
  status: ProposalStatus;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author: Relation<UserEntity>;

  /** The draft revision the change set was written against: the base of a three-way merge. */
  @Column({ name: 'base_revision', type: 'integer' })
  baseRevision: number;

  @Column({ type: 'jsonb' })
  changes: Change[];

  /** Category and measure keys the change set touches, for filtering the list. */
  @Column({ name: 'touched_categories', type: 'text', array: true, default: () => "'{}'" })
  touchedCategories: string[];

  @Column({ name: 'touched_measures', type: 'text', array: true, default: () => "'{}'" })
  touchedMeasures: string[];

  /** The draft revision this proposal's merge produced. */
  @Column({ name: 'merged_revision', type: 'integer', nullable: true })
  mergedRevision: number | null;

  /** The release that published this proposal's changes. */
  @Column({ name: 'released_in', type: 'text', nullable: true })
  releasedIn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Newest of: edits, status changes, comments. The list is sorted by it. */
  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  /** Full-text search: the title weighs more than the summary (English stemming), kept by PostgreSQL; GIN-indexed. */
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B')`,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;
}
