import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganizationTokenAllowed, SignedIn } from '../auth/guards.js';
import { listCost } from '../common/query-limits.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { AdoptionType, DeclareAdoptionInput, UsageCountsType } from './adoption.types.js';
import { AdoptionsService } from './adoptions.service.js';
import { OrganizationType } from './organization.types.js';
import { OrganizationsService, toOrganizationType } from './organizations.service.js';

@Resolver(() => AdoptionType)
export class AdoptionsResolver {
  constructor(
    private readonly service: AdoptionsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => [AdoptionType], { description: 'Organisations that use OCMF, verified first, then newest.', complexity: listCost(100) })
  adopters(@Ctx() ctx: RequestContext): Promise<AdoptionType[]> {
    return this.service.list(ctx);
  }

  @Query(() => UsageCountsType, { description: 'How many organisations use OCMF and how many products implement it.' })
  usageCounts(@Ctx() ctx: RequestContext): Promise<UsageCountsType> {
    return this.service.counts(ctx);
  }

  @Mutation(() => AdoptionType, { description: 'Declares that an organisation you own uses OCMF; replaces its earlier declaration.' })
  @SignedIn()
  @OrganizationTokenAllowed()
  @Transactional()
  declareAdoption(@Ctx() ctx: RequestContext, @Args('input') input: DeclareAdoptionInput): Promise<AdoptionType> {
    return this.service.declare(ctx, input);
  }

  @ResolveField(() => OrganizationType)
  async organization(@Ctx() ctx: RequestContext, @Parent() adoption: AdoptionType): Promise<OrganizationType> {
    return toOrganizationType(await this.organizations.get(ctx, adoption.organizationId));
  }
}

@Resolver(() => OrganizationType)
export class OrganizationAdoptionResolver {
  constructor(private readonly service: AdoptionsService) {}

  @ResolveField(() => AdoptionType, { nullable: true, description: 'Its declaration that it uses OCMF, if any.' })
  adoption(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationType): Promise<AdoptionType | null> {
    return this.service.of(ctx, organization.id);
  }
}
