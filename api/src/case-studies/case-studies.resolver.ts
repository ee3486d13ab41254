import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { summarizeOutcomes } from '@ocmf/standard';
import { RequirePermission, SignedIn } from '../auth/guards.js';
import { listCost } from '../common/query-limits.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { CategoryType, MeasureType } from '../framework/framework.types.js';
import { ProposalType } from '../proposals/proposal.types.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { AllReleases } from '../releases/releases.loader.js';
import { UserType } from '../users/user.type.js';
import { UsersService } from '../users/users.service.js';
import {
  CaseStudyConnection,
  CaseStudyOutcomeType,
  CaseStudyRevisionType,
  CaseStudyType,
  EvidenceType,
  FlaggedCaseStudyType,
  OutcomeSummaryType,
  ProposalImpactType,
} from './case-study.types.js';
import {
  CaseStudiesByMeasure,
  CaseStudyCountsByCategory,
  CaseStudyRevisions,
  ProposalCaseStudiesLoader,
  proposalCaseStudiesKey,
} from './case-studies.loader.js';
import { CaseStudiesService, outcomeType } from './case-studies.service.js';
import { CaseStudiesArgs, CaseStudyInput, FlagCaseStudyInput, HideCaseStudyInput, LinkEvidenceInput } from './dto/case-study.input.js';

@Resolver(() => CaseStudyType)
export class CaseStudiesResolver {
  constructor(
    private readonly service: CaseStudiesService,
    private readonly users: UsersService,
    private readonly proposals: ProposalsService,
  ) {}

  @Query(() => CaseStudyConnection, {
    description: 'Published case studies, newest first, filtered by measure, category, industry, size or release used.',
    complexity: listCost(20, 'first'),
  })
  caseStudies(@Ctx() ctx: RequestContext, @Args() args: CaseStudiesArgs): Promise<CaseStudyConnection> {
    return this.service.list(ctx, args);
  }

  @Query(() => CaseStudyType, { description: 'A case study; drafts for their author only.' })
  caseStudy(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<CaseStudyType> {
    return this.service.get(ctx, id);
  }

  @Query(() => [CaseStudyType], { description: 'Your case studies, drafts included, newest first.', complexity: listCost(50) })
  @SignedIn()
  myCaseStudies(@Ctx() ctx: RequestContext): Promise<CaseStudyType[]> {
    return this.service.mine(ctx);
  }

  @Query(() => [FlaggedCaseStudyType], { description: 'Case studies with open flags, for editors.', complexity: listCost(50) })
  @RequirePermission('caseStudy:moderate')
  caseStudyModerationQueue(@Ctx() ctx: RequestContext): Promise<FlaggedCaseStudyType[]> {
    return this.service.moderationQueue(ctx);
  }

  @Mutation(() => CaseStudyType, { description: 'Writes a case study as a DRAFT, visible to you only until you publish it.' })
  @RequirePermission('caseStudy:create')
  @Transactional()
  createCaseStudy(@Ctx() ctx: RequestContext, @Args('input') input: CaseStudyInput): Promise<CaseStudyType> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => CaseStudyType, { description: 'The author replaces a case study; editing a published one keeps the earlier version.' })
  @SignedIn()
  @Transactional()
  updateCaseStudy(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CaseStudyInput,
  ): Promise<CaseStudyType> {
    return this.service.update(ctx, id, input);
  }

  @Mutation(() => CaseStudyType, { description: 'The author publishes a draft with at least one outcome.' })
  @SignedIn()
  @Transactional()
  publishCaseStudy(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<CaseStudyType> {
    return this.service.publish(ctx, id);
  }

  @Mutation(() => CaseStudyType, { description: 'Ask the editors to look at a case study.' })
  @SignedIn()
  @Transactional()
  flagCaseStudy(@Ctx() ctx: RequestContext, @Args('input') input: FlagCaseStudyInput): Promise<CaseStudyType> {
    return this.service.flag(ctx, input);
  }

  @Mutation(() => CaseStudyType, { description: 'Editors hide a case study with a public reason. The content is kept.' })
  @RequirePermission('caseStudy:moderate')
  @Transactional()
  hideCaseStudy(@Ctx() ctx: RequestContext, @Args('input') input: HideCaseStudyInput): Promise<CaseStudyType> {
    return this.service.hide(ctx, input);
  }

  @Mutation(() => CaseStudyType)
  @RequirePermission('caseStudy:moderate')
  @Transactional()
  unhideCaseStudy(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<CaseStudyType> {
    return this.service.unhide(ctx, id);
  }

  @Mutation(() => CaseStudyType, { description: 'Editors keep a flagged case study visible and close its flags.' })
  @RequirePermission('caseStudy:moderate')
  @Transactional()
  dismissCaseStudyFlags(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<CaseStudyType> {
    return this.service.dismissFlags(ctx, id);
  }

  @Mutation(() => EvidenceType, { description: 'Links a published case study to a proposal in DISCUSSION or VOTING as evidence.' })
  @RequirePermission('evidence:link')
  @Transactional()
  linkEvidence(@Ctx() ctx: RequestContext, @Args('input') input: LinkEvidenceInput): Promise<EvidenceType> {
    return this.service.linkEvidence(ctx, input);
  }

  @Mutation(() => ProposalType, { description: 'Its maker or an editor removes an evidence link; returns the proposal.' })
  @SignedIn()
  @Transactional()
  async removeEvidence(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ProposalType> {
    return this.proposals.get(ctx, await this.service.removeEvidence(ctx, id));
  }

  @ResolveField(() => UserType)
  author(@Ctx() ctx: RequestContext, @Parent() caseStudy: CaseStudyType): Promise<UserType> {
    if (caseStudy.author) return Promise.resolve(this.users.toType(caseStudy.author, ctx.user));
    return this.users.view(ctx, caseStudy.authorId);
  }

  @ResolveField(() => [CaseStudyRevisionType], {
    description: 'Earlier versions of a published case study, oldest first; empty when hidden (except for its author and editors).',
    complexity: listCost(20),
  })
  async revisions(@Ctx() ctx: RequestContext, @Parent() caseStudy: CaseStudyType): Promise<CaseStudyRevisionType[]> {
    if (caseStudy.body === null) return [];
    return this.service.revisionTypes(await ctx.loaders.get(CaseStudyRevisions).load(caseStudy.id));
  }
}

@Resolver(() => CaseStudyOutcomeType)
export class CaseStudyOutcomeResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'The first release in which the measure is retired, if it has been since (its case studies stay).',
  })
  async measureRetiredIn(@Ctx() ctx: RequestContext, @Parent() outcome: CaseStudyOutcomeType): Promise<string | null> {
    const releases = await ctx.loaders.get(AllReleases).all();
    const retired = releases.find((release) =>
      release.document.measures.some((measure) => measure.key === outcome.measureKey && measure.status === 'RETIRED'),
    );
    return retired?.version ?? null;
  }
}

/** Case studies, as fields of Measure and Category. */
@Resolver(() => MeasureType)
export class MeasureCaseStudiesResolver {
  constructor(private readonly service: CaseStudiesService) {}

  @ResolveField(() => [CaseStudyType], {
    description: 'Published case studies that used this measure, newest first.',
    complexity: listCost(50),
  })
  async caseStudies(@Ctx() ctx: RequestContext, @Parent() measure: MeasureType): Promise<CaseStudyType[]> {
    const rows = await ctx.loaders.get(CaseStudiesByMeasure).load(measure.key);
    return rows.map((row) => this.service.toType(ctx, row));
  }

  @ResolveField(() => OutcomeSummaryType, { description: 'How many published case studies improved this measure, and the median change.' })
  async caseStudySummary(@Ctx() ctx: RequestContext, @Parent() measure: MeasureType): Promise<OutcomeSummaryType> {
    const rows = await ctx.loaders.get(CaseStudiesByMeasure).load(measure.key);
    const outcomes = rows.flatMap((row) => row.outcomes.filter((outcome) => outcome.measureKey === measure.key));
    return summarizeOutcomes(outcomes.map((outcome) => outcomeType(outcome).improvementPercent));
  }
}

@Resolver(() => CategoryType)
export class CategoryCaseStudiesResolver {
  @ResolveField(() => Int, { description: 'Published case studies with an outcome for a measure of this category.' })
  caseStudyCount(@Ctx() ctx: RequestContext, @Parent() category: CategoryType): Promise<number> {
    return ctx.loaders.get(CaseStudyCountsByCategory).load(category.key);
  }
}

/** Evidence and impact, as fields of Proposal. */
@Resolver(() => ProposalType)
export class ProposalEvidenceResolver {
  constructor(private readonly service: CaseStudiesService) {}

  @ResolveField(() => [EvidenceType], { description: 'Case studies linked as evidence, oldest first.', complexity: listCost(50) })
  async evidence(@Ctx() ctx: RequestContext, @Parent() proposal: ProposalType): Promise<EvidenceType[]> {
    const { evidence } = await ctx.loaders.get(ProposalCaseStudiesLoader).load(proposalCaseStudiesKey(proposal));
    return evidence.map((row) => this.service.evidenceType(ctx, row, proposal.number));
  }

  @ResolveField(() => ProposalImpactType, { description: 'What the change set touches in the community: who is affected.' })
  async impact(@Ctx() ctx: RequestContext, @Parent() proposal: ProposalType): Promise<ProposalImpactType> {
    const { impact } = await ctx.loaders.get(ProposalCaseStudiesLoader).load(proposalCaseStudiesKey(proposal));
    return { caseStudies: impact.map((row) => this.service.toType(ctx, row)) };
  }
}
