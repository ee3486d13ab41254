import type { ApiTokenScope } from '@ocmf/standard';
import { API_TOKEN_SCOPES } from '@ocmf/standard';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A token a script sends as `Authorization: Bearer`. Only its SHA-256 is stored: the token itself is shown once,
 * when it is created. It belongs to a user (acting as them) or to an organisation (acting for it, managed by its
 * owners, so it survives staff leaving): exactly one of the two.
 */
@Entity('api_tokens')
@Index('api_tokens_token_hash_key', ['tokenHash'], { unique: true })
@Index('api_tokens_owner_idx', ['ownerUserId', 'createdAt'])
@Index('api_tokens_organization_idx', ['ownerOrganizationId', 'createdAt'])
@Check('api_tokens_one_owner', '(owner_user_id IS NULL) <> (owner_organization_id IS NULL)')
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_user_id' })
  owner: Relation<UserEntity> | null;

  @Column({ name: 'owner_organization_id', type: 'uuid', nullable: true })
  ownerOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_organization_id' })
  ownerOrganization: Relation<OrganizationEntity> | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ type: 'enum', enum: API_TOKEN_SCOPES, enumName: 'api_token_scope', default: 'READ_WRITE' })
  scope: ApiTokenScope;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** Updated at most once a minute, so a busy script does not cost a write per request. */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  /** Kept (not deleted) so that a script still sending it is told it was revoked, and when. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
