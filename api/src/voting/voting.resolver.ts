import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirePermission, SignedIn } from '../auth/guards.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { ProposalType } from '../proposals/proposal.types.js';
import { UserType } from '../users/user.type.js';
import { UsersService } from '../users/users.service.js';
import { CastVoteInput, VoteHistoryPageType, VoteType, VotingType } from './voting.types.js';
import { VotingService } from './voting.service.js';
import { listCost } from '../common/query-limits.js';

@Resolver(() => ProposalType)
export class VotingResolver {
  constructor(private readonly service: VotingService) {}

  @Mutation(() => ProposalType, {
    description: 'Editors open voting on a proposal in DISCUSSION; closesAt defaults to the governance window.',
  })
  @RequirePermission('proposal:manage')
  @Transactional()
  openVoting(
    @Ctx() ctx: RequestContext,
    @Args('number', { type: () => Int }) number: number,
    @Args('closesAt', { type: () => Date, nullable: true }) closesAt?: Date | null,
  ): Promise<ProposalType> {
    return this.service.open(ctx, number, closesAt);
  }

  @Mutation(() => ProposalType, {
    description: 'An elector (a standard-setter when voting opened) votes, or changes their vote, while the window is open.',
  })
  @SignedIn()
  @Transactional()
  castVote(@Ctx() ctx: RequestContext, @Args('input') input: CastVoteInput): Promise<ProposalType> {
    return this.service.cast(ctx, input);
  }

  @Mutation(() => ProposalType, {
    description: 'Editors close a vote past its deadline (it also closes by itself), or early once every standard-setter has voted.',
  })
  @RequirePermission('proposal:manage')
  @Transactional()
  closeVoting(@Ctx() ctx: RequestContext, @Args('number', { type: () => Int }) number: number): Promise<ProposalType> {
    return this.service.closeByEditor(ctx, number);
  }

  @ResolveField(() => VotingType, { nullable: true, description: 'The vote, once one has been opened.' })
  voting(@Ctx() ctx: RequestContext, @Parent() proposal: ProposalType): Promise<VotingType | null> {
    return this.service.voting(ctx, proposal);
  }
}

@Resolver(() => VotingType)
export class VotingFieldsResolver {
  constructor(private readonly service: VotingService) {}

  @ResolveField(() => [VoteType], {
    description: 'Current votes with their public rationale; while results are hidden, only your own.',
    complexity: listCost(50),
  })
  votes(@Ctx() ctx: RequestContext, @Parent() voting: VotingType): Promise<VoteType[]> {
    return this.service.votes(ctx, voting, { history: false });
  }

  @ResolveField(() => [VoteType], {
    description: 'Every vote cast, changed ones included, oldest first; while results are hidden, only your own.',
    complexity: listCost(100),
    deprecationReason: 'It grows with every change of vote: read historyPage.',
  })
  history(@Ctx() ctx: RequestContext, @Parent() voting: VotingType): Promise<VoteType[]> {
    return this.service.votes(ctx, voting, { history: true });
  }

  @ResolveField(() => VoteHistoryPageType, {
    description: 'Every vote cast, changed ones included, a page at a time, oldest first; while results are hidden, only your own.',
    complexity: listCost(20, 'first'),
  })
  historyPage(
    @Ctx() ctx: RequestContext,
    @Parent() voting: VotingType,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Args('after', { type: () => ID, nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
  ): Promise<VoteHistoryPageType> {
    return this.service.historyPage(ctx, voting, Math.min(Math.max(first ?? 20, 1), 100), after ?? null);
  }

  @ResolveField(() => VoteType, { nullable: true, description: 'Your current vote.' })
  async viewerVote(@Ctx() ctx: RequestContext, @Parent() voting: VotingType): Promise<VoteType | null> {
    if (!ctx.user) return null;
    const votes = await this.service.votes(ctx, { ...voting, resultsHidden: true }, { history: false });
    return votes[0] ?? null;
  }
}

@Resolver(() => VoteType)
export class VoteResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserType)
  voter(@Ctx() ctx: RequestContext, @Parent() vote: VoteType): Promise<UserType> {
    if (vote.voter) return Promise.resolve(this.users.toType(vote.voter, ctx.user));
    return this.users.view(ctx, vote.voterId);
  }
}
