import { Inject, Injectable } from '@nestjs/common';
import { ORGANIZATION_KINDS, ORGANIZATION_LIMITS, ORGANIZATION_ROLES, type OrganizationKind, type OrganizationRole } from '@ocmf/standard';
import { IsNull } from 'typeorm';
import { z } from 'zod';
import { hashToken, newSessionToken } from '../auth/session-token.js';
import { CommonErrors } from '../common/domain-error.js';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput, textSchema } from '../common/validation.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { EventBus } from '../events/event-bus.js';
import { UsersService } from '../users/users.service.js';
import { OrganizationEntity, OrganizationInviteEntity, OrganizationMemberEntity } from './organization.entity.js';
import type {
  CreateOrganizationInput,
  OrganizationInviteType,
  OrganizationMemberType,
  OrganizationType,
  UpdateOrganizationInput,
} from './organization.types.js';
import { OrganizationErrors } from './organizations.errors.js';
import { MembersByOrganization, OrganizationsById, ViewerMembership } from './organizations.loader.js';

const INVITE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** An http(s) URL without credentials or fragment, as a website, product page or documentation link. */
export const webUrlSchema = z
  .string()
  .trim()
  .max(ORGANIZATION_LIMITS.url.max, `must be at most ${ORGANIZATION_LIMITS.url.max} characters`)
  .superRefine((value, issue) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      issue.addIssue({ code: 'custom', message: 'must be an absolute URL such as https://example.com' });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      issue.addIssue({ code: 'custom', message: 'must start with https:// (or http://)' });
    else if (url.username || url.password) issue.addIssue({ code: 'custom', message: 'must not carry a user name or password' });
  });

/** An optional URL: empty or null means none. */
export const optionalUrlSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  webUrlSchema.nullable().optional(),
);

const nameSchema = textSchema(ORGANIZATION_LIMITS.name, { plain: true });
const descriptionSchema = textSchema(ORGANIZATION_LIMITS.description);

const createSchema = z.object({
  name: nameSchema,
  kind: z.enum(ORGANIZATION_KINDS, { message: `must be one of ${ORGANIZATION_KINDS.join(', ')}` }),
  website: optionalUrlSchema,
  description: descriptionSchema.nullable().optional(),
});

const updateSchema = z.object({
  id: z.string(),
  name: nameSchema.nullable().optional(),
  website: optionalUrlSchema,
  description: descriptionSchema.nullable().optional(),
});

const hideSchema = z.object({ reason: textSchema(ORGANIZATION_LIMITS.hideReason) });

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** Organisations and their members. Owners manage members (and, in other domains, what the organisation holds). */
@Injectable()
export class OrganizationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventBus,
    private readonly users: UsersService,
  ) {}

  async create(ctx: RequestContext, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    const user = requireUser(ctx);
    const data = parseInput(createSchema, input);
    await ctx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`organizations:${user.id}`]);
    if ((await ctx.manager.countBy(OrganizationEntity, { createdBy: user.id })) >= ORGANIZATION_LIMITS.organizationsPerCreator) {
      throw OrganizationErrors.tooMany();
    }
    const organization = ctx.manager.create(OrganizationEntity, {
      name: data.name,
      kind: data.kind,
      website: data.website ?? null,
      description: data.description ?? '',
      createdBy: user.id,
      verifiedAt: null,
      verifiedBy: null,
      hiddenAt: null,
      hiddenReason: null,
    });
    await ctx.manager.save(organization);
    await ctx.manager.insert(OrganizationMemberEntity, { organizationId: organization.id, userId: user.id, role: 'OWNER' });
    await this.events.publish(ctx, {
      type: 'OrganizationCreated',
      organizationId: organization.id,
      name: organization.name,
      kind: organization.kind,
    });
    await this.events.publish(ctx, {
      type: 'OrganizationMemberJoined',
      organizationId: organization.id,
      userId: user.id,
      role: 'OWNER',
      inviteId: null,
    });
    return organization;
  }

  async update(ctx: RequestContext, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    const data = parseInput(updateSchema, input);
    const organization = await this.requireOwner(ctx, data.id, 'change the organisation', 'input.id');
    const changes: Partial<Pick<OrganizationEntity, 'name' | 'website' | 'description'>> = {};
    if (data.name != null && data.name !== organization.name) changes.name = data.name;
    if (data.website !== undefined && (data.website ?? null) !== organization.website) changes.website = data.website ?? null;
    if (data.description != null && data.description !== organization.description) changes.description = data.description;
    const fields = Object.keys(changes);
    Object.assign(organization, changes);
    if (fields.length === 0) return organization;
    await ctx.manager.save(organization);
    await this.events.publish(ctx, { type: 'OrganizationUpdated', organizationId: organization.id, fields });
    return organization;
  }

  /** One organisation; hidden ones too (their page says why), but not in lists. */
  async get(ctx: RequestContext, id: string, path = 'id'): Promise<OrganizationEntity> {
    if (!isUuid(id)) throw OrganizationErrors.notFound(path);
    const organization = await ctx.loaders.get(OrganizationsById).load(id);
    if (!organization) throw OrganizationErrors.notFound(path);
    return organization;
  }

  /** Public list: not hidden, verified first, then by name. */
  list(ctx: RequestContext, kind?: OrganizationKind | null): Promise<OrganizationEntity[]> {
    return ctx.manager.find(OrganizationEntity, {
      where: { hiddenAt: IsNull(), ...(kind ? { kind } : {}) },
      order: { verifiedAt: { direction: 'ASC', nulls: 'LAST' }, name: 'ASC' },
      take: 200,
    });
  }

  /** The organisations the viewer belongs to. */
  async listMine(ctx: RequestContext): Promise<OrganizationEntity[]> {
    const user = requireUser(ctx);
    return ctx.manager
      .createQueryBuilder(OrganizationEntity, 'o')
      .innerJoin(OrganizationMemberEntity, 'm', 'm.organization_id = o.id AND m.user_id = :user', { user: user.id })
      .orderBy('o.name', 'ASC')
      .getMany();
  }

  /** A single-use link; whoever opens it signed in becomes a member (or an owner, if `role` says so). */
  async invite(ctx: RequestContext, organizationId: string, role: OrganizationRole = 'MEMBER'): Promise<OrganizationInviteType> {
    const user = requireUser(ctx);
    if (!(ORGANIZATION_ROLES as readonly string[]).includes(role)) {
      throw CommonErrors.badInput([{ path: 'role', message: `must be one of ${ORGANIZATION_ROLES.join(', ')}` }]);
    }
    const organization = await this.requireOwner(ctx, organizationId, 'invite members', 'organizationId');
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + ORGANIZATION_LIMITS.inviteDays * 86_400_000);
    await ctx.manager.insert(OrganizationInviteEntity, {
      organizationId: organization.id,
      tokenHash: hashToken(token),
      role,
      createdBy: user.id,
      expiresAt,
      usedAt: null,
      usedBy: null,
    });
    return { url: `${this.config.publicUrl}/organizations/invites/${token}`, token, role, expiresAt };
  }

  /** Uses an invite: one statement marks it used, so two people racing for one link cannot both get in. */
  async acceptInvite(ctx: RequestContext, token: string): Promise<OrganizationEntity> {
    const user = requireUser(ctx);
    if (!INVITE_TOKEN.test(token)) throw OrganizationErrors.inviteNotFound();
    const [invite] = (await ctx.manager.query(
      `SELECT id, organization_id, role FROM organization_invites
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
      [hashToken(token)],
    )) as { id: string; organization_id: string; role: OrganizationRole }[];
    if (!invite) throw OrganizationErrors.inviteNotFound();
    const organization = await this.get(ctx, invite.organization_id);
    if (await ctx.manager.existsBy(OrganizationMemberEntity, { organizationId: organization.id, userId: user.id })) {
      throw OrganizationErrors.alreadyMember(organization.name);
    }
    await ctx.manager.update(OrganizationInviteEntity, { id: invite.id }, { usedAt: new Date(), usedBy: user.id });
    await ctx.manager.insert(OrganizationMemberEntity, { organizationId: organization.id, userId: user.id, role: invite.role });
    await this.events.publish(ctx, {
      type: 'OrganizationMemberJoined',
      organizationId: organization.id,
      userId: user.id,
      role: invite.role,
      inviteId: invite.id,
    });
    return organization;
  }

  /** Owners remove anyone; a member may remove themself (leave). The last owner stays. */
  async removeMember(ctx: RequestContext, organizationId: string, userId: string): Promise<OrganizationEntity> {
    const user = requireUser(ctx);
    const organization = await this.get(ctx, organizationId, 'organizationId');
    // Serialise changes to one organisation's members, so two owners removing each other cannot leave none.
    await ctx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`organization-members:${organization.id}`]);
    if (userId !== user.id) await this.requireOwner(ctx, organization.id, 'remove members', 'organizationId');
    if (!isUuid(userId)) throw OrganizationErrors.notMember();
    const member = await ctx.manager.findOneBy(OrganizationMemberEntity, { organizationId: organization.id, userId });
    if (!member) throw OrganizationErrors.notMember();
    if (
      member.role === 'OWNER' &&
      (await ctx.manager.countBy(OrganizationMemberEntity, { organizationId: organization.id, role: 'OWNER' })) <= 1
    ) {
      throw OrganizationErrors.lastOwner();
    }
    await ctx.manager.delete(OrganizationMemberEntity, { organizationId: organization.id, userId });
    await this.events.publish(ctx, { type: 'OrganizationMemberRemoved', organizationId: organization.id, userId });
    return organization;
  }

  async verify(ctx: RequestContext, id: string): Promise<OrganizationEntity> {
    const admin = requireUser(ctx);
    const organization = await this.get(ctx, id);
    if (organization.verifiedAt) return organization;
    organization.verifiedAt = new Date();
    organization.verifiedBy = admin.id;
    await ctx.manager.update(OrganizationEntity, { id: organization.id }, { verifiedAt: organization.verifiedAt, verifiedBy: admin.id });
    await this.events.publish(ctx, { type: 'OrganizationModerated', organizationId: organization.id, action: 'verified', reason: null });
    return organization;
  }

  async hide(ctx: RequestContext, id: string, reason: string): Promise<OrganizationEntity> {
    const data = parseInput(hideSchema, { reason }, '');
    const organization = await this.get(ctx, id);
    organization.hiddenAt = new Date();
    organization.hiddenReason = data.reason;
    await ctx.manager.update(OrganizationEntity, { id: organization.id }, { hiddenAt: organization.hiddenAt, hiddenReason: data.reason });
    await this.events.publish(ctx, {
      type: 'OrganizationModerated',
      organizationId: organization.id,
      action: 'hidden',
      reason: data.reason,
    });
    return organization;
  }

  async unhide(ctx: RequestContext, id: string): Promise<OrganizationEntity> {
    const organization = await this.get(ctx, id);
    if (!organization.hiddenAt) return organization;
    organization.hiddenAt = null;
    organization.hiddenReason = null;
    await ctx.manager.update(OrganizationEntity, { id: organization.id }, { hiddenAt: null, hiddenReason: null });
    await this.events.publish(ctx, { type: 'OrganizationModerated', organizationId: organization.id, action: 'unhidden', reason: null });
    return organization;
  }

  /**
   * The organisation, if the viewer is one of its owners; NOT_ORGANIZATION_OWNER otherwise. Read through the
   * request's manager each time (not a loader), so a member removed a moment ago is refused at once.
   */
  async requireOwner(ctx: RequestContext, organizationId: string, what: string, path = 'organizationId'): Promise<OrganizationEntity> {
    const user = requireUser(ctx);
    const organization = await this.get(ctx, organizationId, path);
    const tokenFor = user.apiToken?.organizationId;
    const owner = tokenFor
      ? tokenFor === organization.id
      : await ctx.manager.existsBy(OrganizationMemberEntity, { organizationId: organization.id, userId: user.id, role: 'OWNER' });
    if (!owner) throw OrganizationErrors.notOwner(what);
    return organization;
  }

  async viewerRole(ctx: RequestContext, organizationId: string): Promise<OrganizationRole | null> {
    return (await ctx.loaders.get(ViewerMembership).load(organizationId))?.role ?? null;
  }

  /** The members, for the organisation's members and for admins; null for everyone else. */
  async members(ctx: RequestContext, organizationId: string): Promise<OrganizationMemberType[] | null> {
    if (!ctx.user) return null;
    if (ctx.user.role !== 'ADMIN' && !(await this.viewerRole(ctx, organizationId))) return null;
    const rows = await ctx.loaders.get(MembersByOrganization).load(organizationId);
    return Promise.all(rows.map(async (row) => ({ user: await this.users.view(ctx, row.userId), role: row.role, joinedAt: row.joinedAt })));
  }
}

export function toOrganizationType(organization: OrganizationEntity): OrganizationType {
  return {
    id: organization.id,
    name: organization.name,
    kind: organization.kind,
    website: organization.website,
    description: organization.description,
    verified: organization.verifiedAt !== null,
    verifiedAt: organization.verifiedAt,
    hidden: organization.hiddenAt !== null,
    hiddenReason: organization.hiddenReason,
    createdAt: organization.createdAt,
  };
}
