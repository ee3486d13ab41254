import { Inject, Injectable } from '@nestjs/common';
import {
  type AssessmentAnswers,
  type AssessmentResult,
  carryOver,
  checkAssessment,
  checkComplete,
  type DocumentDiff,
  diffDocuments,
  type FrameworkDocument,
  fromReleaseDocument,
  normaliseOtherMeasures,
  scoreAssessment,
} from '@ocmf/standard';
import { hashToken, newSessionToken } from '../auth/session-token.js';
import { DomainError } from '../common/domain-error.js';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { EventBus } from '../events/event-bus.js';
import type { ReleaseEntity } from '../releases/release.entity.js';
import { AllReleases } from '../releases/releases.loader.js';
import { ReleasesService } from '../releases/releases.service.js';
import { AssessmentEntity } from './assessment.entity.js';
import type { AssessmentShareLinkType, AssessmentType } from './assessment.types.js';
import { AssessmentErrors } from './assessments.errors.js';
import { ContributedForRelease, contributorKey } from './assessments.loader.js';
import type { SaveAssessmentInput, StartAssessmentInput } from './dto/assessment.input.js';

/** More entries than any release has categories or measures: refused before they are even checked one by one. */
const MOST_TIME_SHARES = 50;
const MOST_ANSWERS = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** 32 random bytes in base64url, as newSessionToken makes them. */
const SHARE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Self-assessments: started against a release, answered in steps (each save replaces the answers and is checked
 * with packages/standard), completed once every measure is answered. An assessment is its owner's alone; a
 * share link lets anyone with it read it, until revoked.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly releases: ReleasesService,
    private readonly events: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- reading ----

  async get(ctx: RequestContext, id: string): Promise<AssessmentType> {
    return toType(await this.findOwn(ctx, id));
  }

  /** The caller's assessments, newest first. */
  async listMine(ctx: RequestContext): Promise<AssessmentType[]> {
    const user = requireUser(ctx);
    const rows = await ctx.manager.find(AssessmentEntity, { where: { ownerId: user.id }, order: { createdAt: 'DESC', id: 'DESC' } });
    return rows.map(toType);
  }

  /** The assessment behind a share link, for anyone holding it. */
  async shared(ctx: RequestContext, token: string): Promise<AssessmentType> {
    if (!SHARE_TOKEN.test(token)) throw AssessmentErrors.shareNotFound();
    const assessment = await ctx.manager.findOneBy(AssessmentEntity, { shareTokenHash: hashToken(token) });
    if (!assessment) throw AssessmentErrors.shareNotFound();
    return toType(assessment);
  }

  /** Scores the answers against the assessed release (read once per request, whatever the number of assessments). */
  async result(ctx: RequestContext, assessment: AssessmentType): Promise<AssessmentResult> {
    const release = await this.releaseOf(ctx, assessment.releaseVersion);
    return scoreAssessment(documentOf(release), answersOf(assessment));
  }

  async release(ctx: RequestContext, assessment: AssessmentType): Promise<ReleaseEntity> {
    return this.releaseOf(ctx, assessment.releaseVersion);
  }

  /** What changed from the assessed release to the latest one; null when it is the latest. */
  async changesSinceRelease(
    ctx: RequestContext,
    assessment: AssessmentType,
  ): Promise<{ from: ReleaseEntity; to: ReleaseEntity; diff: DocumentDiff } | null> {
    const all = await ctx.loaders.get(AllReleases).all();
    const latest = all.at(-1);
    const from = all.find((release) => release.version === assessment.releaseVersion);
    if (!latest || !from || latest.version === from.version) return null;
    return { from, to: latest, diff: diffDocuments(documentOf(from), documentOf(latest)) };
  }

  /** Whether the owner's account has contributed to the benchmark of the assessed release; null for anyone else. */
  async contributed(ctx: RequestContext, assessment: AssessmentType): Promise<boolean | null> {
    if (ctx.user?.id !== assessment.ownerId) return null;
    return ctx.loaders.get(ContributedForRelease).load(contributorKey(assessment.ownerId, assessment.releaseVersion));
  }

  // ---- writing ----

  async start(ctx: RequestContext, input: StartAssessmentInput): Promise<AssessmentType> {
    const user = requireUser(ctx);
    const release = await this.publishedRelease(ctx, input.releaseVersion);
    const answers = input.copyFrom
      ? carryOver(documentOf(release), answersOf(await this.findOwn(ctx, input.copyFrom, { path: 'input.copyFrom' })))
      : { timeSplit: [], answers: [], otherMeasures: [] };
    const assessment = ctx.manager.create(AssessmentEntity, {
      ownerId: user.id,
      releaseVersion: release.version,
      status: 'IN_PROGRESS',
      ...answers,
      completedAt: null,
      shareTokenHash: null,
      sharedAt: null,
    });
    await ctx.manager.save(assessment);
    return toType(assessment);
  }

  /** Replaces the answers of an assessment in progress, once they are all consistent with its release. */
  async save(ctx: RequestContext, input: SaveAssessmentInput): Promise<AssessmentType> {
    if (input.timeSplit.length > MOST_TIME_SHARES) throw AssessmentErrors.tooMany('input.timeSplit', MOST_TIME_SHARES);
    if (input.answers.length > MOST_ANSWERS) throw AssessmentErrors.tooMany('input.answers', MOST_ANSWERS);
    const assessment = await this.findOwn(ctx, input.id, { lock: true, path: 'input.id' });
    if (assessment.status === 'COMPLETED') throw AssessmentErrors.completed('changed');
    const answers: AssessmentAnswers = {
      timeSplit: input.timeSplit.map(({ categoryKey, percent }) => ({ categoryKey, percent })),
      answers: input.answers.map((answer) => ({
        measureKey: answer.measureKey,
        tracking: answer.tracking,
        usage: answer.usage ?? null,
        currentValue: answer.currentValue ?? null,
      })),
      otherMeasures: normaliseOtherMeasures(input.otherMeasures),
    };
    const release = await this.releases.get(ctx, assessment.releaseVersion);
    const issues = checkAssessment(documentOf(release), answers);
    if (issues.length > 0) throw AssessmentErrors.invalidAnswers(issues);
    Object.assign(assessment, answers);
    await ctx.manager.save(assessment);
    return toType(assessment);
  }

  /** Completes an assessment whose every measure is answered; from then on it does not change. */
  async complete(ctx: RequestContext, id: string): Promise<AssessmentType> {
    const assessment = await this.findOwn(ctx, id, { lock: true });
    if (assessment.status === 'COMPLETED') throw AssessmentErrors.completed('completed again');
    const release = await this.releases.get(ctx, assessment.releaseVersion);
    const issues = checkComplete(documentOf(release), answersOf(assessment));
    if (issues.length > 0) throw AssessmentErrors.incomplete(issues);
    assessment.status = 'COMPLETED';
    assessment.completedAt = new Date();
    await ctx.manager.save(assessment);
    await this.events.publish(ctx, {
      type: 'AssessmentCompleted',
      assessmentId: assessment.id,
      ownerId: assessment.ownerId,
      releaseVersion: assessment.releaseVersion,
    });
    return toType(assessment);
  }

  /**
   * A new read-only link to a completed assessment: 32 random bytes, of which only the SHA-256 is stored, so the
   * link is shown this once. A new link replaces the previous one.
   */
  async share(ctx: RequestContext, id: string): Promise<AssessmentShareLinkType> {
    const assessment = await this.findOwn(ctx, id, { lock: true });
    if (assessment.status !== 'COMPLETED') throw AssessmentErrors.notCompleted('share it');
    const token = newSessionToken();
    await ctx.manager.update(AssessmentEntity, { id: assessment.id }, { shareTokenHash: hashToken(token), sharedAt: new Date() });
    return { url: `${this.config.publicUrl}/assessments/shared/${token}`, token };
  }

  async revokeShare(ctx: RequestContext, id: string): Promise<AssessmentType> {
    const assessment = await this.findOwn(ctx, id, { lock: true });
    assessment.shareTokenHash = null;
    assessment.sharedAt = null;
    await ctx.manager.save(assessment);
    return toType(assessment);
  }

  // ---- helpers ----

  /** One of the caller's assessments; anyone else's is "not found", like one that does not exist. */
  async findOwn(ctx: RequestContext, id: string, options: { lock?: boolean; path?: string } = {}): Promise<AssessmentEntity> {
    const user = requireUser(ctx);
    if (!UUID.test(id)) throw AssessmentErrors.notFound(options.path);
    const assessment = await ctx.manager.findOne(AssessmentEntity, {
      where: { id, ownerId: user.id },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!assessment) throw AssessmentErrors.notFound(options.path);
    return assessment;
  }

  /** A release to start an assessment of: one that does not exist is bad input, named as such. */
  private async publishedRelease(ctx: RequestContext, version: string): Promise<ReleaseEntity> {
    try {
      return await this.releases.get(ctx, version, 'input.releaseVersion');
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'RELEASE_NOT_FOUND') throw error;
      const published = (await this.releases.list(ctx)).map((release) => release.version);
      throw AssessmentErrors.unknownRelease(version.trim(), published);
    }
  }

  private async releaseOf(ctx: RequestContext, version: string): Promise<ReleaseEntity> {
    const release = (await ctx.loaders.get(AllReleases).all()).find((r) => r.version === version);
    if (!release) throw new Error(`Release ${version} of an assessment is missing`);
    return release;
  }
}

export const documentOf = (release: ReleaseEntity): FrameworkDocument => fromReleaseDocument(release.document);

export const answersOf = (assessment: Pick<AssessmentEntity, 'timeSplit' | 'answers' | 'otherMeasures'>): AssessmentAnswers => ({
  timeSplit: assessment.timeSplit,
  answers: assessment.answers,
  otherMeasures: assessment.otherMeasures,
});

export function toType(assessment: AssessmentEntity): AssessmentType {
  return {
    id: assessment.id,
    status: assessment.status,
    releaseVersion: assessment.releaseVersion,
    timeSplit: assessment.timeSplit,
    answers: assessment.answers,
    otherMeasures: assessment.otherMeasures,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    completedAt: assessment.completedAt,
    ownerId: assessment.ownerId,
    sharedAt: assessment.sharedAt,
  };
}
