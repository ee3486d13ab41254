import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { Industry, OrganizationSize, OutcomeUsage } from '@ocmf/standard';
import { IndustryEnum, OrganizationSizeEnum, OutcomeUsageEnum } from '../case-study.types.js';

@InputType()
export class CaseStudyOutcomeInput {
  @Field({ description: 'A measure of the release used that is not retired in it.' })
  measureKey: string;
  @Field(() => Float, { description: 'The baseline, in the measure’s unit.' })
  before: number;
  @Field(() => Float, { description: 'The result, in the measure’s unit.' })
  after: number;
  @Field(() => OutcomeUsageEnum)
  usage: OutcomeUsage;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  periodStart?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, after periodStart.' })
  periodEnd?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown.' })
  note?: string | null;
}

@InputType()
export class CaseStudyLinkInput {
  @Field({ description: 'e.g. “White paper”, “Slides”, “Talk”.' })
  label: string;
  @Field({ description: 'An http(s) address.' })
  url: string;
}

@InputType({ description: 'A case study, whole: an update replaces every field.' })
export class CaseStudyInput {
  @Field()
  title: string;
  @Field({ description: 'A paragraph, plain text.' })
  summary: string;
  @Field({ description: 'Markdown: context, what changed, what happened, lessons.' })
  body: string;
  @Field(() => String, { nullable: true, description: 'The organisation’s name; empty or null for an anonymous organisation.' })
  organization?: string | null;
  @Field(() => IndustryEnum, { nullable: true })
  industry?: Industry | null;
  @Field(() => OrganizationSizeEnum, { nullable: true })
  organizationSize?: OrganizationSize | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  periodStart?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  periodEnd?: string | null;
  @Field({ description: 'A published release, e.g. 1.1.0, or "latest".' })
  releaseVersion: string;
  @Field(() => [CaseStudyOutcomeInput], { description: 'One per measure; at least one to publish.' })
  outcomes: CaseStudyOutcomeInput[];
  @Field(() => [CaseStudyLinkInput], { nullable: true })
  links?: CaseStudyLinkInput[] | null;
}

@InputType()
export class LinkEvidenceInput {
  @Field(() => Int)
  proposalNumber: number;
  @Field(() => ID)
  caseStudyId: string;
  @Field({ description: 'One line: what the case study shows for this proposal.' })
  note: string;
}

@InputType()
export class HideCaseStudyInput {
  @Field(() => ID)
  id: string;
  @Field({ description: 'Shown publicly in place of the case study.' })
  reason: string;
}

@InputType()
export class FlagCaseStudyInput {
  @Field(() => ID)
  id: string;
  @Field()
  reason: string;
}

@ArgsType()
export class CaseStudiesArgs {
  @Field(() => String, { nullable: true, description: 'Only case studies with an outcome for this measure.' })
  measureKey?: string | null;
  @Field(() => String, { nullable: true, description: 'Only case studies with an outcome for a measure of this category.' })
  categoryKey?: string | null;
  @Field(() => IndustryEnum, { nullable: true })
  industry?: Industry | null;
  @Field(() => OrganizationSizeEnum, { nullable: true })
  organizationSize?: OrganizationSize | null;
  @Field(() => String, { nullable: true, description: 'Only case studies of this release used.' })
  releaseVersion?: string | null;
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 50 (default 20).' })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}
