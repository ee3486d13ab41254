import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Change } from '@ocmf/standard';
import { JSONScalar } from '../common/json.scalar.js';
import type { AuthUser } from '../common/request-context.js';
import { ProposalStatus } from './proposal-status.js';
import { listCost } from '../common/query-limits.js';

@ObjectType()
export class ValidationIssueType {
  @Field({ description: 'Stable code, e.g. FOCUS_SUM_NOT_100, UNKNOWN_MEASURE, CONFLICT.' })
  code: string;
  @Field({ description: 'Where, e.g. changes[1].measure.name or measures.time-to-smile.definition.' })
  path: string;
  @Field()
  message: string;
}

@ObjectType('Conflict', { description: 'A field the proposal changes that the draft has changed differently since the proposal’s base.' })
export class ConflictType {
  @Field(() => Int)
  changeIndex: number;
  @Field({ description: 'e.g. measures.time-to-smile.definition' })
  path: string;
  @Field(() => JSONScalar, { nullable: true, description: 'The value at the proposal’s base revision.' })
  base: unknown;
  @Field(() => JSONScalar, { nullable: true, description: 'The value in the current draft.' })
  current: unknown;
  @Field(() => JSONScalar, { nullable: true, description: 'The value the proposal sets.' })
  proposed: unknown;
}

@ObjectType('ProposalPreview', { description: 'What the proposal does to the framework (to the current draft, until merged).' })
export class ProposalPreviewType {
  @Field({ description: 'Every change applies cleanly.' })
  applies: boolean;
  @Field(() => Int, { description: 'The draft revision the preview was computed against.' })
  againstRevision: number;
  @Field(() => [ConflictType])
  conflicts: ConflictType[];
  @Field(() => [ValidationIssueType])
  issues: ValidationIssueType[];
  @Field(() => JSONScalar, { description: 'The framework document before the change set.' })
  before: unknown;
  @Field(() => JSONScalar, { description: 'The document after it (with only the changes that apply, when some do not).' })
  after: unknown;
}

@ObjectType('ProposalEvent', { description: 'One entry of a proposal’s history: created, edited, or moved between statuses.' })
export class ProposalEventType {
  @Field(() => ID)
  id: string;
  @Field({ description: 'proposal.created, proposal.edited, proposal.status_changed, ...' })
  action: string;
  @Field(() => ProposalStatus, { nullable: true })
  fromStatus: ProposalStatus | null;
  @Field(() => ProposalStatus, { nullable: true })
  toStatus: ProposalStatus | null;
  @Field(() => String, { nullable: true })
  reason: string | null;
  @Field()
  at: Date;
  actorId: string | null;
  /** Read with the event, when the query joined it. */
  actor?: AuthUser | null;
}

@ObjectType('Proposal')
export class ProposalType {
  @Field(() => ID)
  id: string;
  @Field(() => Int)
  number: number;
  @Field()
  title: string;
  @Field({ description: 'Markdown source.' })
  summary: string;
  @Field({ description: 'The summary rendered to sanitized HTML.' })
  summaryHtml: string;
  @Field(() => ProposalStatus)
  status: ProposalStatus;
  @Field(() => Int, { description: 'The draft revision the change set was written against.' })
  baseRevision: number;
  @Field(() => Int, { nullable: true, description: 'The draft revision its merge produced.' })
  mergedRevision: number | null;
  @Field(() => String, { nullable: true, description: 'The release version that published it.' })
  releasedIn: string | null;
  @Field(() => [String])
  touchedCategories: string[];
  @Field(() => [String])
  touchedMeasures: string[];
  @Field()
  createdAt: Date;
  @Field()
  updatedAt: Date;
  @Field()
  lastActivityAt: Date;

  authorId: string;
  /** The stored change set, resolved into `changes` and `preview` by field resolvers. */
  changeSet: Change[];
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;
  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('ProposalConnection')
export class ProposalConnection {
  // The connection's page size already multiplies its cost.
  @Field(() => [ProposalType], { complexity: listCost(1) })
  nodes: ProposalType[];
  @Field(() => Int)
  totalCount: number;
  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
