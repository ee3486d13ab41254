import { Injectable } from '@nestjs/common';
import { applyChanges, type Change, type FrameworkDocument, TEXT_LIMITS, touchedKeys, validateChanges } from '@ocmf/standard';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { ProposalAuditTrail } from '../audit/audit.loader.js';
import { CommonErrors } from '../common/domain-error.js';
import { LruCache } from '../common/lru-cache.js';
import { type AuthUser, type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput, textSchema } from '../common/validation.js';
import { EventBus } from '../events/event-bus.js';
import { revisionKey } from '../framework/draft-revision.entity.js';
import { FrameworkService } from '../framework/framework.service.js';
import { UsersById } from '../users/users.loader.js';
import { renderMarkdown } from '../markdown/markdown.js';
import { changesFromInput, toInputIssue } from './change-mapping.js';
import type { ChangeInput } from './change.types.js';
import type { CreateProposalInput, ProposalsArgs, UpdateProposalInput } from './dto/proposal.input.js';
import { ProposalEntity } from './proposal.entity.js';
import { EDITABLE_STATUSES, PUBLIC_STATUSES, type ProposalStatus, WITHDRAWABLE_STATUSES } from './proposal-status.js';
import type { ProposalConnection, ProposalEventType, ProposalPreviewType, ProposalType } from './proposal.types.js';
import { ProposalErrors } from './proposals.errors.js';

const MAX_CHANGES = 50;
const { proposalTitle, proposalSummary, reason } = TEXT_LIMITS;

const proposalTextSchema = z.object({
  title: textSchema(proposalTitle, { plain: true }),
  summary: textSchema(proposalSummary, { tooShort: 'must not be empty: say why, with evidence if you have it' }),
});

const reasonSchema = textSchema(reason).optional().nullable();

@Injectable()
export class ProposalsService {
  /**
   * Previews of open proposals, by the two revisions and the change set they are computed from: applying and
   * validating a whole document was about 4% of reading a proposal page. Each holds a whole document.
   */
  private readonly previews = new LruCache<string, ProposalPreviewType>(64);

  constructor(
    private readonly framework: FrameworkService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  // ---- reading ----

  async list(ctx: RequestContext, args: ProposalsArgs): Promise<ProposalConnection> {
    const first = Math.min(Math.max(args.first ?? 20, 1), 100);
    const query = ctx.manager.createQueryBuilder(ProposalEntity, 'p');
    this.whereVisible(query, ctx.user);
    if (args.status) query.andWhere('p.status = :status', { status: args.status });
    if (args.categoryKey) query.andWhere(':category = ANY(p.touched_categories)', { category: args.categoryKey });
    if (args.measureKey) query.andWhere(':measure = ANY(p.touched_measures)', { measure: args.measureKey });
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const cursor = decodeCursor(args.after);
      query.andWhere('(p.last_activity_at, p.number) < (:at, :number)', cursor);
    }
    const rows = await query
      .orderBy('p.last_activity_at', 'DESC')
      .addOrderBy('p.number', 'DESC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes: nodes.map(toType),
      totalCount,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last) : null },
    };
  }

  /** A proposal to show, its author read in the same statement (and handed to the users loader). */
  async get(ctx: RequestContext, number: number): Promise<ProposalType> {
    const proposal = await ctx.manager
      .createQueryBuilder(ProposalEntity, 'p')
      .innerJoinAndSelect('p.author', 'author')
      .where('p.number = :number', { number })
      .getOne();
    if (!proposal || !isVisible(proposal, ctx.user)) throw ProposalErrors.notFound(number);
    ctx.loaders.get(UsersById).prime(proposal.author.id, proposal.author);
    return toType(proposal);
  }

  /** What the change set does: against the current draft while open, against its merge once merged. */
  async preview(ctx: RequestContext, proposal: ProposalType): Promise<ProposalPreviewType> {
    if (proposal.mergedRevision !== null) {
      const [before, after] = await Promise.all([
        this.framework.revision(ctx, proposal.mergedRevision - 1),
        this.framework.revision(ctx, proposal.mergedRevision),
      ]);
      return { applies: true, againstRevision: before.revision, conflicts: [], issues: [], before: before.document, after: after.document };
    }
    const [current, base] = await Promise.all([this.framework.currentRevision(ctx), this.framework.revision(ctx, proposal.baseRevision)]);
    return this.previews.get(`${revisionKey(current)} ${revisionKey(base)} ${JSON.stringify(proposal.changeSet)}`, () => {
      const result = applyChanges(current.document, proposal.changeSet, { base: base.document });
      return {
        applies: result.ok,
        againstRevision: current.revision,
        conflicts: result.ok ? [] : result.conflicts,
        issues: result.ok ? [] : result.issues.filter((issue) => issue.code !== 'CONFLICT'),
        before: current.document,
        after: result.document,
      };
    });
  }

  async history(ctx: RequestContext, proposal: ProposalType): Promise<ProposalEventType[]> {
    const events = await ctx.loaders.get(ProposalAuditTrail).load(proposal.id);
    return events.map((event) => ({
      id: event.id,
      action: event.action,
      fromStatus: event.fromState as ProposalStatus | null,
      toStatus: event.toState as ProposalStatus | null,
      reason: event.reason,
      at: event.createdAt,
      actorId: event.actorId,
      actor: event.actor ?? null,
    }));
  }

  /** The document a proposal's change descriptions refer to: before its merge, or the current draft. */
  async describedAgainst(ctx: RequestContext, proposal: ProposalType): Promise<FrameworkDocument> {
    const revision =
      proposal.mergedRevision !== null
        ? await this.framework.revision(ctx, proposal.mergedRevision - 1)
        : await this.framework.currentRevision(ctx);
    return revision.document;
  }

  // ---- writing ----

  async create(ctx: RequestContext, input: CreateProposalInput): Promise<ProposalType> {
    const user = requireUser(ctx);
    const text = parseInput(proposalTextSchema, { title: input.title, summary: input.summary });
    const draft = await this.framework.currentRevision(ctx);
    const changes = this.checkedChanges(input.changes, draft.document);
    // Numbers are handed out in order under a transaction-scoped lock, so they never collide or skip.
    await ctx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['proposal-number']);
    const [{ next }] = (await ctx.manager.query('SELECT COALESCE(MAX(number), 0) + 1 AS next FROM proposals')) as [{ next: number }];
    const touched = touchedKeys(changes, draft.document);
    const proposal = ctx.manager.create(ProposalEntity, {
      number: Number(next),
      title: text.title,
      summary: text.summary,
      summaryHtml: renderMarkdown(text.summary),
      status: 'DRAFT',
      authorId: user.id,
      baseRevision: draft.revision,
      changes,
      touchedCategories: touched.categories,
      touchedMeasures: touched.measures,
      lastActivityAt: new Date(),
    });
    await ctx.manager.save(proposal);
    await this.audit.record(ctx, { action: 'proposal.created', subjectType: 'proposal', subjectId: proposal.id, toState: 'DRAFT' });
    await this.events.publish(ctx, {
      type: 'ProposalCreated',
      proposalId: proposal.id,
      proposalNumber: proposal.number,
      title: proposal.title,
      authorId: user.id,
    });
    return toType(proposal);
  }

  async update(ctx: RequestContext, input: UpdateProposalInput): Promise<ProposalType> {
    const user = requireUser(ctx);
    const proposal = await this.find(ctx, input.number, { lock: true });
    if (proposal.authorId !== user.id) throw ProposalErrors.notAuthor('edit it');
    if (!EDITABLE_STATUSES.includes(proposal.status)) throw ProposalErrors.wrongStatus('edited', proposal.status, EDITABLE_STATUSES);
    const text = parseInput(proposalTextSchema, { title: input.title ?? proposal.title, summary: input.summary ?? proposal.summary });
    const edited: string[] = [];
    if (text.title !== proposal.title) edited.push('title');
    if (text.summary !== proposal.summary) edited.push('summary');
    proposal.title = text.title;
    if (text.summary !== proposal.summary) proposal.summaryHtml = renderMarkdown(text.summary);
    proposal.summary = text.summary;
    if (input.changes) {
      // Rewriting the change set rebases it: it is checked against, and recorded as written against, today's draft.
      const draft = await this.framework.currentRevision(ctx);
      proposal.changes = this.checkedChanges(input.changes, draft.document);
      proposal.baseRevision = draft.revision;
      const touched = touchedKeys(proposal.changes, draft.document);
      proposal.touchedCategories = touched.categories;
      proposal.touchedMeasures = touched.measures;
      edited.push('changes');
    }
    if (edited.length === 0) return toType(proposal);
    proposal.lastActivityAt = new Date();
    await ctx.manager.save(proposal);
    await this.audit.record(ctx, {
      action: 'proposal.edited',
      subjectType: 'proposal',
      subjectId: proposal.id,
      data: { fields: edited, baseRevision: proposal.baseRevision },
    });
    await this.events.publish(ctx, {
      type: 'ProposalEdited',
      proposalId: proposal.id,
      proposalNumber: proposal.number,
      status: proposal.status,
      authorId: proposal.authorId,
      fields: edited,
    });
    return toType(proposal);
  }

  async submit(ctx: RequestContext, number: number): Promise<ProposalType> {
    const user = requireUser(ctx);
    const proposal = await this.find(ctx, number, { lock: true });
    if (proposal.authorId !== user.id) throw ProposalErrors.notAuthor('submit it');
    // It must still apply: the draft may have moved while this was a DRAFT.
    await this.assertApplies(ctx, proposal);
    return this.transition(ctx, proposal, ['DRAFT'], 'DISCUSSION', 'submitted', null);
  }

  async withdraw(ctx: RequestContext, number: number, reason: string | null | undefined): Promise<ProposalType> {
    const user = requireUser(ctx);
    const why = parseInput(reasonSchema, reason, 'reason');
    const proposal = await this.find(ctx, number, { lock: true });
    if (proposal.authorId !== user.id) throw ProposalErrors.notAuthor('withdraw it');
    return this.transition(ctx, proposal, WITHDRAWABLE_STATUSES, 'WITHDRAWN', 'withdrawn', why ?? null);
  }

  /** An editor applies an ACCEPTED proposal to the working draft, which advances one revision. */
  async merge(ctx: RequestContext, number: number): Promise<ProposalType> {
    requireUser(ctx);
    // Merges are serialised, so each is applied to the revision the previous one produced.
    await ctx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['draft-merge']);
    const proposal = await this.find(ctx, number, { lock: true });
    if (proposal.status !== 'ACCEPTED') throw ProposalErrors.wrongStatus('merged', proposal.status, ['ACCEPTED']);
    const [current, base] = await Promise.all([this.framework.currentRevision(ctx), this.framework.revision(ctx, proposal.baseRevision)]);
    const result = applyChanges(current.document, proposal.changes, { base: base.document });
    if (!result.ok) {
      throw ProposalErrors.mergeConflict(
        result.conflicts,
        result.issues.filter((issue) => issue.code !== 'CONFLICT'),
      );
    }
    const revision = await this.framework.appendRevision(ctx, result.document, `Merged proposal #${number}: ${proposal.title}`);
    await ctx.manager.update(ProposalEntity, { id: proposal.id }, { mergedRevision: revision.revision });
    proposal.mergedRevision = revision.revision;
    return this.transition(ctx, proposal, ['ACCEPTED'], 'MERGED', 'merged', `Draft revision ${revision.revision}`);
  }

  /** Refuses a stored change set that no longer applies cleanly (three-way) to the current draft. */
  async assertApplies(ctx: RequestContext, proposal: ProposalEntity): Promise<void> {
    const [current, base] = await Promise.all([this.framework.currentRevision(ctx), this.framework.revision(ctx, proposal.baseRevision)]);
    const issues = validateChanges(current.document, proposal.changes, { base: base.document });
    if (issues.length > 0)
      throw ProposalErrors.invalidChanges(issues.map((issue) => ({ path: issue.path, message: issue.message, code: issue.code })));
  }

  /**
   * Moves a proposal between statuses: the one place a status changes, with its audit event and its
   * ProposalStatusChanged event. The caller holds the row lock.
   */
  async transition(
    ctx: RequestContext,
    proposal: ProposalEntity,
    from: readonly ProposalStatus[],
    to: ProposalStatus,
    verb: string,
    reason: string | null,
    changes: Partial<Pick<ProposalEntity, 'releasedIn'>> = {},
  ): Promise<ProposalType> {
    if (!from.includes(proposal.status)) throw ProposalErrors.wrongStatus(verb, proposal.status, from);
    const previous = proposal.status;
    Object.assign(proposal, changes, { status: to, lastActivityAt: new Date() });
    await ctx.manager.update(ProposalEntity, { id: proposal.id }, { ...changes, status: to, lastActivityAt: proposal.lastActivityAt });
    await this.audit.record(ctx, {
      action: 'proposal.status_changed',
      subjectType: 'proposal',
      subjectId: proposal.id,
      fromState: previous,
      toState: to,
      reason,
    });
    await this.events.publish(ctx, {
      type: 'ProposalStatusChanged',
      proposalId: proposal.id,
      proposalNumber: proposal.number,
      title: proposal.title,
      authorId: proposal.authorId,
      from: previous,
      to,
      reason,
    });
    return toType(proposal);
  }

  /** A proposal the caller may see (a DRAFT only by its author), optionally locked for update. */
  async find(ctx: RequestContext, number: number, options: { lock?: boolean } = {}): Promise<ProposalEntity> {
    const proposal = await ctx.manager.findOne(ProposalEntity, {
      where: { number },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!proposal || !isVisible(proposal, ctx.user)) throw ProposalErrors.notFound(number);
    return proposal;
  }

  /** The same, by id, for records that point at a proposal (comments, ballots). */
  async findById(ctx: RequestContext, id: string): Promise<ProposalEntity> {
    const proposal = await ctx.manager.findOneBy(ProposalEntity, { id });
    if (!proposal || !isVisible(proposal, ctx.user)) throw new Error(`Proposal ${id} is missing`);
    return proposal;
  }

  async touchActivity(ctx: RequestContext, proposalId: string): Promise<void> {
    await ctx.manager.update(ProposalEntity, { id: proposalId }, { lastActivityAt: new Date() });
  }

  // ---- helpers ----

  private checkedChanges(inputs: ChangeInput[], draft: FrameworkDocument): Change[] {
    if (inputs.length === 0) throw CommonErrors.badInput([{ path: 'input.changes', message: 'must hold at least one change' }]);
    if (inputs.length > MAX_CHANGES)
      throw CommonErrors.badInput([{ path: 'input.changes', message: `must hold at most ${MAX_CHANGES} changes` }]);
    const parsed = changesFromInput(inputs);
    if ('issues' in parsed) throw ProposalErrors.invalidChanges(parsed.issues);
    const issues = validateChanges(draft, parsed.changes);
    if (issues.length > 0) throw ProposalErrors.invalidChanges(issues.map((issue) => toInputIssue(issue, inputs)));
    return parsed.changes;
  }

  private whereVisible(query: ReturnType<RequestContext['manager']['createQueryBuilder']>, viewer: AuthUser | null): void {
    if (viewer) query.where('(p.status IN (:...public) OR p.author_id = :viewer)', { public: PUBLIC_STATUSES, viewer: viewer.id });
    else query.where('p.status IN (:...public)', { public: PUBLIC_STATUSES });
  }
}

/** A DRAFT is its author's alone; every other status is public. */
function isVisible(proposal: Pick<ProposalEntity, 'status' | 'authorId'>, viewer: AuthUser | null): boolean {
  return proposal.status !== 'DRAFT' || proposal.authorId === viewer?.id;
}

export function toType(proposal: ProposalEntity): ProposalType {
  return {
    id: proposal.id,
    number: proposal.number,
    title: proposal.title,
    summary: proposal.summary,
    summaryHtml: proposal.summaryHtml,
    status: proposal.status,
    baseRevision: proposal.baseRevision,
    mergedRevision: proposal.mergedRevision ?? null,
    releasedIn: proposal.releasedIn ?? null,
    touchedCategories: proposal.touchedCategories,
    touchedMeasures: proposal.touchedMeasures,
    createdAt: proposal.createdAt,
    updatedAt: proposal.updatedAt,
    lastActivityAt: proposal.lastActivityAt,
    authorId: proposal.authorId,
    changeSet: proposal.changes,
  };
}

function encodeCursor(proposal: ProposalEntity): string {
  return Buffer.from(`${proposal.lastActivityAt.toISOString()}|${proposal.number}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; number: number } {
  const [at, number] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !number || Number.isNaN(Date.parse(at)) || !/^\d{1,9}$/.test(number)) {
    throw CommonErrors.badInput([{ path: 'after', message: 'is not a cursor this API returned' }]);
  }
  return { at, number: Number(number) };
}
