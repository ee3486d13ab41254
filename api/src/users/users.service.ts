import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { handleFrom } from '@ocmf/standard';
import { AuditService } from '../audit/audit.service.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { actingAs, type AuthUser, type RequestContext } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { EventBus } from '../events/event-bus.js';
import { hashPassword } from './password.js';
import type { Role } from './role.js';
import { UserEntity } from './user.entity.js';
import { emailSchema, newUserSchema, roleSchema } from './user.schema.js';
import { UserType } from './user.type.js';
import { UserErrors } from './users.errors.js';
import { UsersById } from './users.loader.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /** Creates an account; the email must be free. Used by sign-up, the CLI and the seed. */
  async create(ctx: RequestContext, input: unknown): Promise<UserEntity> {
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

  async setRole(ctx: RequestContext, input: { email: string; role: Role }): Promise<UserEntity> {
    const data = parseInput(z.object({ email: emailSchema, role: roleSchema }), input);
    const user = await this.findByEmail(ctx, data.email);
    if (!user) throw UserErrors.notFound(data.email);
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
    });
    await this.events.publish(ctx, { type: 'UserRoleChanged', userId: user.id, from, to: data.role, reason: null });
    return user;
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
    return { id: user.id, displayName: user.displayName, email: seesEmail ? user.email : null, role: user.role, createdAt: user.createdAt };
  }
}
