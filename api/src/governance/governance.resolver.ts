import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../auth/guards.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { GovernanceService } from './governance.service.js';
import { GovernanceSettingsType, UpdateGovernanceSettingsInput } from './governance.types.js';

@Resolver(() => GovernanceSettingsType)
export class GovernanceResolver {
  constructor(private readonly service: GovernanceService) {}

  @Query(() => GovernanceSettingsType, { description: 'The current voting rules, public.' })
  governanceSettings(@Ctx() ctx: RequestContext): Promise<GovernanceSettingsType> {
    return this.service.settings(ctx);
  }

  @Mutation(() => GovernanceSettingsType, { description: 'Admins change the voting rules; votes already open keep theirs.' })
  @RequirePermission('governance:configure')
  @Transactional()
  updateGovernanceSettings(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateGovernanceSettingsInput,
  ): Promise<GovernanceSettingsType> {
    return this.service.update(ctx, input);
  }
}
