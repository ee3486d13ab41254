import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AssessmentResult } from '@ocmf/standard';
import { SignedIn } from '../auth/guards.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { ReleaseDiffType, ReleaseType } from '../releases/release.types.js';
import { ReleasesService } from '../releases/releases.service.js';
import { AssessmentBenchmarkType, AssessmentResultType, AssessmentShareLinkType, AssessmentType } from './assessment.types.js';
import { AssessmentsService } from './assessments.service.js';
import { BenchmarkService } from './benchmark.service.js';
import { SaveAssessmentInput, StartAssessmentInput } from './dto/assessment.input.js';

@Resolver(() => AssessmentType)
export class AssessmentsResolver {
  constructor(
    private readonly service: AssessmentsService,
    private readonly benchmarks: BenchmarkService,
    private readonly releases: ReleasesService,
  ) {}

  @Query(() => AssessmentType, { description: 'One of your assessments.' })
  @SignedIn()
  assessment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<AssessmentType> {
    return this.service.get(ctx, id);
  }

  @Query(() => [AssessmentType], { description: 'Your assessments, newest first.' })
  @SignedIn()
  myAssessments(@Ctx() ctx: RequestContext): Promise<AssessmentType[]> {
    return this.service.listMine(ctx);
  }

  @Query(() => AssessmentType, { description: 'An assessment shared by its owner, read-only, for anyone holding the link’s token.' })
  sharedAssessment(@Ctx() ctx: RequestContext, @Args('token') token: string): Promise<AssessmentType> {
    return this.service.shared(ctx, token);
  }

  @Query(() => AssessmentBenchmarkType, {
    description: 'Where contributors stand for a release ("latest" works); the distributions appear from 5 contributions on.',
  })
  assessmentBenchmark(@Ctx() ctx: RequestContext, @Args('releaseVersion') releaseVersion: string): Promise<AssessmentBenchmarkType> {
    return this.benchmarks.benchmark(ctx, releaseVersion);
  }

  @Mutation(() => AssessmentType, { description: 'Starts an assessment of a release, IN_PROGRESS and private to you.' })
  @SignedIn()
  @Transactional()
  startAssessment(@Ctx() ctx: RequestContext, @Args('input') input: StartAssessmentInput): Promise<AssessmentType> {
    return this.service.start(ctx, input);
  }

  @Mutation(() => AssessmentType, {
    description: 'Replaces the answers of an assessment in progress; bad answers are refused, field by field.',
  })
  @SignedIn()
  @Transactional()
  saveAssessment(@Ctx() ctx: RequestContext, @Args('input') input: SaveAssessmentInput): Promise<AssessmentType> {
    return this.service.save(ctx, input);
  }

  @Mutation(() => AssessmentType, { description: 'Completes an assessment once every measure is answered.' })
  @SignedIn()
  @Transactional()
  completeAssessment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<AssessmentType> {
    return this.service.complete(ctx, id);
  }

  @Mutation(() => AssessmentShareLinkType, {
    description: 'Creates a read-only link to a completed assessment (replacing any earlier one). The token is shown only now.',
  })
  @SignedIn()
  @Transactional()
  shareAssessment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<AssessmentShareLinkType> {
    return this.service.share(ctx, id);
  }

  @Mutation(() => AssessmentType, { description: 'Revokes the share link: it stops working at once.' })
  @SignedIn()
  @Transactional()
  revokeAssessmentShare(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<AssessmentType> {
    return this.service.revokeShare(ctx, id);
  }

  @Mutation(() => AssessmentType, {
    description:
      'Adds a completed assessment’s coverage and leadership time, per category, to its release’s community benchmark, anonymously: ' +
      'nothing links the contribution to you. Once per account and release.',
  })
  @SignedIn()
  @Transactional()
  contributeAssessment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<AssessmentType> {
    return this.benchmarks.contribute(ctx, id);
  }

  @ResolveField(() => AssessmentResultType, { description: 'Coverage, time against Focus % and guiding vs grading, per category.' })
  result(@Ctx() ctx: RequestContext, @Parent() assessment: AssessmentType): Promise<AssessmentResult> {
    return this.service.result(ctx, assessment);
  }

  @ResolveField(() => ReleaseType, { description: 'The release assessed against.' })
  async release(@Ctx() ctx: RequestContext, @Parent() assessment: AssessmentType): Promise<ReleaseType> {
    return this.releases.toType(await this.service.release(ctx, assessment));
  }

  @ResolveField(() => ReleaseDiffType, {
    nullable: true,
    description: 'What changed from the release assessed to the latest one: measures added, changed, retired. Null when it is the latest.',
  })
  async changesSinceRelease(@Ctx() ctx: RequestContext, @Parent() assessment: AssessmentType): Promise<ReleaseDiffType | null> {
    const changes = await this.service.changesSinceRelease(ctx, assessment);
    return changes && { from: this.releases.toType(changes.from), to: this.releases.toType(changes.to), diff: changes.diff };
  }

  @ResolveField(() => Boolean, { description: 'The assessment is yours (false when read through a share link).' })
  viewerIsOwner(@Ctx() ctx: RequestContext, @Parent() assessment: AssessmentType): boolean {
    return ctx.user?.id === assessment.ownerId;
  }

  @ResolveField(() => Date, { nullable: true, description: 'When the current share link was created; null when not shared. Owner only.' })
  sharedAt(@Ctx() ctx: RequestContext, @Parent() assessment: AssessmentType): Date | null {
    return ctx.user?.id === assessment.ownerId ? assessment.sharedAt : null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Your account has contributed to this release’s benchmark (with this or another assessment). Owner only.',
  })
  contributed(@Ctx() ctx: RequestContext, @Parent() assessment: AssessmentType): Promise<boolean | null> {
    return this.service.contributed(ctx, assessment);
  }
}
