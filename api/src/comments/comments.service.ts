import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { z } from 'zod';
import { TEXT_LIMITS } from '@ocmf/standard';
import { AuditService } from '../audit/audit.service.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput, textSchema } from '../common/validation.js';
import { EventBus } from '../events/event-bus.js';
import { renderMarkdown } from '../markdown/markdown.js';
import { COMMENTABLE_STATUSES } from '../proposals/proposal-status.js';
import { ProposalEntity } from '../proposals/proposal.entity.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { can } from '../users/role.js';
import { UserEntity } from '../users/user.entity.js';
import { CommentEntity, CommentFlagEntity, CommentRevisionEntity } from './comment.entity.js';
import type {
  AddCommentInput,
  CommentPageType,
  CommentType,
  EditCommentInput,
  FlaggedCommentType,
  FlagCommentInput,
  HideCommentInput,
} from './comment.types.js';
import { CommentErrors } from './comments.errors.js';
import { CommonErrors } from '../common/domain-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const bodySchema = textSchema(TEXT_LIMITS.comment);
const reasonSchema = textSchema(TEXT_LIMITS.moderationReason, {
  tooShort: `must say why, in at least ${TEXT_LIMITS.moderationReason.min} characters`,
});
const uuidSchema = z.uuid('is not a comment id');

@Injectable()
export class CommentsService {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /** A proposal's comments, oldest first (the web app nests replies under their parents). */
  async forProposal(ctx: RequestContext, proposalId: string, proposalNumber: number): Promise<CommentType[]> {
    // One statement: the comments, their authors, and whether the viewer has flagged each.
    const query = ctx.manager
      .createQueryBuilder(CommentEntity, 'c')
      .innerJoinAndSelect('c.author', 'author')
      .where('c.proposal_id = :proposalId', { proposalId })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC');
    if (ctx.user) {
      query.leftJoinAndMapOne('c.viewerFlag', CommentFlagEntity, 'vf', 'vf.comment_id = c.id AND vf.flagger_id = :viewer', {
        viewer: ctx.user.id,
      });
    }
    const comments = await query.getMany();
    if (ctx.user) for (const comment of comments) comment.viewerFlag ??= null;
    return this.toTypes(ctx, comments, new Map([[proposalId, proposalNumber]]));
  }

  /**
   * One page of a proposal's comments, oldest first, after the comment `after` (its id). Every reply is newer than
   * the comment it answers, so each page and the ones before it hold whole threads as far as they go. One statement:
   * the comments, their authors, their earlier versions, the viewer's flags and the discussion's size.
   */
  async pageForProposal(
    ctx: RequestContext,
    proposalId: string,
    proposalNumber: number,
    first: number,
    after: string | null,
  ): Promise<CommentPageType> {
    if (after !== null && !UUID.test(after)) throw CommonErrors.badInput([{ path: 'after', message: 'is not a cursor this API returned' }]);
    const viewerId = ctx.user?.id ?? null;
    // Plain SQL: this is the proposal page's largest read (up to 100 comments with their authors), and TypeORM's
    // query building and hydration of two entities per row cost more than the statement itself.
    const rows = (await ctx.manager.query(
      `SELECT c.id, c.proposal_id, c.parent_id, c.author_id, c.body, c.body_html, c.created_at, c.edited_at, c.hidden_at,
              c.hidden_by, c.hidden_reason,
              u.email, u.display_name, u.handle, u.role, u.created_at AS author_created_at, u.email_verified_at,
              u.deactivated_at,
              (SELECT count(*) FROM comments t WHERE t.proposal_id = c.proposal_id)::int AS total_count,
              (SELECT coalesce(json_agg(json_build_object('body', r.body, 'bodyHtml', r.body_html, 'writtenAt', r.written_at)
                                        ORDER BY r.written_at), '[]'::json)
                 FROM comment_revisions r WHERE r.comment_id = c.id) AS revisions,
              $3::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM comment_flags f WHERE f.comment_id = c.id AND f.flagger_id = $3) AS viewer_flagged
         FROM comments c JOIN users u ON u.id = c.author_id
        WHERE c.proposal_id = $1
          -- Compared in the database, to the microsecond the comment was written (a JavaScript Date keeps milliseconds).
          AND ($2::uuid IS NULL OR (c.created_at, c.id) > (SELECT a.created_at, a.id FROM comments a WHERE a.id = $2 AND a.proposal_id = $1))
        ORDER BY c.created_at, c.id
        LIMIT $4`,
      [proposalId, after, viewerId, first + 1],
    )) as CommentRow[];
    const comments = rows.map((row) => toComment(row, viewerId !== null));
    const page = comments.slice(0, first);
    // With no row after the cursor, the count comes from a statement of its own (only at the end of a discussion).
    const totalCount = rows[0] !== undefined ? rows[0].total_count : await ctx.manager.countBy(CommentEntity, { proposalId });
    return {
      nodes: await this.toTypes(ctx, page, new Map([[proposalId, proposalNumber]])),
      totalCount,
      hasNextPage: comments.length > first,
      endCursor: page.at(-1)?.id ?? after,
    };
  }

  async add(ctx: RequestContext, input: AddCommentInput): Promise<CommentType> {
    const user = requireUser(ctx);
    const body = parseInput(bodySchema, input.body, 'input.body');
    const proposal = await this.proposals.find(ctx, input.proposalNumber);
    if (!COMMENTABLE_STATUSES.includes(proposal.status)) throw CommentErrors.closed(proposal.status);
    if (input.parentId) {
      const parentId = parseInput(uuidSchema, input.parentId, 'input.parentId');
      const parent = await ctx.manager.findOneBy(CommentEntity, { id: parentId, proposalId: proposal.id });
      if (!parent) throw CommentErrors.parentElsewhere();
      if (parent.hiddenAt) throw CommentErrors.hidden();
    }
    const comment = await ctx.manager.save(
      ctx.manager.create(CommentEntity, {
        proposalId: proposal.id,
        parentId: input.parentId ?? null,
        authorId: user.id,
        body,
        bodyHtml: renderMarkdown(body),
      }),
    );
    await this.proposals.touchActivity(ctx, proposal.id);
    await this.audit.record(ctx, {
      action: 'comment.created',
      subjectType: 'comment',
      subjectId: comment.id,
      data: { proposal: proposal.number },
    });
    await this.events.publish(ctx, {
      type: 'CommentAdded',
      commentId: comment.id,
      proposalId: proposal.id,
      proposalNumber: proposal.number,
      parentId: comment.parentId,
      authorId: user.id,
    });
    return (await this.toTypes(ctx, [comment], new Map([[proposal.id, proposal.number]])))[0]!;
  }

  /** Authors edit their comments; the previous body is kept as a revision anyone can read. */
  async edit(ctx: RequestContext, input: EditCommentInput): Promise<CommentType> {
    const user = requireUser(ctx);
    const body = parseInput(bodySchema, input.body, 'input.body');
    const comment = await this.find(ctx, input.id, { lock: true });
    if (comment.authorId !== user.id) throw CommentErrors.notAuthor();
    if (comment.hiddenAt) throw CommentErrors.hidden();
    if (body === comment.body) return this.one(ctx, comment);
    await ctx.manager.insert(CommentRevisionEntity, {
      commentId: comment.id,
      body: comment.body,
      bodyHtml: comment.bodyHtml,
      writtenAt: comment.editedAt ?? comment.createdAt,
    });
    comment.body = body;
    comment.bodyHtml = renderMarkdown(body);
    comment.editedAt = new Date();
    await ctx.manager.update(CommentEntity, { id: comment.id }, { body, bodyHtml: comment.bodyHtml, editedAt: comment.editedAt });
    await this.audit.record(ctx, { action: 'comment.edited', subjectType: 'comment', subjectId: comment.id });
    const proposal = await this.proposals.findById(ctx, comment.proposalId);
    await this.events.publish(ctx, {
      type: 'CommentEdited',
      commentId: comment.id,
      proposalId: proposal.id,
      proposalNumber: proposal.number,
      authorId: user.id,
    });
    return this.one(ctx, comment);
  }

  /** Editors hide a comment with a public reason; its content stays in the database. Open flags are resolved. */
  async hide(ctx: RequestContext, input: HideCommentInput): Promise<CommentType> {
    const user = requireUser(ctx);
    const reason = parseInput(reasonSchema, input.reason, 'input.reason');
    const comment = await this.find(ctx, input.id, { lock: true });
    if (!comment.hiddenAt) {
      comment.hiddenAt = new Date();
      comment.hiddenBy = user.id;
      comment.hiddenReason = reason;
      await ctx.manager.update(CommentEntity, { id: comment.id }, { hiddenAt: comment.hiddenAt, hiddenBy: user.id, hiddenReason: reason });
      await this.audit.record(ctx, { action: 'comment.hidden', subjectType: 'comment', subjectId: comment.id, reason });
      await this.publishModeration(ctx, comment, 'hidden', reason);
    }
    await this.resolveFlags(ctx, comment.id, 'HIDDEN');
    return this.one(ctx, comment);
  }

  async unhide(ctx: RequestContext, id: string): Promise<CommentType> {
    requireUser(ctx);
    const comment = await this.find(ctx, id, { lock: true });
    if (comment.hiddenAt) {
      await ctx.manager.update(CommentEntity, { id: comment.id }, { hiddenAt: null, hiddenBy: null, hiddenReason: null });
      Object.assign(comment, { hiddenAt: null, hiddenBy: null, hiddenReason: null });
      await this.audit.record(ctx, { action: 'comment.unhidden', subjectType: 'comment', subjectId: comment.id });
      await this.publishModeration(ctx, comment, 'unhidden', null);
    }
    return this.one(ctx, comment);
  }

  async flag(ctx: RequestContext, input: FlagCommentInput): Promise<CommentType> {
    const user = requireUser(ctx);
    const reason = parseInput(reasonSchema, input.reason, 'input.reason');
    const comment = await this.find(ctx, input.id);
    let flagId: string;
    try {
      const inserted = await ctx.manager.insert(CommentFlagEntity, { commentId: comment.id, flaggerId: user.id, reason });
      flagId = String((inserted.identifiers[0] as { id: string }).id);
    } catch (error) {
      if (isUniqueViolation(error, 'comment_flags_comment_flagger_key')) throw CommentErrors.alreadyFlagged();
      throw error;
    }
    await this.audit.record(ctx, { action: 'comment.flagged', subjectType: 'comment', subjectId: comment.id, reason });
    const proposal = await this.proposals.findById(ctx, comment.proposalId);
    await this.events.publish(ctx, {
      type: 'CommentFlagged',
      commentId: comment.id,
      proposalId: proposal.id,
      proposalNumber: proposal.number,
      flagId,
      reason,
    });
    return this.one(ctx, comment);
  }

  /** An editor keeps a flagged comment: its open flags are closed as dismissed. */
  async dismissFlags(ctx: RequestContext, id: string): Promise<CommentType> {
    const comment = await this.find(ctx, id, { lock: true });
    await this.resolveFlags(ctx, comment.id, 'DISMISSED');
    await this.publishModeration(ctx, comment, 'flags_dismissed', null);
    return this.one(ctx, comment);
  }

  /** Comments with open flags, oldest flag first: the editors' queue. */
  async moderationQueue(ctx: RequestContext): Promise<FlaggedCommentType[]> {
    const flags = await ctx.manager.find(CommentFlagEntity, { where: { resolvedAt: IsNull() }, order: { createdAt: 'ASC' } });
    if (flags.length === 0) return [];
    const commentIds = [...new Set(flags.map((flag) => flag.commentId))];
    const comments = await ctx.manager.findBy(CommentEntity, { id: In(commentIds) });
    const proposals = await ctx.manager.findBy(ProposalEntity, { id: In([...new Set(comments.map((c) => c.proposalId))]) });
    const flaggers = await ctx.manager.findBy(UserEntity, { id: In([...new Set(flags.map((f) => f.flaggerId))]) });
    const views = await this.toTypes(ctx, comments, new Map(proposals.map((p) => [p.id, p.number])));
    return commentIds.map((commentId) => {
      const comment = views.find((view) => view.id === commentId)!;
      const proposal = proposals.find((p) => p.number === comment.proposalNumber)!;
      return {
        comment,
        proposalTitle: proposal.title,
        flags: flags
          .filter((flag) => flag.commentId === commentId)
          .map((flag) => {
            const flagger = flaggers.find((u) => u.id === flag.flaggerId)!;
            return {
              id: flag.id,
              reason: flag.reason,
              createdAt: flag.createdAt,
              flagger: { id: flagger.id, displayName: flagger.displayName, email: null, role: flagger.role, createdAt: flagger.createdAt },
            };
          }),
      };
    });
  }

  private async publishModeration(
    ctx: RequestContext,
    comment: CommentEntity,
    action: 'hidden' | 'unhidden' | 'flags_dismissed',
    reason: string | null,
  ): Promise<void> {
    const proposal = await this.proposals.findById(ctx, comment.proposalId);
    await this.events.publish(ctx, {
      type: 'CommentModerated',
      commentId: comment.id,
      proposalId: proposal.id,
      proposalNumber: proposal.number,
      action,
      reason,
    });
  }

  private async resolveFlags(ctx: RequestContext, commentId: string, resolution: 'HIDDEN' | 'DISMISSED'): Promise<void> {
    await ctx.manager.update(
      CommentFlagEntity,
      { commentId, resolvedAt: IsNull() },
      { resolvedAt: new Date(), resolvedBy: ctx.user?.id ?? null, resolution },
    );
  }

  private async find(ctx: RequestContext, id: string, options: { lock?: boolean } = {}): Promise<CommentEntity> {
    const commentId = parseInput(uuidSchema, id, 'input.id');
    const comment = await ctx.manager.findOne(CommentEntity, {
      where: { id: commentId },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!comment) throw CommentErrors.notFound(id);
    // Comments on a DRAFT do not exist, but keep the visibility rule in one place anyway.
    await this.proposals.findById(ctx, comment.proposalId);
    return comment;
  }

  private async one(ctx: RequestContext, comment: CommentEntity): Promise<CommentType> {
    const proposal = await this.proposals.findById(ctx, comment.proposalId);
    return (await this.toTypes(ctx, [comment], new Map([[proposal.id, proposal.number]])))[0]!;
  }

  /** Views of comments, with flag counts and the viewer's own flags fetched in one query each. */
  private async toTypes(ctx: RequestContext, comments: CommentEntity[], proposalNumbers: Map<string, number>): Promise<CommentType[]> {
    if (comments.length === 0) return [];
    const viewer = ctx.user;
    const moderator = viewer !== null && can(viewer.role, 'comment:moderate');
    const ids = comments.map((c) => c.id);
    const openFlags = moderator
      ? await ctx.manager
          .createQueryBuilder(CommentFlagEntity, 'f')
          .select('f.comment_id', 'commentId')
          .addSelect('COUNT(*)::int', 'count')
          .where('f.comment_id IN (:...ids)', { ids })
          .andWhere('f.resolved_at IS NULL')
          .groupBy('f.comment_id')
          .getRawMany<{ commentId: string; count: number }>()
      : [];
    const joined = comments.every((comment) => comment.viewerFlag !== undefined);
    const viewerFlags =
      viewer && !joined
        ? await ctx.manager.find(CommentFlagEntity, { select: { commentId: true }, where: { commentId: In(ids), flaggerId: viewer.id } })
        : [];
    const flagged = new Set([
      ...viewerFlags.map((flag) => flag.commentId),
      ...comments.filter((comment) => comment.viewerFlag).map((comment) => comment.id),
    ]);
    return comments.map((comment) => {
      const hidden = comment.hiddenAt !== null;
      const visible = !hidden || moderator;
      return {
        id: comment.id,
        parentId: comment.parentId,
        body: visible ? comment.body : null,
        bodyHtml: visible ? comment.bodyHtml : null,
        createdAt: comment.createdAt,
        editedAt: comment.editedAt,
        hidden,
        hiddenReason: comment.hiddenReason,
        hiddenAt: comment.hiddenAt,
        openFlagCount: Number(openFlags.find((row) => row.commentId === comment.id)?.count ?? 0),
        viewerHasFlagged: flagged.has(comment.id),
        viewerCanEdit: viewer?.id === comment.authorId && !hidden,
        proposalNumber: proposalNumbers.get(comment.proposalId) ?? 0,
        authorId: comment.authorId,
        author: comment.author,
        revisions: comment.revisions,
      };
    });
  }
}

type RawRevision = { body: string; bodyHtml: string; writtenAt: string };

/** A comment as the proposal page's read returns it: its columns, its author's, the page's size and the viewer's flag. */
type CommentRow = {
  id: string;
  proposal_id: string;
  parent_id: string | null;
  author_id: string;
  body: string;
  body_html: string;
  created_at: Date;
  edited_at: Date | null;
  hidden_at: Date | null;
  hidden_by: string | null;
  hidden_reason: string | null;
  email: string;
  display_name: string;
  handle: string;
  role: UserEntity['role'];
  author_created_at: Date;
  email_verified_at: Date | null;
  deactivated_at: Date | null;
  total_count: number;
  revisions: RawRevision[];
  viewer_flagged: boolean;
};

/** The row as the entity the rest of this service works with (author, revisions and, for a viewer, their flag). */
function toComment(row: CommentRow, forViewer: boolean): CommentEntity {
  const author = {
    id: row.author_id,
    email: row.email,
    displayName: row.display_name,
    handle: row.handle,
    role: row.role,
    createdAt: row.author_created_at,
    emailVerifiedAt: row.email_verified_at,
    deactivatedAt: row.deactivated_at,
  } as UserEntity;
  return {
    id: row.id,
    proposalId: row.proposal_id,
    parentId: row.parent_id,
    authorId: row.author_id,
    author,
    body: row.body,
    bodyHtml: row.body_html,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    hiddenAt: row.hidden_at,
    hiddenBy: row.hidden_by,
    hiddenReason: row.hidden_reason,
    revisions: row.revisions.map((revision) => ({ ...revision, writtenAt: new Date(revision.writtenAt) })),
    ...(forViewer ? { viewerFlag: row.viewer_flagged ? ({ commentId: row.id } as CommentFlagEntity) : null } : {}),
  } as CommentEntity;
}
