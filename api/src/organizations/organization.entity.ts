import { ORGANIZATION_KINDS, ORGANIZATION_ROLES, type OrganizationKind, type OrganizationRole } from '@ocmf/standard';
import {
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

/**
 * A company or group that uses or implements the standard. Anyone signed in may create one and becomes its owner;
 * since anyone can claim a name, an admin marks the real ones verified, and may hide one with a public reason.
 */
@Entity('organizations')
@Index('organizations_kind_idx', ['kind', 'name'])
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: ORGANIZATION_KINDS, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator: Relation<UserEntity> | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /** Shown publicly on the organisation's page while it is hidden. */
  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Who belongs to an organisation. Removing the row removes every right at once: access is checked against it. */
@Entity('organization_members')
@Index('organization_members_user_idx', ['userId'])
export class OrganizationMemberEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'enum', enum: ORGANIZATION_ROLES, enumName: 'organization_role', default: 'MEMBER' })
  role: OrganizationRole;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}

/** A single-use invite link. Only the SHA-256 of its token is stored; the link is shown once, to the owner. */
@Entity('organization_invites')
@Index('organization_invites_token_hash_key', ['tokenHash'], { unique: true })
@Index('organization_invites_organization_idx', ['organizationId'])
export class OrganizationInviteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity>;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ type: 'enum', enum: ORGANIZATION_ROLES, enumName: 'organization_invite_role', default: 'MEMBER' })
  role: OrganizationRole;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** Set when the link is used; a used link works no more. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'used_by', type: 'uuid', nullable: true })
  usedBy: string | null;
}
