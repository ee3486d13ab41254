import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ROLES, type Role } from './role.js';

@Entity('users')
@Index('users_email_key', ['email'], { unique: true })
@Index('users_handle_key', ['handle'], { unique: true })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored trimmed and lower-cased, so uniqueness ignores case. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role', default: 'MEMBER' })
  role: Role;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The name in `@mentions` and in the profile's address (/people/{handle}): unique, lower-case. */
  @Column({ type: 'text' })
  handle: string;

  /** The IANA time zone digests are timed in. */
  @Column({ name: 'time_zone', type: 'text', default: 'UTC' })
  timeZone: string;

  /** A short introduction, plain text, shown on the profile. */
  @Column({ type: 'text', default: '' })
  bio: string;

  @Column({ type: 'text', default: '' })
  organisation: string;

  /**
   * When the person proved the address is theirs (a link sent to it). Accounts made by the CLI, the seed or an
   * administrator count as verified; a self-made account is not until then, and no notification email goes to it.
   */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Set by an administrator: the account can no longer sign in, and its sessions and tokens are gone. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;
}
