import {
  CASE_STUDY_STATUSES,
  type CaseStudyStatus,
  type Direction,
  INDUSTRIES,
  type Industry,
  ORGANIZATION_SIZES,
  type OrganizationSize,
  type OutcomeUsage,
} from '@ocmf/standard';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProposalEntity } from '../proposals/proposal.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * One outcome as stored: what the author wrote, plus what the release used says of the measure at the time of
 * writing (name, unit, direction), so that reading a case study never needs the release's document.
 */
export type StoredOutcome = {
  measureKey: string;
  measureName: string;
  unit: string;
  direction: Direction;
  categoryKey: string;
  before: number;
  after: number;
  usage: OutcomeUsage;
  periodStart: string | null;
  periodEnd: string | null;
  note: string | null;
  noteHtml: string | null;
};

export type CaseStudyLink = { label: string; url: string };

/** What a case study says: the part an edit of a published case study replaces and a revision keeps. */
export type CaseStudyContent = {
  title: string;
  summary: string;
  body: string;
  bodyHtml: string;
  organization: string | null;
  industry: Industry | null;
  organizationSize: OrganizationSize | null;
  periodStart: string | null;
  periodEnd: string | null;
  releaseVersion: string;
  outcomes: StoredOutcome[];
  links: CaseStudyLink[];
};

/** A practitioner's case study. Drafts are their author's alone; hidden ones keep their content. */
@Entity('case_studies')
@Index('case_studies_published_idx', ['status', 'publishedAt'])
@Index('case_studies_author_idx', ['authorId', 'createdAt'])
// GIN over search_vector: created by its migration (TypeORM cannot declare a GIN index).
@Index('case_studies_search_idx', { synchronize: false })
export class CaseStudyEntity implements CaseStudyContent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author: Relation<UserEntity>;

  @Column({ type: 'enum', enum: CASE_STUDY_STATUSES, enumName: 'case_study_status', default: 'DRAFT' })
  status: CaseStudyStatus;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  /** Markdown source. */
  @Column({ type: 'text' })
  body: string;

  /** Rendered and sanitized when written. */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  /** The organisation's name; null for an anonymous organisation. */
  @Column({ type: 'text', nullable: true })
  organization: string | null;

  @Column({ type: 'enum', enum: INDUSTRIES, enumName: 'case_study_industry', nullable: true })
  industry: Industry | null;

  @Column({ name: 'organization_size', type: 'enum', enum: ORGANIZATION_SIZES, enumName: 'case_study_organization_size', nullable: true })
  organizationSize: OrganizationSize | null;

  @Column({ name: 'period_start', type: 'text', nullable: true })
  periodStart: string | null;

  @Column({ name: 'period_end', type: 'text', nullable: true })
  periodEnd: string | null;

  /** The published release of OCMF the organisation used. */
  @Column({ name: 'release_version', type: 'text' })
  releaseVersion: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  outcomes: StoredOutcome[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: CaseStudyLink[];

  /** The outcomes' measures and their categories, for the filters, measure pages and proposals' impact. */
  @Column({ name: 'measure_keys', type: 'text', array: true, default: () => "'{}'" })
  measureKeys: string[];

  @Column({ name: 'category_keys', type: 'text', array: true, default: () => "'{}'" })
  categoryKeys: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  updatedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** When the author last edited it after publishing. */
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy: string | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  /** Full-text search: the title weighs more than the summary, the summary more than the body (English stemming); GIN-indexed. */
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B') || setweight(to_tsvector('english', body), 'C')`,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;

  /** Evidence rows, when a query joined them (not a column). */
  evidence?: EvidenceEntity[];
}

/** Earlier versions of a published case study, kept and viewable. */
@Entity('case_study_revisions')
@Index('case_study_revisions_case_study_idx', ['caseStudyId', 'writtenAt'])
export class CaseStudyRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy: Relation<CaseStudyEntity>;

  /** The case study as it was before the edit. */
  @Column({ type: 'jsonb' })
  content: CaseStudyContent;

  /** When that version was written (published, or last edited). */
  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A member's report that a case study needs moderation. One per member per case study. */
@Entity('case_study_flags')
@Index('case_study_flags_case_study_flagger_key', ['caseStudyId', 'flaggerId'], { unique: true })
@Index('case_study_flags_open_idx', ['resolvedAt', 'createdAt'])
export class CaseStudyFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy: Relation<CaseStudyEntity>;

  @Column({ name: 'flagger_id', type: 'uuid' })
  flaggerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'flagger_id' })
  flagger: Relation<UserEntity>;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  /** HIDDEN when an editor hid the case study, DISMISSED when they kept it. */
  @Column({ type: 'text', nullable: true })
  resolution: string | null;
}

/** A published case study linked to a proposal as evidence, by a member, with a one-line note. */
@Entity('proposal_evidence')
@Index('proposal_evidence_proposal_case_study_key', ['proposalId', 'caseStudyId'], { unique: true })
@Index('proposal_evidence_case_study_idx', ['caseStudyId'])
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<ProposalEntity>;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy: Relation<CaseStudyEntity>;

  @Column({ name: 'linked_by', type: 'uuid' })
  linkedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'linked_by' })
  linkedBy: Relation<UserEntity>;

  @Column({ type: 'text' })
  note: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
