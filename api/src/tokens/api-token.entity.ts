import type { ApiTokenScope } from '@ocmf/standard';
import { API_TOKEN_SCOPES } from '@ocmf/standard';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/**
 * A token a script sends as `Authorization: Bearer`. Only its SHA-256 is stored: the token itself is shown once,
 * when it is created. It belongs to a user today; `owner_user_id` is the owner column an organisation owner will
 * sit beside.
 */
@Entity('api_tokens')
@Index('api_tokens_token_hash_key', ['tokenHash'], { unique: true })
@Index('api_tokens_owner_idx', ['ownerUserId', 'createdAt'])
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_user_id', type: 'uuid' })
  ownerUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_user_id' })
  owner: Relation<UserEntity>;

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
