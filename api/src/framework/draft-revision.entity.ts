import type { FrameworkDocument } from '@ocmf/standard';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The working draft, one row per revision. Every accepted change set appends a revision; old revisions are
 * kept so a proposal written against revision N can be merged three-way against the current one.
 */
@Entity('draft_revisions')
export class DraftRevisionEntity {
  @PrimaryColumn({ type: 'integer' })
  revision: number;

  @Column({ type: 'jsonb' })
  document: FrameworkDocument;

  /** What produced this revision, e.g. "Seeded from OCMF 1.0.0" or "Merged proposal #3". */
  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * What identifies a revision's content in caches kept in memory: its number, and when it was written (a database
 * that is emptied and seeded again starts its numbers over).
 */
export function revisionKey(revision: Pick<DraftRevisionEntity, 'revision' | 'createdAt'>): string {
  return `${revision.revision}@${revision.createdAt.getTime()}`;
}
