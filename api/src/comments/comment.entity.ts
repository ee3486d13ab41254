import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProposalEntity } from '../proposals/proposal.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** A comment on a proposal; `parentId` makes it a reply. Hidden comments keep their content. */
@Entity('comments')
@Index('comments_proposal_idx', ['proposalId', 'createdAt'])
// GIN over search_vector: created by the Search migration (TypeORM cannot declare a GIN index).
@Index('comments_search_idx', { synchronize: false })
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<ProposalEntity>;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent: Relation<CommentEntity> | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author: Relation<UserEntity>;

  /** Markdown source. */
  @Column({ type: 'text' })
  body: string;

  /** The body rendered and sanitized when it was written (migrations re-render when the renderer changes). */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  /** clock_timestamp(), not now(): comments written in one transaction (the seed) keep their order. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy: string | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  /** Full-text search over the body (English stemming), kept by PostgreSQL itself; GIN-indexed (see the search domain). */
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `to_tsvector('english', body)`,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;

  /** The viewer's own flag on it, when a query joined it in (not a column): null when they have not flagged it. */
  viewerFlag?: CommentFlagEntity | null;
  /** Its earlier versions, oldest first, when a query read them with it (not a column). */
  revisions?: { body: string; bodyHtml: string; writtenAt: Date }[];
}

/** Earlier versions of an edited comment, kept and viewable. */
@Entity('comment_revisions')
@Index('comment_revisions_comment_idx', ['commentId', 'createdAt'])
export class CommentRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment: Relation<CommentEntity>;

  /** The body as it was before the edit. */
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  /** When that version was written. */
  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A member's report that a comment needs moderation. One open flag per member per comment. */
@Entity('comment_flags')
@Index('comment_flags_comment_flagger_key', ['commentId', 'flaggerId'], { unique: true })
@Index('comment_flags_open_idx', ['resolvedAt', 'createdAt'])
export class CommentFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment: Relation<CommentEntity>;

  @Column({ name: 'flagger_id', type: 'uuid' })
  flaggerId: string;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  /** HIDDEN when an editor hid the comment, DISMISSED when they kept it. */
  @Column({ type: 'text', nullable: true })
  resolution: string | null;
}
