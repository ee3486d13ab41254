import type { AuthUser } from '../common/request-context.js';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { UserType } from '../users/user.type.js';
import { listCost } from '../common/query-limits.js';

@ObjectType('CommentRevision', { description: 'An earlier version of an edited comment.' })
export class CommentRevisionType {
  @Field()
  body: string;
  @Field()
  bodyHtml: string;
  @Field({ description: 'When this version was written.' })
  writtenAt: Date;
}

@ObjectType('Comment')
export class CommentType {
  @Field(() => ID)
  id: string;
  @Field(() => ID, { nullable: true, description: 'The comment this replies to.' })
  parentId: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown source; null when hidden (editors still see it).' })
  body: string | null;
  @Field(() => String, { nullable: true, description: 'Sanitized HTML; null when hidden (editors still see it).' })
  bodyHtml: string | null;
  @Field()
  createdAt: Date;
  @Field(() => Date, { nullable: true })
  editedAt: Date | null;
  @Field()
  hidden: boolean;
  @Field(() => String, { nullable: true, description: 'Why an editor hid it; public.' })
  hiddenReason: string | null;
  @Field(() => Date, { nullable: true })
  hiddenAt: Date | null;
  @Field(() => Int, { description: 'Open moderation flags (editors only; 0 for everyone else).' })
  openFlagCount: number;
  @Field({ description: 'The signed-in user has flagged this comment.' })
  viewerHasFlagged: boolean;
  @Field({ description: 'The signed-in user wrote it and may edit it.' })
  viewerCanEdit: boolean;
  @Field(() => Int, { description: 'Proposal number the comment belongs to.' })
  proposalNumber: number;

  authorId: string;
  /** Read with the comment, when the query joined it. */
  author?: AuthUser;
  /** Earlier versions, oldest first, when the query read them with the comment (a page of comments does). */
  revisions?: CommentRevisionType[];
}

@ObjectType('CommentFlag')
export class CommentFlagType {
  @Field(() => ID)
  id: string;
  @Field()
  reason: string;
  @Field()
  createdAt: Date;
  @Field(() => UserType)
  flagger: UserType;
}

@ObjectType('FlaggedComment', { description: 'A comment waiting for an editor’s decision.' })
export class FlaggedCommentType {
  @Field(() => CommentType)
  comment: CommentType;
  @Field()
  proposalTitle: string;
  @Field(() => [CommentFlagType])
  flags: CommentFlagType[];
}

@InputType()
export class AddCommentInput {
  @Field(() => Int)
  proposalNumber: number;
  @Field(() => ID, { nullable: true, description: 'Reply to this comment.' })
  parentId?: string | null;
  @Field({ description: 'Markdown.' })
  body: string;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  id: string;
  @Field()
  body: string;
}

@InputType()
export class HideCommentInput {
  @Field(() => ID)
  id: string;
  @Field({ description: 'Shown publicly in place of the comment.' })
  reason: string;
}

@InputType()
export class FlagCommentInput {
  @Field(() => ID)
  id: string;
  @Field()
  reason: string;
}

@ObjectType('CommentPage')
export class CommentPageType {
  // The page size (`first`) already multiplies its cost.
  @Field(() => [CommentType], { description: 'Oldest first; a reply always comes after the comment it answers.', complexity: listCost(1) })
  nodes: CommentType[];
  @Field(() => Int, { description: 'Every comment of the discussion, hidden ones included (they show as hidden).' })
  totalCount: number;
  @Field()
  hasNextPage: boolean;
  @Field(() => ID, { nullable: true, description: 'Pass as `after` to read the next page.' })
  endCursor: string | null;
}
