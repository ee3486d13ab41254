import { Injectable } from '@nestjs/common';
import {
  ANONYMOUS_ORGANIZATION,
  CASE_STUDY_LIMITS,
  type CaseStudyIssue,
  checkOutcomes,
  checkPeriod,
  checkPublishable,
  COMMENTABLE_STATUSES,
  fromReleaseDocument,
  improvementPercent,
  isHttpUrl,
  TEXT_LIMITS,
} from '@ocmf/standard';
import { In, IsNull } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, type FieldIssue } from '../common/domain-error.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput, textSchema } from '../common/validation.js';
import { EventBus } from '../events/event-bus.js';
import { renderMarkdown } from '../markdown/markdown.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import type { ReleaseEntity } from '../releases/release.entity.js';
import { ReleasesService } from '../releases/releases.service.js';
import { can } from '../users/role.js';
import { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import {
  type CaseStudyContent,
  CaseStudyEntity,
  CaseStudyFlagEntity,
  CaseStudyRevisionEntity,
  EvidenceEntity,
  type StoredOutcome,
} from './case-study.entity.js';
import type {
  CaseStudyConnection,
  CaseStudyOutcomeType,
  CaseStudyRevisionType,
  CaseStudyType,
  EvidenceType,
  FlaggedCaseStudyType,
} from './case-study.types.js';
import { CaseStudyErrors, inInput } from './case-studies.errors.js';
import type { CaseStudiesArgs, CaseStudyInput, FlagCaseStudyInput, HideCaseStudyInput, LinkEvidenceInput } from './dto/case-study.input.js';

const L = CASE_STUDY_LIMITS;
const TEXT = {
  title: textSchema(L.title, { plain: true }),
  summary: textSchema(L.summary),
  body: textSchema(L.body),
  organization: textSchema(L.organization, { plain: true }),
  note: textSchema(L.outcomeNote),
  linkLabel: textSchema(L.linkLabel, { plain: true }),
  evidenceNote: textSchema(L.evidenceNote, {
    plain: true,
    tooShort: `must say, in at least ${L.evidenceNote.min} characters, what it shows`,
  }),
};
const reasonSchema = textSchema(TEXT_LIMITS.moderationReason, {
  tooShort: `must say why, in at least ${TEXT_LIMITS.moderationReason.min} characters`,
});
const uuidSchema = z.uuid('is not a case study id');

/** A text field checked on its own, its issues collected under its path. */
function text(schema: z.ZodType<string>, value: string, path: string, issues: FieldIssue[]): string {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  issues.push(...result.error.issues.map((issue) => ({ path, message: issue.message, code: issue.code })));
  return value;
}

/**
 * Case studies: written as drafts, published by their author (who may edit them on, every earlier version kept),
 * flagged by members and hidden or unhidden by editors; linked to proposals as evidence.
 */
@Injectable()
export class CaseStudiesService {
  constructor(
    private readonly releases: ReleasesService,
    private readonly proposals: ProposalsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  // ---- reading ----

  /** Published case studies, newest first, filtered, by pages. */
  async list(ctx: RequestContext, args: CaseStudiesArgs): Promise<CaseStudyConnection> {
    const first = Math.min(Math.max(args.first ?? 20, 1), 50);
    const query = ctx.manager
      .createQueryBuilder(CaseStudyEntity, 'c')
      .innerJoinAndSelect('c.author', 'author')
      .where("c.status = 'PUBLISHED'");
    if (args.measureKey) query.andWhere(':measure = ANY(c.measure_keys)', { measure: args.measureKey });
    if (args.categoryKey) query.andWhere(':category = ANY(c.category_keys)', { category: args.categoryKey });
    if (args.industry) query.andWhere('c.industry = :industry', { industry: args.industry });
    if (args.organizationSize) query.andWhere('c.organization_size = :size', { size: args.organizationSize });
    if (args.releaseVersion) query.andWhere('c.release_version = :release', { release: args.releaseVersion.trim() });
    const totalCount = await query.clone().getCount();
    if (args.after) query.andWhere('(c.published_at, c.id) < (:at, :id)', decodeCursor(args.after));
    const rows = await query
      .orderBy('c.published_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes: nodes.map((row) => this.toType(ctx, row)),
      totalCount,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last) : null },
    };
  }

  /** A case study: drafts only for their author; hidden ones show their reason, their content only to author and editors. */
  async get(ctx: RequestContext, id: string): Promise<CaseStudyType> {
    return this.toType(ctx, await this.find(ctx, id, { path: 'id', join: true }));
  }

  /** The signed-in member's case studies, drafts included, newest first. */
  async mine(ctx: RequestContext): Promise<CaseStudyType[]> {
    const user = requireUser(ctx);
    const rows = await ctx.manager.find(CaseStudyEntity, {
      where: { authorId: user.id },
      relations: { author: true },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return rows.map((row) => this.toType(ctx, row));
  }

  /** The newest published case studies, for the feed. */
  async latest(ctx: RequestContext, count: number): Promise<CaseStudyType[]> {
    const rows = await ctx.manager.find(CaseStudyEntity, {
      where: { status: 'PUBLISHED' },
      relations: { author: true },
      order: { publishedAt: 'DESC', id: 'DESC' },
      take: count,
    });
    return rows.map((row) => this.toType(ctx, row));
  }

  revisionTypes(revisions: CaseStudyRevisionEntity[]): CaseStudyRevisionType[] {
    return revisions.map(({ content, writtenAt }) => ({
      title: content.title,
      summary: content.summary,
      body: content.body,
      bodyHtml: content.bodyHtml,
      organization: content.organization,
      releaseVersion: content.releaseVersion,
      outcomes: content.outcomes.map(outcomeType),
      writtenAt,
    }));
  }

  // ---- writing ----

  async create(ctx: RequestContext, input: CaseStudyInput): Promise<CaseStudyType> {
    const user = requireUser(ctx);
    const content = await this.checked(ctx, input);
    const now = new Date();
    const caseStudy = ctx.manager.create(CaseStudyEntity, {
      ...content,
      ...indexed(content),
      authorId: user.id,
      status: 'DRAFT',
      updatedAt: now,
      publishedAt: null,
      editedAt: null,
      hiddenAt: null,
      hiddenBy: null,
      hiddenReason: null,
    });
    await ctx.manager.save(caseStudy);
    await this.audit.record(ctx, { action: 'case_study.created', subjectType: 'case_study', subjectId: caseStudy.id });
    await this.events.publish(ctx, { type: 'CaseStudyCreated', caseStudyId: caseStudy.id, authorId: user.id });
    return this.one(ctx, caseStudy.id);
  }

  /** The author replaces a case study's content. Editing a published one keeps the version it replaces. */
  async update(ctx: RequestContext, id: string, input: CaseStudyInput): Promise<CaseStudyType> {
    const user = requireUser(ctx);
    const caseStudy = await this.find(ctx, id, { lock: true, path: 'id' });
    if (caseStudy.authorId !== user.id) throw CaseStudyErrors.notAuthor();
    if (caseStudy.status === 'HIDDEN') throw CaseStudyErrors.hidden();
    const content = await this.checked(ctx, input);
    if (caseStudy.status === 'PUBLISHED') {
      const unpublishable = checkPublishable(content.outcomes);
      if (unpublishable.length > 0) throw CaseStudyErrors.invalid(inInput(unpublishable));
      await ctx.manager.insert(CaseStudyRevisionEntity, {
        caseStudyId: caseStudy.id,
        content: contentOf(caseStudy),
        writtenAt: caseStudy.editedAt ?? caseStudy.publishedAt ?? caseStudy.updatedAt,
      });
    }
    const now = new Date();
    await ctx.manager.update(
      CaseStudyEntity,
      { id: caseStudy.id },
      { ...content, ...indexed(content), updatedAt: now, ...(caseStudy.status === 'PUBLISHED' ? { editedAt: now } : {}) },
    );
    await this.audit.record(ctx, { action: 'case_study.edited', subjectType: 'case_study', subjectId: caseStudy.id });
    await this.events.publish(ctx, { type: 'CaseStudyEdited', caseStudyId: caseStudy.id, authorId: user.id, status: caseStudy.status });
    return this.one(ctx, caseStudy.id);
  }

  /** The author publishes a draft with at least one outcome: from then on everyone reads it. */
  async publish(ctx: RequestContext, id: string): Promise<CaseStudyType> {
    const user = requireUser(ctx);
    const caseStudy = await this.find(ctx, id, { lock: true, path: 'id' });
    if (caseStudy.authorId !== user.id) throw CaseStudyErrors.notAuthor();
    if (caseStudy.status !== 'DRAFT') throw CaseStudyErrors.alreadyPublished();
    const issues = checkPublishable(caseStudy.outcomes);
    if (issues.length > 0) throw CaseStudyErrors.invalid(issues);
    const publishedAt = new Date();
    await ctx.manager.update(CaseStudyEntity, { id: caseStudy.id }, { status: 'PUBLISHED', publishedAt, updatedAt: publishedAt });
    await this.audit.record(ctx, {
      action: 'case_study.published',
      subjectType: 'case_study',
      subjectId: caseStudy.id,
      fromState: 'DRAFT',
      toState: 'PUBLISHED',
    });
    await this.events.publish(ctx, {
      type: 'CaseStudyPublished',
      caseStudyId: caseStudy.id,
      title: caseStudy.title,
      authorId: user.id,
      releaseVersion: caseStudy.releaseVersion,
      measureKeys: caseStudy.measureKeys,
    });
    return this.one(ctx, caseStudy.id);
  }

  async flag(ctx: RequestContext, input: FlagCaseStudyInput): Promise<CaseStudyType> {
    const user = requireUser(ctx);
    const reason = parseInput(reasonSchema, input.reason, 'input.reason');
    const caseStudy = await this.find(ctx, input.id, { path: 'input.id' });
    if (caseStudy.status === 'DRAFT') throw CaseStudyErrors.notFound('input.id');
    let flagId: string;
    try {
      const inserted = await ctx.manager.insert(CaseStudyFlagEntity, { caseStudyId: caseStudy.id, flaggerId: user.id, reason });
      flagId = String((inserted.identifiers[0] as { id: string }).id);
    } catch (error) {
      if (isUniqueViolation(error, 'case_study_flags_case_study_flagger_key')) throw CaseStudyErrors.alreadyFlagged();
      throw error;
    }
    await this.audit.record(ctx, { action: 'case_study.flagged', subjectType: 'case_study', subjectId: caseStudy.id, reason });
    await this.events.publish(ctx, { type: 'CaseStudyFlagged', caseStudyId: caseStudy.id, flagId, reason });
    return this.one(ctx, caseStudy.id);
  }

  /** Editors hide a published case study with a public reason; the content is kept. Its open flags are resolved. */
  async hide(ctx: RequestContext, input: HideCaseStudyInput): Promise<CaseStudyType> {
    const user = requireUser(ctx);
    const reason = parseInput(reasonSchema, input.reason, 'input.reason');
    const caseStudy = await this.find(ctx, input.id, { lock: true, path: 'input.id' });
    if (caseStudy.status === 'DRAFT') throw CaseStudyErrors.notFound('input.id');
    if (caseStudy.status === 'PUBLISHED') {
      await ctx.manager.update(
        CaseStudyEntity,
        { id: caseStudy.id },
        { status: 'HIDDEN', hiddenAt: new Date(), hiddenBy: user.id, hiddenReason: reason },
      );
      await this.audit.record(ctx, {
        action: 'case_study.hidden',
        subjectType: 'case_study',
        subjectId: caseStudy.id,
        fromState: 'PUBLISHED',
        toState: 'HIDDEN',
        reason,
      });
      await this.events.publish(ctx, { type: 'CaseStudyModerated', caseStudyId: caseStudy.id, action: 'hidden', reason });
    }
    await this.resolveFlags(ctx, caseStudy.id, 'HIDDEN');
    return this.one(ctx, caseStudy.id);
  }

  async unhide(ctx: RequestContext, id: string): Promise<CaseStudyType> {
    requireUser(ctx);
    const caseStudy = await this.find(ctx, id, { lock: true, path: 'id' });
    if (caseStudy.status === 'HIDDEN') {
      await ctx.manager.update(
        CaseStudyEntity,
        { id: caseStudy.id },
        { status: 'PUBLISHED', hiddenAt: null, hiddenBy: null, hiddenReason: null },
      );
      await this.audit.record(ctx, {
        action: 'case_study.unhidden',
        subjectType: 'case_study',
        subjectId: caseStudy.id,
        fromState: 'HIDDEN',
        toState: 'PUBLISHED',
      });
      await this.events.publish(ctx, { type: 'CaseStudyModerated', caseStudyId: caseStudy.id, action: 'unhidden', reason: null });
    }
    return this.one(ctx, caseStudy.id);
  }

  /** An editor keeps a flagged case study: its open flags are closed as dismissed. */
  async dismissFlags(ctx: RequestContext, id: string): Promise<CaseStudyType> {
    const caseStudy = await this.find(ctx, id, { lock: true, path: 'id' });
    await this.resolveFlags(ctx, caseStudy.id, 'DISMISSED');
    await this.events.publish(ctx, { type: 'CaseStudyModerated', caseStudyId: caseStudy.id, action: 'flags_dismissed', reason: null });
    return this.one(ctx, caseStudy.id);
  }

  /** Case studies with open flags, oldest flag first. */
  async moderationQueue(ctx: RequestContext): Promise<FlaggedCaseStudyType[]> {
    const flags = await ctx.manager.find(CaseStudyFlagEntity, {
      where: { resolvedAt: IsNull() },
      relations: { flagger: true },
      order: { createdAt: 'ASC' },
    });
    if (flags.length === 0) return [];
    const ids = [...new Set(flags.map((flag) => flag.caseStudyId))];
    const rows = await ctx.manager.find(CaseStudyEntity, { where: { id: In(ids) }, relations: { author: true } });
    return ids.flatMap((id) => {
      const row = rows.find((candidate) => candidate.id === id);
      if (!row) return [];
      return [
        {
          caseStudy: this.toType(ctx, row),
          flags: flags
            .filter((flag) => flag.caseStudyId === id)
            .map((flag) => ({
              id: flag.id,
              reason: flag.reason,
              createdAt: flag.createdAt,
              flagger: this.users.toType(flag.flagger, ctx.user),
            })),
        },
      ];
    });
  }

  // ---- evidence ----

  /** A member links a published case study to a proposal in DISCUSSION or VOTING, with a one-line note. */
  async linkEvidence(ctx: RequestContext, input: LinkEvidenceInput): Promise<EvidenceType> {
    const user = requireUser(ctx);
    const note = parseInput(TEXT.evidenceNote, input.note, 'input.note');
    const proposal = await this.proposals.find(ctx, input.proposalNumber);
    if (!COMMENTABLE_STATUSES.includes(proposal.status)) throw CaseStudyErrors.evidenceClosed(proposal.status);
    const caseStudy = await this.find(ctx, input.caseStudyId, { path: 'input.caseStudyId', join: true });
    if (caseStudy.status !== 'PUBLISHED') throw CaseStudyErrors.notPublished('input.caseStudyId');
    let evidence: EvidenceEntity;
    try {
      evidence = await ctx.manager.save(
        ctx.manager.create(EvidenceEntity, { proposalId: proposal.id, caseStudyId: caseStudy.id, linkedById: user.id, note }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'proposal_evidence_proposal_case_study_key')) throw CaseStudyErrors.alreadyLinked();
      throw error;
    }
    await this.proposals.touchActivity(ctx, proposal.id);
    await this.audit.record(ctx, {
      action: 'evidence.linked',
      subjectType: 'proposal',
      subjectId: proposal.id,
      data: { proposal: proposal.number, caseStudy: caseStudy.id },
    });
    await this.events.publish(ctx, {
      type: 'EvidenceLinked',
      evidenceId: evidence.id,
      caseStudyId: caseStudy.id,
      proposalId: proposal.id,
      proposalNumber: proposal.number,
    });
    const linkedBy = await ctx.manager.findOneByOrFail(UserEntity, { id: user.id });
    return this.evidenceType(ctx, { ...evidence, caseStudy, linkedBy } as EvidenceEntity, proposal.number);
  }

  /** Its maker or an editor removes an evidence link. Returns the proposal's number. */
  async removeEvidence(ctx: RequestContext, id: string): Promise<number> {
    const user = requireUser(ctx);
    if (!uuidSchema.safeParse(id).success) throw CaseStudyErrors.evidenceNotFound();
    const evidence = await ctx.manager.findOneBy(EvidenceEntity, { id });
    if (!evidence) throw CaseStudyErrors.evidenceNotFound();
    if (evidence.linkedById !== user.id && !can(user.role, 'caseStudy:moderate')) throw CaseStudyErrors.notYourEvidence();
    const proposal = await this.proposals.findById(ctx, evidence.proposalId);
    await ctx.manager.delete(EvidenceEntity, { id });
    await this.audit.record(ctx, {
      action: 'evidence.removed',
      subjectType: 'proposal',
      subjectId: proposal.id,
      data: { proposal: proposal.number, caseStudy: evidence.caseStudyId },
    });
    await this.events.publish(ctx, {
      type: 'EvidenceRemoved',
      evidenceId: id,
      caseStudyId: evidence.caseStudyId,
      proposalId: proposal.id,
      proposalNumber: proposal.number,
    });
    return proposal.number;
  }

  /** An evidence row with its case study and maker joined. Evidence whose case study is hidden reads as hidden. */
  evidenceType(ctx: RequestContext, evidence: EvidenceEntity, proposalNumber: number): EvidenceType {
    const viewer = ctx.user;
    return {
      id: evidence.id,
      note: evidence.note,
      createdAt: evidence.createdAt,
      caseStudy: this.toType(ctx, evidence.caseStudy),
      linkedBy: this.users.toType(evidence.linkedBy, viewer),
      viewerCanRemove: viewer !== null && (viewer.id === evidence.linkedById || can(viewer.role, 'caseStudy:moderate')),
      proposalNumber,
    };
  }

  // ---- helpers ----

  /** The input checked whole: every issue found, each with its field, before anything is written. */
  private async checked(ctx: RequestContext, input: CaseStudyInput): Promise<CaseStudyContent> {
    const issues: FieldIssue[] = [];
    const title = text(TEXT.title, input.title, 'input.title', issues);
    const summary = text(TEXT.summary, input.summary, 'input.summary', issues);
    const body = text(TEXT.body, input.body, 'input.body', issues);
    const organization = text(TEXT.organization, input.organization ?? '', 'input.organization', issues);
    issues.push(...inInput(checkPeriod(input.periodStart, input.periodEnd, '')));
    const links = input.links ?? [];
    if (links.length > L.links) issues.push({ path: 'input.links', message: `must hold at most ${L.links} links` });
    const cleanLinks = links.slice(0, L.links).map((link, index) => {
      const url = link.url.trim();
      if (!isHttpUrl(url)) issues.push({ path: `input.links[${index}].url`, message: 'must be an http(s) address', code: 'BAD_URL' });
      return { label: text(TEXT.linkLabel, link.label, `input.links[${index}].label`, issues), url };
    });
    const notes = input.outcomes.map((outcome, index) => {
      const note = text(TEXT.note, outcome.note ?? '', `input.outcomes[${index}].note`, issues);
      return note === '' ? null : note;
    });
    const release = await this.release(ctx, input.releaseVersion, issues);
    const outcomeIssues: CaseStudyIssue[] = release
      ? checkOutcomes(fromReleaseDocument(release.document), release.version, input.outcomes)
      : [];
    issues.push(...inInput(outcomeIssues));
    if (issues.length > 0 || !release) throw CaseStudyErrors.invalid(issues);
    const doc = fromReleaseDocument(release.document);
    const outcomes: StoredOutcome[] = input.outcomes.map((outcome, index) => {
      const measure = doc.measures.find((m) => m.key === outcome.measureKey)!;
      const note = notes[index] ?? null;
      return {
        measureKey: measure.key,
        measureName: measure.name,
        unit: measure.unit,
        direction: measure.direction,
        categoryKey: measure.categoryKey,
        before: outcome.before,
        after: outcome.after,
        usage: outcome.usage,
        periodStart: outcome.periodStart || null,
        periodEnd: outcome.periodEnd || null,
        note,
        noteHtml: note === null ? null : renderMarkdown(note),
      };
    });
    return {
      title,
      summary,
      body,
      bodyHtml: renderMarkdown(body),
      organization: organization === '' ? null : organization,
      industry: input.industry ?? null,
      organizationSize: input.organizationSize ?? null,
      periodStart: input.periodStart || null,
      periodEnd: input.periodEnd || null,
      releaseVersion: release.version,
      outcomes,
      links: cleanLinks,
    };
  }

  /** The release named, or an issue on `input.releaseVersion`. */
  private async release(ctx: RequestContext, version: string, issues: FieldIssue[]): Promise<ReleaseEntity | null> {
    try {
      return await this.releases.get(ctx, version, 'input.releaseVersion');
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      issues.push(...(error.issues.length > 0 ? error.issues : [{ path: 'input.releaseVersion', message: error.message }]));
      return null;
    }
  }

  private async resolveFlags(ctx: RequestContext, caseStudyId: string, resolution: 'HIDDEN' | 'DISMISSED'): Promise<void> {
    await ctx.manager.update(
      CaseStudyFlagEntity,
      { caseStudyId, resolvedAt: IsNull() },
      { resolvedAt: new Date(), resolvedBy: ctx.user?.id ?? null, resolution },
    );
  }

  /** A case study the viewer may see: someone else's draft is "not found", like one that does not exist. */
  private async find(
    ctx: RequestContext,
    id: string,
    options: { lock?: boolean; path?: string; join?: boolean } = {},
  ): Promise<CaseStudyEntity> {
    if (!uuidSchema.safeParse(id).success) throw CaseStudyErrors.notFound(options.path);
    const caseStudy = await ctx.manager.findOne(CaseStudyEntity, {
      where: { id },
      ...(options.join ? { relations: { author: true } } : {}),
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!caseStudy || (caseStudy.status === 'DRAFT' && caseStudy.authorId !== ctx.user?.id)) throw CaseStudyErrors.notFound(options.path);
    return caseStudy;
  }

  private async one(ctx: RequestContext, id: string): Promise<CaseStudyType> {
    const caseStudy = await ctx.manager.findOneOrFail(CaseStudyEntity, { where: { id }, relations: { author: true } });
    return this.toType(ctx, caseStudy);
  }

  /** The GraphQL view: a hidden case study keeps its title and reason; its content only for its author and editors. */
  toType(ctx: RequestContext, caseStudy: CaseStudyEntity): CaseStudyType {
    const viewer = ctx.user;
    const isAuthor = viewer?.id === caseStudy.authorId;
    const visible = caseStudy.status !== 'HIDDEN' || isAuthor || can(viewer?.role, 'caseStudy:moderate');
    return {
      id: caseStudy.id,
      status: caseStudy.status,
      title: caseStudy.title,
      summary: visible ? caseStudy.summary : '',
      body: visible ? caseStudy.body : null,
      bodyHtml: visible ? caseStudy.bodyHtml : null,
      organization: caseStudy.organization,
      organizationName: caseStudy.organization ?? ANONYMOUS_ORGANIZATION,
      industry: caseStudy.industry,
      organizationSize: caseStudy.organizationSize,
      periodStart: caseStudy.periodStart,
      periodEnd: caseStudy.periodEnd,
      releaseVersion: caseStudy.releaseVersion,
      outcomes: visible ? caseStudy.outcomes.map(outcomeType) : [],
      links: visible ? caseStudy.links : [],
      createdAt: caseStudy.createdAt,
      updatedAt: caseStudy.updatedAt,
      publishedAt: caseStudy.publishedAt,
      editedAt: caseStudy.editedAt,
      hiddenReason: caseStudy.hiddenReason,
      hiddenAt: caseStudy.hiddenAt,
      viewerIsAuthor: isAuthor,
      authorId: caseStudy.authorId,
      ...(caseStudy.author ? { author: caseStudy.author } : {}),
    };
  }
}

export const outcomeType = (outcome: StoredOutcome): CaseStudyOutcomeType => ({
  ...outcome,
  improvementPercent: improvementPercent(outcome.before, outcome.after, outcome.direction),
});

const contentOf = (caseStudy: CaseStudyEntity): CaseStudyContent => ({
  title: caseStudy.title,
  summary: caseStudy.summary,
  body: caseStudy.body,
  bodyHtml: caseStudy.bodyHtml,
  organization: caseStudy.organization,
  industry: caseStudy.industry,
  organizationSize: caseStudy.organizationSize,
  periodStart: caseStudy.periodStart,
  periodEnd: caseStudy.periodEnd,
  releaseVersion: caseStudy.releaseVersion,
  outcomes: caseStudy.outcomes,
  links: caseStudy.links,
});

/** The columns the filters read. */
const indexed = (content: CaseStudyContent) => ({
  measureKeys: [...new Set(content.outcomes.map((outcome) => outcome.measureKey))],
  categoryKeys: [...new Set(content.outcomes.map((outcome) => outcome.categoryKey))],
});

function encodeCursor(caseStudy: CaseStudyEntity): string {
  return Buffer.from(`${caseStudy.publishedAt!.toISOString()}|${caseStudy.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !uuidSchema.safeParse(id).success) {
    throw CaseStudyErrors.invalid([{ path: 'after', message: 'is not a cursor this API returned' }]);
  }
  return { at, id };
}
