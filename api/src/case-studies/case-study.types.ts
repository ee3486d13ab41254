import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CASE_STUDY_STATUSES,
  type CaseStudyStatus,
  type Direction,
  INDUSTRIES,
  type Industry,
  ORGANIZATION_SIZES,
  type OrganizationSize,
  OUTCOME_USAGES,
  type OutcomeSummary,
  type OutcomeUsage,
} from '@ocmf/standard';
import type { AuthUser } from '../common/request-context.js';
import { listCost } from '../common/query-limits.js';
import { DirectionEnum } from '../framework/framework.types.js';
import { PageInfo } from '../proposals/proposal.types.js';
import { UserType } from '../users/user.type.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CaseStudyStatusEnum = asEnum(CASE_STUDY_STATUSES);
registerEnumType(CaseStudyStatusEnum, {
  name: 'CaseStudyStatus',
  description: 'DRAFT (its author only) → PUBLISHED; HIDDEN by an editor with a public reason (the content is kept).',
});

export const OutcomeUsageEnum = asEnum(OUTCOME_USAGES);
registerEnumType(OutcomeUsageEnum, {
  name: 'OutcomeUsage',
  description: 'How the measure was used: GUIDING decisions and learning, or GRADING people or targets (“guiding, not grading”).',
});

export const IndustryEnum = asEnum(INDUSTRIES);
registerEnumType(IndustryEnum, { name: 'Industry' });

export const OrganizationSizeEnum = asEnum(ORGANIZATION_SIZES);
registerEnumType(OrganizationSizeEnum, { name: 'OrganizationSize', description: 'Employees, e.g. SIZE_50_249.' });

@ObjectType('CaseStudyOutcome', { description: 'A measure’s baseline and result, in the measure’s unit.' })
export class CaseStudyOutcomeType {
  @Field()
  measureKey: string;
  @Field({ description: 'The measure’s name in the release used.' })
  measureName: string;
  @Field({ description: 'The measure’s unit in the release used.' })
  unit: string;
  @Field(() => DirectionEnum)
  direction: Direction;
  @Field()
  categoryKey: string;
  @Field(() => Float, { description: 'The baseline.' })
  before: number;
  @Field(() => Float, { description: 'The result.' })
  after: number;
  @Field(() => Float, {
    nullable: true,
    description:
      '(after − before) ÷ |before| × 100, sign flipped for LOWER_IS_BETTER so that positive always means better. Null when before is 0 or the direction is TARGET.',
  })
  improvementPercent: number | null;
  @Field(() => OutcomeUsageEnum)
  usage: OutcomeUsage;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  periodStart: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  periodEnd: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown.' })
  note: string | null;
  @Field(() => String, { nullable: true })
  noteHtml: string | null;
}

@ObjectType('CaseStudyLink')
export class CaseStudyLinkType {
  @Field()
  label: string;
  @Field()
  url: string;
}

@ObjectType('CaseStudyRevision', { description: 'An earlier version of a published case study, as it read before an edit.' })
export class CaseStudyRevisionType {
  @Field()
  title: string;
  @Field()
  summary: string;
  @Field()
  body: string;
  @Field()
  bodyHtml: string;
  @Field(() => String, { nullable: true })
  organization: string | null;
  @Field()
  releaseVersion: string;
  @Field(() => [CaseStudyOutcomeType])
  outcomes: CaseStudyOutcomeType[];
  @Field({ description: 'When this version was written.' })
  writtenAt: Date;
}

@ObjectType('CaseStudy', { description: 'A practitioner’s account of measures of a release in use, with before/after outcomes.' })
export class CaseStudyType {
  @Field(() => ID)
  id: string;
  @Field(() => CaseStudyStatusEnum)
  status: CaseStudyStatus;
  @Field()
  title: string;
  @Field({ description: 'A paragraph, plain text.' })
  summary: string;
  @Field(() => String, { nullable: true, description: 'Markdown source; null when hidden (its author and editors still see it).' })
  body: string | null;
  @Field(() => String, { nullable: true, description: 'Sanitized HTML; null when hidden (its author and editors still see it).' })
  bodyHtml: string | null;
  @Field(() => String, { nullable: true, description: 'The organisation’s name; null for an anonymous organisation.' })
  organization: string | null;
  @Field({ description: 'The organisation’s name, or “Anonymous organisation”.' })
  organizationName: string;
  @Field(() => IndustryEnum, { nullable: true })
  industry: Industry | null;
  @Field(() => OrganizationSizeEnum, { nullable: true })
  organizationSize: OrganizationSize | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  periodStart: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  periodEnd: string | null;
  @Field({ description: 'The release of OCMF used, e.g. 1.1.0.' })
  releaseVersion: string;
  @Field(() => [CaseStudyOutcomeType], { complexity: listCost(20) })
  outcomes: CaseStudyOutcomeType[];
  @Field(() => [CaseStudyLinkType], { description: 'White paper, slides, talk.', complexity: listCost(10) })
  links: CaseStudyLinkType[];
  @Field()
  createdAt: Date;
  @Field()
  updatedAt: Date;
  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When its author last edited it after publishing.' })
  editedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why an editor hid it; public.' })
  hiddenReason: string | null;
  @Field(() => Date, { nullable: true })
  hiddenAt: Date | null;
  @Field({ description: 'The signed-in user wrote it: they may edit and publish it.' })
  viewerIsAuthor: boolean;

  authorId: string;
  /** Read with the case study, when the query joined it. */
  author?: AuthUser;
}

@ObjectType('CaseStudyConnection')
export class CaseStudyConnection {
  // The connection's page size already multiplies its cost.
  @Field(() => [CaseStudyType], { complexity: listCost(1) })
  nodes: CaseStudyType[];
  @Field(() => Int)
  totalCount: number;
  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType('CaseStudyOutcomeSummary', { description: 'What the published case studies say of one measure.' })
export class OutcomeSummaryType implements OutcomeSummary {
  @Field(() => Int, { description: 'Case studies with an outcome for the measure.' })
  count: number;
  @Field(() => Int, { description: 'Outcomes better than their baseline, in the measure’s direction.' })
  improved: number;
  @Field(() => Int)
  worsened: number;
  @Field(() => Int)
  unchanged: number;
  @Field(() => Int, { description: 'Outcomes whose improvement cannot be said (a baseline of 0, or a TARGET measure).' })
  unknown: number;
  @Field(() => Float, { nullable: true, description: 'The median improvementPercent; null when none can be said.' })
  medianImprovementPercent: number | null;
}

@ObjectType('Evidence', { description: 'A published case study linked to a proposal as evidence.' })
export class EvidenceType {
  @Field(() => ID)
  id: string;
  @Field({ description: 'One line: what the case study shows for this proposal.' })
  note: string;
  @Field(() => CaseStudyType)
  caseStudy: CaseStudyType;
  @Field(() => UserType, { description: 'Who linked it.' })
  linkedBy: UserType;
  @Field()
  createdAt: Date;
  @Field({ description: 'The signed-in user linked it, or is an editor: they may remove it.' })
  viewerCanRemove: boolean;
  @Field(() => Int)
  proposalNumber: number;
}

@ObjectType('ProposalImpact', { description: 'What a proposal’s change set touches in the community, so voters see who is affected.' })
export class ProposalImpactType {
  @Field(() => [CaseStudyType], {
    description: 'Published case studies that use a measure the proposal changes, retires or moves, newest first.',
    complexity: listCost(50),
  })
  caseStudies: CaseStudyType[];
}

@ObjectType('CaseStudyFlag')
export class CaseStudyFlagType {
  @Field(() => ID)
  id: string;
  @Field()
  reason: string;
  @Field()
  createdAt: Date;
  @Field(() => UserType)
  flagger: UserType;
}

@ObjectType('FlaggedCaseStudy', { description: 'A case study waiting for an editor’s decision.' })
export class FlaggedCaseStudyType {
  @Field(() => CaseStudyType)
  caseStudy: CaseStudyType;
  @Field(() => [CaseStudyFlagType])
  flags: CaseStudyFlagType[];
}
