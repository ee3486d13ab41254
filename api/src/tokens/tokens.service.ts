import { Injectable } from '@nestjs/common';
import { DEVELOPER_LIMITS } from '@ocmf/standard';
import { IsNull } from 'typeorm';
import { z } from 'zod';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput, textSchema } from '../common/validation.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { hashApiToken, newApiToken } from './bearer-token.js';
import { TokenErrors } from './tokens.errors.js';
import type { ApiTokenScope, ApiTokenType, CreatedApiTokenType } from './tokens.types.js';

const MAX_LIFETIME_DAYS = 5 * 366;

const createSchema = z.object({
  name: textSchema(DEVELOPER_LIMITS.tokenName, { plain: true }),
  expiresAt: z
    .date()
    .refine((date) => date.getTime() > Date.now(), 'must be in the future')
    .refine((date) => date.getTime() < Date.now() + MAX_LIFETIME_DAYS * 86_400_000, 'must be within five years')
    .nullable()
    .optional(),
  scope: z.enum(['READ', 'READ_WRITE']),
});

/** API tokens: created and revoked by their owner, checked on every request that sends one (bearer-token.ts). */
@Injectable()
export class TokensService {
  constructor(private readonly organizations: OrganizationsService) {}

  /**
   * The viewer's tokens (or, with `organizationId`, those of an organisation they own) that still work or have
   * expired, newest first; revoked ones are gone from the list.
   */
  async listMine(ctx: RequestContext, organizationId?: string | null): Promise<ApiTokenType[]> {
    const owner = requireUser(ctx);
    if (organizationId) await this.organizations.requireOwner(ctx, organizationId, 'see its API tokens');
    const tokens = await ctx.manager.find(ApiTokenEntity, {
      where: { ...(organizationId ? { ownerOrganizationId: organizationId } : { ownerUserId: owner.id }), revokedAt: IsNull() },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return tokens.map(toType);
  }

  async create(
    ctx: RequestContext,
    input: { name: string; expiresAt?: Date | null; scope?: ApiTokenScope | null; organizationId?: string | null },
  ): Promise<CreatedApiTokenType> {
    const owner = requireUser(ctx);
    const { organizationId: wanted, ...fields } = input;
    const data = parseInput(createSchema, { ...fields, scope: input.scope ?? 'READ_WRITE' }, '');
    const organizationId = wanted ? (await this.organizations.requireOwner(ctx, wanted, 'create its API tokens')).id : null;
    const owned = organizationId ? { ownerOrganizationId: organizationId } : { ownerUserId: owner.id };
    // Counted under a per-owner lock, so two creations at once cannot both pass the limit.
    await ctx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`api-tokens:${organizationId ?? owner.id}`]);
    const count = await ctx.manager.countBy(ApiTokenEntity, { ...owned, revokedAt: IsNull() });
    if (count >= DEVELOPER_LIMITS.tokensPerOwner) throw TokenErrors.tooMany();
    const token = newApiToken();
    const entity = ctx.manager.create(ApiTokenEntity, {
      ownerUserId: organizationId ? null : owner.id,
      ownerOrganizationId: organizationId,
      name: data.name,
      tokenHash: hashApiToken(token),
      scope: data.scope,
      expiresAt: data.expiresAt ?? null,
      lastUsedAt: null,
      revokedAt: null,
    });
    await ctx.manager.save(entity);
    return { token, apiToken: toType(entity) };
  }

  /** Revokes one of the viewer's tokens: the next request that sends it is refused. Revoking twice is harmless. */
  async revoke(ctx: RequestContext, id: string): Promise<ApiTokenType> {
    const owner = requireUser(ctx);
    const parsed = z.uuid().safeParse(id);
    if (!parsed.success) throw TokenErrors.notFound();
    // The viewer's own, or an organisation's they own (checked against the membership rows now).
    const token = await ctx.manager
      .createQueryBuilder(ApiTokenEntity, 't')
      .where('t.id = :id', { id })
      .andWhere(
        `(t.owner_user_id = :viewer OR t.owner_organization_id IN
           (SELECT m.organization_id FROM organization_members m WHERE m.user_id = :viewer AND m.role = 'OWNER'))`,
        { viewer: owner.id },
      )
      .setLock('pessimistic_write')
      .getOne();
    if (!token) throw TokenErrors.notFound();
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await ctx.manager.update(ApiTokenEntity, { id }, { revokedAt: token.revokedAt });
    }
    return toType(token);
  }
}

function toType(token: ApiTokenEntity): ApiTokenType {
  return {
    id: token.id,
    organizationId: token.ownerOrganizationId,
    name: token.name,
    scope: token.scope,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}
