import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AuthErrors } from '../auth/auth.errors.js';
import { hashPassword } from '../auth/password.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { parseInput } from '../common/validation.js';
import type { Role } from './role.js';
import { UserEntity } from './user.entity.js';
import { emailSchema, newUserSchema, roleSchema } from './user.schema.js';
import { UserErrors } from './users.errors.js';
import { UserType } from './user.type.js';
import { z } from 'zod';

@Injectable()
export class UsersService {
  constructor(private readonly audit: AuditService) {}

  /** Creates an account; the email must be free. Used by sign-up, the CLI and the seed. */
  async create(manager: EntityManager, input: unknown, actorId: string | null = null): Promise<UserEntity> {
    const data = parseInput(newUserSchema, input);
    const existing = await manager.findOneBy(UserEntity, { email: data.email });
    if (existing) throw AuthErrors.emailTaken();
    let created: UserEntity;
    try {
      created = await manager.save(
        manager.create(UserEntity, {
          email: data.email,
          displayName: data.displayName ?? data.email.split('@')[0]!,
          passwordHash: await hashPassword(data.password),
          role: data.role,
        }),
      );
    } catch (error) {
      // A concurrent sign-up with the same email loses on the unique index and is told the same thing.
      if (isUniqueViolation(error, 'users_email_key')) throw AuthErrors.emailTaken();
      throw error;
    }
    await this.audit.record(manager, {
      actorId: actorId ?? created.id,
      action: 'user.created',
      subjectType: 'user',
      subjectId: created.id,
      toState: created.role,
    });
    return created;
  }

  findByEmail(manager: EntityManager, email: string): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { email: email.trim().toLowerCase() });
  }

  async setRole(ctx: RequestContext, input: { email: string; role: Role }): Promise<UserEntity> {
    const data = parseInput(z.object({ email: emailSchema, role: roleSchema }), input);
    const user = await this.findByEmail(ctx.manager, data.email);
    if (!user) throw UserErrors.notFound(data.email);
    if (user.role === data.role) return user;
    if (user.role === 'ADMIN') {
      const admins = await ctx.manager.countBy(UserEntity, { role: 'ADMIN' });
      if (admins <= 1) throw UserErrors.lastAdmin();
    }
    const from = user.role;
    user.role = data.role;
    await ctx.manager.update(UserEntity, { id: user.id }, { role: data.role });
    await this.audit.record(ctx.manager, {
      actorId: ctx.user?.id ?? null,
      action: 'user.role_changed',
      subjectType: 'user',
      subjectId: user.id,
      fromState: from,
      toState: data.role,
    });
    return user;
  }

  list(ctx: RequestContext, role?: Role | null): Promise<UserEntity[]> {
    return ctx.manager.find(UserEntity, { where: role ? { role } : {}, order: { createdAt: 'ASC' } });
  }

  /** The GraphQL view: the email only for the user themself and for admins. */
  toType(user: AuthUser, viewer: AuthUser | null): UserType {
    const seesEmail = viewer !== null && (viewer.id === user.id || viewer.role === 'ADMIN');
    return { id: user.id, displayName: user.displayName, email: seesEmail ? user.email : null, role: user.role, createdAt: user.createdAt };
  }
}
