import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirePermission, SignedIn } from '../auth/guards.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { ProposalType } from '../proposals/proposal.types.js';
import { UserType } from '../users/user.type.js';
import { UsersService } from '../users/users.service.js';
import {
  AddCommentInput,
  CommentPageType,
  CommentRevisionType,
  CommentType,
  EditCommentInput,
  FlagCommentInput,
  FlaggedCommentType,
  HideCommentInput,
} from './comment.types.js';
import { CommentCounts, CommentRevisions } from './comments.loader.js';
import { CommentsService } from './comments.service.js';
import { listCost } from '../common/query-limits.js';

@Resolver(() => CommentType)
export class CommentsResolver {
  constructor(
    private readonly service: CommentsService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => CommentType, { description: 'Comment on a proposal in DISCUSSION or VOTING, or reply to a comment (parentId).' })
  @RequirePermission('comment:create')
  @Transactional()
  addComment(@Ctx() ctx: RequestContext, @Args('input') input: AddCommentInput): Promise<CommentType> {
    return this.service.add(ctx, input);
  }

  @Mutation(() => CommentType, { description: 'The author edits their comment; the previous version stays readable.' })
  @SignedIn()
  @Transactional()
  editComment(@Ctx() ctx: RequestContext, @Args('input') input: EditCommentInput): Promise<CommentType> {
    return this.service.edit(ctx, input);
  }

  @Mutation(() => CommentType, { description: 'Editors hide a comment with a public reason. The content is kept.' })
  @RequirePermission('comment:moderate')
  @Transactional()
  hideComment(@Ctx() ctx: RequestContext, @Args('input') input: HideCommentInput): Promise<CommentType> {
    return this.service.hide(ctx, input);
  }

  @Mutation(() => CommentType)
  @RequirePermission('comment:moderate')
  @Transactional()
  unhideComment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<CommentType> {
    return this.service.unhide(ctx, id);
  }

  @Mutation(() => CommentType, { description: 'Ask the editors to look at a comment.' })
  @SignedIn()
  @Transactional()
  flagComment(@Ctx() ctx: RequestContext, @Args('input') input: FlagCommentInput): Promise<CommentType> {
    return this.service.flag(ctx, input);
  }

  @Mutation(() => CommentType, { description: 'Editors keep a flagged comment visible and close its flags.' })
  @RequirePermission('comment:moderate')
  @Transactional()
  dismissCommentFlags(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<CommentType> {
    return this.service.dismissFlags(ctx, id);
  }

  @Query(() => [FlaggedCommentType], { description: 'Comments with open flags, for editors.', complexity: listCost(50) })
  @RequirePermission('comment:moderate')
  moderationQueue(@Ctx() ctx: RequestContext): Promise<FlaggedCommentType[]> {
    return this.service.moderationQueue(ctx);
  }

  @ResolveField(() => UserType)
  author(@Ctx() ctx: RequestContext, @Parent() comment: CommentType): Promise<UserType> {
    if (comment.author) return Promise.resolve(this.users.toType(comment.author, ctx.user));
    return this.users.view(ctx, comment.authorId);
  }

  @ResolveField(() => [CommentRevisionType], { description: 'Earlier versions, oldest first; empty when hidden (except for editors).' })
  async revisions(@Ctx() ctx: RequestContext, @Parent() comment: CommentType): Promise<CommentRevisionType[]> {
    if (comment.body === null) return [];
    if (comment.revisions) return comment.revisions;
    const revisions = await ctx.loaders.get(CommentRevisions).load(comment.id);
    return revisions.map((revision) => ({ body: revision.body, bodyHtml: revision.bodyHtml, writtenAt: revision.writtenAt }));
  }
}

/** The discussion, as fields of Proposal. */
@Resolver(() => ProposalType)
export class ProposalCommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @ResolveField(() => [CommentType], { description: 'The discussion, oldest first; replies carry parentId.', complexity: listCost(100) })
  comments(@Ctx() ctx: RequestContext, @Parent() proposal: ProposalType): Promise<CommentType[]> {
    return this.service.forProposal(ctx, proposal.id, proposal.number);
  }

  @ResolveField(() => CommentPageType, {
    description: 'The discussion a page at a time, oldest first (replies carry parentId and come after their parent).',
    complexity: listCost(50, 'first'),
  })
  commentPage(
    @Ctx() ctx: RequestContext,
    @Parent() proposal: ProposalType,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100 (default 50).' }) first: number | null,
    @Args('after', { type: () => ID, nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
  ): Promise<CommentPageType> {
    return this.service.pageForProposal(ctx, proposal.id, proposal.number, Math.min(Math.max(first ?? 50, 1), 100), after ?? null);
  }

  @ResolveField(() => Int, { description: 'Visible comments.' })
  commentCount(@Ctx() ctx: RequestContext, @Parent() proposal: ProposalType): Promise<number> {
    return ctx.loaders.get(CommentCounts).load(proposal.id);
  }
}
