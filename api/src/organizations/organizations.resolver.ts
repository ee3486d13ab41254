import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirePermission, SignedIn } from '../auth/guards.js';
import { listCost } from '../common/query-limits.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import {
  CreateOrganizationInput,
  OrganizationInviteType,
  OrganizationKind,
  OrganizationMemberType,
  OrganizationRole,
  OrganizationType,
  UpdateOrganizationInput,
} from './organization.types.js';
import { OrganizationsService, toOrganizationType } from './organizations.service.js';

@Resolver(() => OrganizationType)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => OrganizationType, { description: 'One organisation (a hidden one too: its page says why it is hidden).' })
  async organization(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<OrganizationType> {
    return toOrganizationType(await this.service.get(ctx, id));
  }

  @Query(() => [OrganizationType], {
    description: 'Organisations that are not hidden, verified ones first, then by name (at most 200).',
    complexity: listCost(200),
  })
  async organizations(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => OrganizationKind, nullable: true }) kind: OrganizationKind | null,
  ): Promise<OrganizationType[]> {
    return (await this.service.list(ctx, kind)).map(toOrganizationType);
  }

  @Query(() => [OrganizationType], { description: 'The organisations you belong to.', complexity: listCost(20) })
  @SignedIn()
  async myOrganizations(@Ctx() ctx: RequestContext): Promise<OrganizationType[]> {
    return (await this.service.listMine(ctx)).map(toOrganizationType);
  }

  @Mutation(() => OrganizationType, { description: 'Creates an organisation; you become its owner.' })
  @SignedIn()
  @Transactional()
  async createOrganization(@Ctx() ctx: RequestContext, @Args('input') input: CreateOrganizationInput): Promise<OrganizationType> {
    return toOrganizationType(await this.service.create(ctx, input));
  }

  @Mutation(() => OrganizationType, { description: 'Changes an organisation’s name, website or description (owners).' })
  @SignedIn()
  @Transactional()
  async updateOrganization(@Ctx() ctx: RequestContext, @Args('input') input: UpdateOrganizationInput): Promise<OrganizationType> {
    return toOrganizationType(await this.service.update(ctx, input));
  }

  @Mutation(() => OrganizationInviteType, {
    description: 'A single-use invite link (owners), valid for 14 days. The link is shown only in this answer.',
  })
  @SignedIn()
  @Transactional()
  inviteToOrganization(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('role', { type: () => OrganizationRole, nullable: true, defaultValue: 'MEMBER' }) role: OrganizationRole,
  ): Promise<OrganizationInviteType> {
    return this.service.invite(ctx, organizationId, role);
  }

  @Mutation(() => OrganizationType, { description: 'Uses an invite link’s token: you join the organisation it was made for.' })
  @SignedIn()
  @Transactional()
  async acceptOrganizationInvite(@Ctx() ctx: RequestContext, @Args('token') token: string): Promise<OrganizationType> {
    return toOrganizationType(await this.service.acceptInvite(ctx, token));
  }

  @Mutation(() => OrganizationType, {
    description: 'Removes a member (owners; anyone may remove themself). They lose access at once. The last owner cannot be removed.',
  })
  @SignedIn()
  @Transactional()
  async removeOrganizationMember(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<OrganizationType> {
    return toOrganizationType(await this.service.removeMember(ctx, organizationId, userId));
  }

  @Mutation(() => OrganizationType, { description: 'Marks an organisation verified (admins): it shows a badge.' })
  @RequirePermission('organization:moderate')
  @Transactional()
  async verifyOrganization(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<OrganizationType> {
    return toOrganizationType(await this.service.verify(ctx, id));
  }

  @Mutation(() => OrganizationType, { description: 'Hides an organisation from every public list, with a public reason (admins).' })
  @RequirePermission('organization:moderate')
  @Transactional()
  async hideOrganization(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<OrganizationType> {
    return toOrganizationType(await this.service.hide(ctx, id, reason));
  }

  @Mutation(() => OrganizationType, { description: 'Shows a hidden organisation again (admins).' })
  @RequirePermission('organization:moderate')
  @Transactional()
  async unhideOrganization(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<OrganizationType> {
    return toOrganizationType(await this.service.unhide(ctx, id));
  }

  @ResolveField(() => OrganizationRole, { nullable: true, description: 'Your role in it; null if you are not a member.' })
  viewerRole(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationType): Promise<OrganizationRole | null> {
    return this.service.viewerRole(ctx, organization.id);
  }

  @ResolveField(() => [OrganizationMemberType], {
    nullable: true,
    description: 'Its members, owners first: shown to its members and to admins (null for everyone else).',
    complexity: listCost(50),
  })
  members(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationType): Promise<OrganizationMemberType[] | null> {
    return this.service.members(ctx, organization.id);
  }
}
