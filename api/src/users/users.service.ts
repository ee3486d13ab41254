import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { z } from 'zod';
import { handleFrom } from '@ocmf/standard';
import { AuditService } from '../audit/audit.service.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { actingAs, type AuthUser, type RequestContext } from '../common/request-context.js';
import { parseInput, textSchema } from '../common/validation.js';
import { EventBus } from '../events/event-bus.js';
import { hashPassword } from './password.js';
import type { Role } from './role.js';
import { UserEntity } from './user.entity.js';
import { emailSchema, newUserSchema, roleSchema } from './user.schema.js';
import { UserType } from './user.type.js';
import { UserErrors } from './users.errors.js';
import { UsersById } from './users.loader.js';

const reasonSchema = textSchema({ min: 3, max: 500 }, { tooShort: 'must say why, in at least 3 characters' });

@Injectable()
export class UsersService {
  constructor(
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /**
   * Creates an account; the email must be free. Used by sign-up, the CLI and the seed. Its address counts as verified
   * unless `verified: false` (sign-up: the person proves it by the link they are sent).
   */
  async create(ctx: RequestContext, input: unknown, options: { verified?: boolean } = {}): Promise<UserEntity> {
    const data = parseInput(newUserSchema, input);
    const existing = await ctx.manager.findOneBy(UserEntity, { email: data.email });
    if (existing) throw UserErrors.emailTaken();
    let created: UserEntity;
    const displayName = data.displayName ?? data.email.split('@')[0]!;
    try {
      created = await ctx.manager.save(
        ctx.manager.create(UserEntity, {
          email: data.email,
          displayName,
          handle: await this.freeHandle(ctx, handleFrom(displayName)),
          passwordHash: await hashPassword(data.password),
          role: data.role,
          emailVerifiedAt: options.verified === false ? null : new Date(),
        }),
      );
    } catch (error) {
      // A concurrent sign-up with the same email loses on the unique index and is told the same thing.
      if (isUniqueViolation(error, 'users_email_key')) throw UserErrors.emailTaken();
      throw error;
    }
    // Someone signing up creates their own account; the CLI and an admin act for others.
    const actor = ctx.user ? ctx : actingAs(ctx, created);
    await this.audit.record(actor, { action: 'user.created', subjectType: 'user', subjectId: created.id, toState: created.role });
    await this.events.publish(actor, { type: 'UserCreated', userId: created.id, role: created.role });
    return created;
  }

  /** `base`, or `base-2`, `base-3`, …: the first handle no account has (the unique index settles a race). */
  private async freeHandle(ctx: RequestContext, base: string): Promise<string> {
    const rows = (await ctx.manager.query(`SELECT handle FROM users WHERE handle = $1 OR handle LIKE $1 || '-%'`, [base])) as {
      handle: string;
    }[];
    const taken = new Set(rows.map((row) => row.handle));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  findByEmail(ctx: RequestContext, email: string): Promise<UserEntity | null> {
    return ctx.manager.findOneBy(UserEntity, { email: email.trim().toLowerCase() });
  }

  /**
   * Gives an account another role: by id (the admin screen) or email (the CLI). The reason is recorded in the audit
   * event and told to the person in their notification; the admin screen requires one.
   */
  async setRole(
    ctx: RequestContext,
    input: { email?: string | null; userId?: string | null; role: Role; reason?: string | null },
    options: { reasonRequired?: boolean } = {},
  ): Promise<UserEntity> {
    const data = parseInput(
      z.object({
        email: emailSchema.nullish(),
        userId: z.uuid('is not a user id').nullish(),
        role: roleSchema,
        reason: options.reasonRequired ? reasonSchema : reasonSchema.nullish(),
      }),
      input,
    );
    const user = data.userId
      ? await ctx.manager.findOneBy(UserEntity, { id: data.userId })
      : data.email
        ? await this.findByEmail(ctx, data.email)
        : null;
    if (!user) throw data.userId ? UserErrors.notFoundById() : UserErrors.notFound(data.email ?? '');
    if (user.role === data.role) return user;
    if (user.role === 'ADMIN') {
      const admins = await ctx.manager.countBy(UserEntity, { role: 'ADMIN' });
      if (admins <= 1) throw UserErrors.lastAdmin();
    }
    const from = user.role;
    user.role = data.role;
    await ctx.manager.update(UserEntity, { id: user.id }, { role: data.role });
    await this.audit.record(ctx, {
      action: 'user.role_changed',
      subjectType: 'user',
      subjectId: user.id,
      fromState: from,
      toState: data.role,
      reason: data.reason ?? null,
    });
    await this.events.publish(ctx, { type: 'UserRoleChanged', userId: user.id, from, to: data.role, reason: data.reason ?? null });
    return user;
  }

  /** Deactivates an account: it can no longer sign in, its sessions end and its API tokens are revoked. Audited. */
  async deactivate(ctx: RequestContext, input: { userId: string; reason: string }): Promise<UserEntity> {
    const data = parseInput(z.object({ userId: z.uuid('is not a user id'), reason: reasonSchema }), input, '');
    const user = await ctx.manager.findOne(UserEntity, { where: { id: data.userId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw UserErrors.notFoundById('userId');
    if (user.id === ctx.user?.id) throw UserErrors.notYourself();
    if (user.deactivatedAt) return user;
    if (user.role === 'ADMIN') {
      const admins = await ctx.manager.countBy(UserEntity, { role: 'ADMIN', deactivatedAt: IsNull() });
      if (admins <= 1) throw UserErrors.lastAdmin();
    }
    user.deactivatedAt = new Date();
    await ctx.manager.update(UserEntity, { id: user.id }, { deactivatedAt: user.deactivatedAt });
    await ctx.manager.query('DELETE FROM sessions WHERE user_id = $1', [user.id]);
    await ctx.manager.query('UPDATE api_tokens SET revoked_at = now() WHERE owner_user_id = $1 AND revoked_at IS NULL', [user.id]);
    await this.audit.record(ctx, { action: 'user.deactivated', subjectType: 'user', subjectId: user.id, reason: data.reason });
    return user;
  }

  /** Accounts for the admin screen: by name, handle or email (`search`), by role, oldest first, in pages. */
  async page(
    ctx: RequestContext,
    args: { search?: string | null; role?: Role | null; first: number; after?: string | null },
  ): Promise<{ users: UserEntity[]; totalCount: number; hasNextPage: boolean }> {
    const first = Math.min(Math.max(args.first, 1), 100);
    const query = ctx.manager.createQueryBuilder(UserEntity, 'u').orderBy('u.created_at', 'ASC').addOrderBy('u.id', 'ASC');
    if (args.role) query.andWhere('u.role = :role', { role: args.role });
    const text = args.search?.trim().toLowerCase();
    if (text) {
      const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(lower(u.display_name) LIKE :pattern OR u.handle LIKE :pattern OR u.email LIKE :pattern)', { pattern });
    }
    const totalCount = await query.getCount();
    if (args.after) {
      const after = parseInput(z.uuid('is not a cursor this API returned'), args.after, 'after');
      query.andWhere('(u.created_at, u.id) > (SELECT c.created_at, c.id FROM users c WHERE c.id = :after)', { after });
    }
    const rows = await query.limit(first + 1).getMany();
    return { users: rows.slice(0, first), totalCount, hasNextPage: rows.length > first };
  }

  async history(ctx: RequestContext, userId: string) {
    const id = parseInput(z.uuid('is not a user id'), userId, 'userId');
    const rows = (await ctx.manager.query(
      `SELECT e.action, e.from_state, e.to_state, e.reason, e.created_at, a.display_name AS actor
         FROM audit_events e LEFT JOIN users a ON a.id = e.actor_id
        WHERE e.subject_type = 'user' AND e.subject_id = $1 ORDER BY e.created_at DESC, e.id DESC LIMIT 50`,
      [id],
    )) as {
      action: string;
      from_state: string | null;
      to_state: string | null;
      reason: string | null;
      created_at: Date;
      actor: string | null;
    }[];
    return rows.map((row) => ({
      action: row.action,
      fromState: row.from_state,
      toState: row.to_state,
      reason: row.reason,
      actorName: row.actor,
      at: row.created_at,
    }));
  }

  /** The people holding a role now (the governance page lists standard-setters and editors). */
  holders(ctx: RequestContext, role: Role): Promise<UserEntity[]> {
    return ctx.manager.find(UserEntity, { where: { role, deactivatedAt: IsNull() }, order: { displayName: 'ASC' } });
  }

  list(ctx: RequestContext, role?: Role | null): Promise<UserEntity[]> {
    return ctx.manager.find(UserEntity, { where: role ? { role } : {}, order: { createdAt: 'ASC' } });
  }

  /** A user as the viewer may see them, read through the request's loader (authors, voters, actors). */
  async view(ctx: RequestContext, id: string): Promise<UserType> {
    const user = await ctx.loaders.get(UsersById).load(id);
    if (!user) throw new Error(`User ${id} is missing`);
    return this.toType(user, ctx.user);
  }

  /** The GraphQL view: the email only for the user themself and for admins. */
  toType(user: AuthUser, viewer: AuthUser | null): UserType {
    const seesEmail = viewer !== null && (viewer.id === user.id || viewer.role === 'ADMIN');
    const deactivatedAt = (user as Partial<UserEntity>).deactivatedAt ?? null;
    return {
      id: user.id,
      displayName: user.displayName,
      email: seesEmail ? user.email : null,
      role: user.role,
      createdAt: user.createdAt,
      deactivatedAt: seesEmail ? deactivatedAt : null,
      emailVerified: seesEmail && 'emailVerifiedAt' in user ? user.emailVerifiedAt != null : null,
      ...((user as Partial<UserEntity>).handle ? { handle: (user as UserEntity).handle } : {}),
    };
  }
}
