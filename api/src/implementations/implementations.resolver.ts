import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganizationTokenAllowed, SignedIn } from '../auth/guards.js';
import { listCost } from '../common/query-limits.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { MeasureType } from '../framework/framework.types.js';
import { OrganizationType } from '../organizations/organization.types.js';
import { OrganizationsService, toOrganizationType } from '../organizations/organizations.service.js';
import { ReleaseType } from '../releases/release.types.js';
import { CreateProductInput, SaveImplementationReportInput } from './dto/implementation.input.js';
import {
  MeasureImplementationType,
  ProductImplementationType,
  ProductType,
  UpgradeChecklistItemType,
  UpgradeChecklistType,
} from './implementation.types.js';
import { ChecklistsService } from './checklists.service.js';
import { ImplementationsService } from './implementations.service.js';

@Resolver(() => ProductType)
export class ProductsResolver {
  constructor(
    private readonly service: ImplementationsService,
    private readonly organizations: OrganizationsService,
    private readonly checklists: ChecklistsService,
  ) {}

  @Query(() => ProductType, { description: 'One product.' })
  product(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ProductType> {
    return this.service.product(ctx, id);
  }

  @Query(() => [ProductType], {
    description: 'The products whose current report declares this release ("latest" works): the implementation matrix’s rows.',
    complexity: listCost(50),
  })
  implementations(@Ctx() ctx: RequestContext, @Args('releaseVersion') releaseVersion: string): Promise<ProductType[]> {
    return this.service.implementations(ctx, releaseVersion);
  }

  @Mutation(() => ProductType, { description: 'Registers a product of a VENDOR organisation you own.' })
  @SignedIn()
  @OrganizationTokenAllowed()
  @Transactional()
  createProduct(@Ctx() ctx: RequestContext, @Args('input') input: CreateProductInput): Promise<ProductType> {
    return this.service.createProduct(ctx, input);
  }

  @Mutation(() => ProductType, {
    description: 'Declares the release a product implements and, per measure, how far (owners). Replaces its previous report.',
  })
  @SignedIn()
  @OrganizationTokenAllowed()
  @Transactional()
  saveImplementationReport(@Ctx() ctx: RequestContext, @Args('input') input: SaveImplementationReportInput): Promise<ProductType> {
    return this.service.saveReport(ctx, input);
  }

  @ResolveField(() => UpgradeChecklistType, {
    nullable: true,
    description: 'Its open upgrade checklist, from the release it reports to the newest; null when it is up to date.',
  })
  upgradeChecklist(@Ctx() ctx: RequestContext, @Parent() product: ProductType): Promise<UpgradeChecklistType | null> {
    return this.checklists.openChecklist(ctx, product);
  }

  @ResolveField(() => OrganizationType)
  async organization(@Ctx() ctx: RequestContext, @Parent() product: ProductType): Promise<OrganizationType> {
    return toOrganizationType(await this.organizations.get(ctx, product.organizationId));
  }

  @ResolveField(() => [MeasureImplementationType], {
    description: 'Its current report, measure by measure, in the order saved.',
    complexity: listCost(40),
  })
  measures(@Ctx() ctx: RequestContext, @Parent() product: ProductType): Promise<MeasureImplementationType[]> {
    return this.service.measures(ctx, product);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Releases published after the one it reports: 0 is up to date; null before its first report.',
  })
  releasesBehind(@Ctx() ctx: RequestContext, @Parent() product: ProductType): Promise<number | null> {
    return this.service.releasesBehind(ctx, product);
  }
}

@Resolver(() => OrganizationType)
export class OrganizationProductsResolver {
  constructor(private readonly service: ImplementationsService) {}

  @ResolveField(() => [ProductType], { description: 'Its products (vendors), by name.', complexity: listCost(50) })
  products(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationType): Promise<ProductType[]> {
    return this.service.productsOf(ctx, organization.id);
  }
}

@Resolver(() => MeasureType)
export class MeasureImplementationsResolver {
  constructor(private readonly service: ImplementationsService) {}

  @ResolveField(() => [ProductImplementationType], {
    description: 'Products whose current report supports this measure, fully or in part, by name.',
    complexity: listCost(100),
  })
  implementations(@Ctx() ctx: RequestContext, @Parent() measure: MeasureType): Promise<ProductImplementationType[]> {
    return this.service.implementationsOfMeasure(ctx, measure.key);
  }
}

@Resolver(() => ReleaseType)
export class ReleaseImplementationsResolver {
  constructor(private readonly service: ImplementationsService) {}

  @ResolveField(() => Int, { description: 'How many products report implementing this release.' })
  implementationCount(@Ctx() ctx: RequestContext, @Parent() release: ReleaseType): Promise<number> {
    return this.service.productCount(ctx, release.version);
  }
}

@Resolver(() => UpgradeChecklistType)
export class UpgradeChecklistResolver {
  constructor(private readonly checklists: ChecklistsService) {}

  @Mutation(() => UpgradeChecklistType, {
    description: 'Ticks an item of an open upgrade checklist off, or back on with done: false (owners).',
  })
  @SignedIn()
  @OrganizationTokenAllowed()
  @Transactional()
  completeChecklistItem(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('done', { type: () => Boolean, nullable: true, defaultValue: true }) done: boolean,
  ): Promise<UpgradeChecklistType> {
    return this.checklists.complete(ctx, itemId, done);
  }

  @ResolveField(() => [UpgradeChecklistItemType], {
    description: 'Changed, moved and retired measures it supports or plans, then added measures.',
    complexity: listCost(50),
  })
  items(@Ctx() ctx: RequestContext, @Parent() checklist: UpgradeChecklistType): Promise<UpgradeChecklistItemType[]> {
    return this.checklists.items(ctx, checklist);
  }
}
