import type { ChangeKind } from '@ocmf/standard';
import type { ReleaseDocument } from '@ocmf/standard';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A published release. Rows are immutable: a database trigger refuses UPDATE and DELETE. */
@Entity('releases')
@Index('releases_version_key', ['version'], { unique: true })
@Index('releases_semver_key', ['major', 'minor', 'patch'], { unique: true })
export class ReleaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  version: string;

  @Column({ type: 'integer' })
  major: number;

  @Column({ type: 'integer' })
  minor: number;

  @Column({ type: 'integer' })
  patch: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  /** The release document exactly as downloaded (canonical JSON of it is what contentHash covers). */
  @Column({ type: 'jsonb' })
  document: ReleaseDocument;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ name: 'draft_revision', type: 'integer' })
  draftRevision: number;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  /** The version this one follows; null for the first release. */
  @Column({ name: 'previous_version', type: 'text', nullable: true })
  previousVersion: string | null;

  /** The merged proposals it releases, each change described, as written at publication. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changelog: ChangelogEntry[];
}

export type ChangelogEntry = {
  proposalNumber: number;
  title: string;
  changes: { kind: ChangeKind; description: string }[];
};
