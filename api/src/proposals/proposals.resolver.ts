import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { isEditable } from '@ocmf/standard';
import { RequirePermission, SignedIn } from '../auth/guards.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { EventBus, project } from '../events/event-bus.js';
import { MeasureType } from '../framework/framework.types.js';
import { UserType } from '../users/user.type.js';
import { UsersService } from '../users/users.service.js';
import { changesToType } from './change-mapping.js';
import { ChangeType } from './change.types.js';
import { CreateProposalInput, ProposalsArgs, UpdateProposalInput } from './dto/proposal.input.js';
import { ProposalConnection, ProposalEventType, ProposalPreviewType, ProposalType } from './proposal.types.js';
import { ProposalsByMeasure } from './proposals.loader.js';
import { LiveProposals } from './live-proposals.js';
import { ProposalsService, toType } from './proposals.service.js';
import { listCost } from '../common/query-limits.js';

@Resolver(() => ProposalType)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly users: UsersService,
    private readonly events: EventBus,
    private readonly live: LiveProposals,
  ) {}

  @Query(() => ProposalConnection, {
    description: 'Proposals, most recent activity first. DRAFTs appear to their author only.',
    complexity: listCost(20, 'first'),
  })
  proposals(@Ctx() ctx: RequestContext, @Args() args: ProposalsArgs): Promise<ProposalConnection> {
    return this.service.list(ctx, args);
  }

  @Query(() => ProposalType)
  proposal(@Ctx() ctx: RequestContext, @Args('number', { type: () => Int }) number: number): Promise<ProposalType> {
    return this.service.get(ctx, number);
  }

  @Mutation(() => ProposalType, { description: 'Saves a new proposal as a DRAFT, visible to you only until you submit it.' })
  @RequirePermission('proposal:create')
  @Transactional()
  createProposal(@Ctx() ctx: RequestContext, @Args('input') input: CreateProposalInput): Promise<ProposalType> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => ProposalType, { description: 'The author edits a DRAFT or a proposal in DISCUSSION.' })
  @SignedIn()
  @Transactional()
  updateProposal(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProposalInput): Promise<ProposalType> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ProposalType, { description: 'The author opens a DRAFT for DISCUSSION.' })
  @SignedIn()
  @Transactional()
  submitProposal(@Ctx() ctx: RequestContext, @Args('number', { type: () => Int }) number: number): Promise<ProposalType> {
    return this.service.submit(ctx, number);
  }

  @Mutation(() => ProposalType, { description: 'The author withdraws a proposal in DRAFT or DISCUSSION.' })
  @SignedIn()
  @Transactional()
  withdrawProposal(
    @Ctx() ctx: RequestContext,
    @Args('number', { type: () => Int }) number: number,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<ProposalType> {
    return this.service.withdraw(ctx, number, reason);
  }

  @Mutation(() => ProposalType, { description: 'Editors apply an ACCEPTED proposal to the working draft.' })
  @RequirePermission('proposal:manage')
  @Transactional()
  mergeProposal(@Ctx() ctx: RequestContext, @Args('number', { type: () => Int }) number: number): Promise<ProposalType> {
    return this.service.merge(ctx, number);
  }

  @Subscription(() => ProposalType, {
    description: 'Pushes the proposal whenever its status, vote or discussion changes.',
    resolve: (payload: ProposalType) => payload,
  })
  proposalUpdated(@Ctx() ctx: RequestContext, @Args('number', { type: () => Int }) number: number): AsyncIterableIterator<ProposalType> {
    return project(this.events.stream(), (event) => this.live.update(ctx, number, event));
  }

  @ResolveField(() => UserType)
  author(@Ctx() ctx: RequestContext, @Parent() proposal: ProposalType): Promise<UserType> {
    return this.users.view(ctx, proposal.authorId);
  }

  @ResolveField(() => [ChangeType], { description: 'The ordered change set.' })
  async changes(@Ctx() ctx: RequestContext, @Parent() proposal: ProposalType): Promise<ChangeType[]> {
    return changesToType(proposal.changeSet, await this.service.describedAgainst(ctx, proposal));
  }

  @ResolveField(() => ProposalPreviewType)
  preview(@Ctx() ctx: RequestContext, @Parent() proposal: ProposalType): Promise<ProposalPreviewType> {
    return this.service.preview(ctx, proposal);
  }

  @ResolveField(() => [ProposalEventType], { description: 'Every status change and edit, oldest first.' })
  history(@Ctx() ctx: RequestContext, @Parent() proposal: ProposalType): Promise<ProposalEventType[]> {
    return this.service.history(ctx, proposal);
  }

  @ResolveField(() => Boolean, { description: 'The signed-in user may edit it now.' })
  viewerCanEdit(@Ctx() ctx: RequestContext, @Parent() proposal: ProposalType): boolean {
    return ctx.user?.id === proposal.authorId && isEditable(proposal.status);
  }
}

@Resolver(() => ProposalEventType)
export class ProposalEventsResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserType, { nullable: true, description: 'Null for automatic events (e.g. a vote closing at its deadline).' })
  actor(@Ctx() ctx: RequestContext, @Parent() event: ProposalEventType): Promise<UserType> | null {
    if (event.actor) return Promise.resolve(this.users.toType(event.actor, ctx.user));
    return event.actorId ? this.users.view(ctx, event.actorId) : null;
  }
}

/** The proposals that touch a measure, as a field of Measure. */
@Resolver(() => MeasureType)
export class MeasureProposalsResolver {
  @ResolveField(() => [ProposalType], {
    description: 'Public proposals whose changes touch this measure, newest activity first.',
    complexity: listCost(20),
  })
  async proposals(@Ctx() ctx: RequestContext, @Parent() measure: MeasureType): Promise<ProposalType[]> {
    return (await ctx.loaders.get(ProposalsByMeasure).load(measure.key)).map(toType);
  }
}
