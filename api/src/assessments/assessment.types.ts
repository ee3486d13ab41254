import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ASSESSMENT_STATUSES,
  type AssessmentAnswer,
  type AssessmentResult,
  type AssessmentStatus,
  type CategoryResult,
  type TimeShare,
  TRACKINGS,
  type Tracking,
  USAGES,
  type Usage,
} from '@ocmf/standard';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const TrackingEnum = asEnum(TRACKINGS);
registerEnumType(TrackingEnum, {
  name: 'Tracking',
  description: 'Whether a measure is tracked. PARTLY counts half toward coverage; NOT_APPLICABLE leaves the measure out of it.',
});

export const UsageEnum = asEnum(USAGES);
registerEnumType(UsageEnum, {
  name: 'Usage',
  description: 'How a tracked measure is used: GUIDING decisions and learning, GRADING people or targets, or NOT_USED.',
});

export const AssessmentStatusEnum = asEnum(ASSESSMENT_STATUSES);
registerEnumType(AssessmentStatusEnum, {
  name: 'AssessmentStatus',
  description: 'IN_PROGRESS while answers are saved; COMPLETED once every measure is answered (then it no longer changes).',
});

@ObjectType('TimeShare', { description: 'The share of leadership time spent on a category today.' })
export class TimeShareType implements TimeShare {
  @Field()
  categoryKey: string;
  @Field(() => Int, { description: 'A whole percentage; the shares of all categories sum to 100.' })
  percent: number;
}

@ObjectType('AssessmentAnswer')
export class AssessmentAnswerType implements AssessmentAnswer {
  @Field()
  measureKey: string;
  @Field(() => TrackingEnum)
  tracking: Tracking;
  @Field(() => UsageEnum, { nullable: true, description: 'Given exactly when the measure is tracked (YES or PARTLY).' })
  usage: Usage | null;
  @Field(() => Float, { nullable: true, description: 'The measure’s current value, in its unit.' })
  currentValue: number | null;
}

@ObjectType('AssessmentCategoryResult')
export class AssessmentCategoryResultType implements CategoryResult {
  @Field()
  categoryKey: string;
  @Field()
  name: string;
  @Field(() => Int, { description: 'The release’s Focus %: the share of leadership time it suggests for this category.' })
  focusPercent: number;
  @Field(() => Int, { nullable: true, description: 'The share of leadership time spent here today; null until given.' })
  timePercent: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Tracked ÷ applicable, PARTLY counting half, as a whole percentage. Null when no measure of the category applies.',
  })
  coveragePercent: number | null;
  @Field(() => Int, { nullable: true, description: 'Of the tracked measures, the share used for guiding; null when none is tracked.' })
  guidingPercent: number | null;
  @Field(() => Int, { nullable: true, description: 'Of the tracked measures, the share used for grading; null when none is tracked.' })
  gradingPercent: number | null;
  @Field(() => Int, { description: 'Measures the release assesses in this category (retired ones are not).' })
  measureCount: number;
  @Field(() => Int)
  answeredCount: number;
  @Field(() => Int, { description: 'Answered measures that apply (not NOT_APPLICABLE).' })
  applicableCount: number;
  @Field(() => Int, { description: 'Measures tracked fully or partly.' })
  trackedCount: number;
}

@ObjectType('AssessmentResult', { description: 'Scored by packages/standard, the same code the web app runs for anonymous results.' })
export class AssessmentResultType implements AssessmentResult {
  @Field(() => [AssessmentCategoryResultType], { description: 'In the release’s category order.' })
  categories: AssessmentCategoryResultType[];
  @Field(() => Int, { nullable: true, description: 'Coverage over every category.' })
  coveragePercent: number | null;
  @Field(() => Int, { nullable: true })
  guidingPercent: number | null;
  @Field(() => Int, { nullable: true })
  gradingPercent: number | null;
  @Field(() => Int)
  measureCount: number;
  @Field(() => Int)
  answeredCount: number;
  @Field(() => Int)
  applicableCount: number;
  @Field(() => Int)
  trackedCount: number;
  @Field(() => [String], { description: 'Measures answered NO: the next steps.' })
  untrackedMeasureKeys: string[];
  @Field(() => Int)
  otherMeasureCount: number;
  @Field(() => [String], {
    description: 'The result in plain sentences, e.g. “You spend 55% of leadership time on Customer; OCMF suggests 20%.”',
  })
  reading: string[];
}

@ObjectType('Assessment', { description: 'A self-assessment against one release. Private to its owner, unless shared by a link.' })
export class AssessmentType {
  @Field(() => ID)
  id: string;
  @Field(() => AssessmentStatusEnum)
  status: AssessmentStatus;
  @Field({ description: 'The version of the release assessed against, e.g. 1.0.0.' })
  releaseVersion: string;
  @Field(() => [TimeShareType])
  timeSplit: TimeShareType[];
  @Field(() => [AssessmentAnswerType])
  answers: AssessmentAnswerType[];
  @Field(() => [String], { description: 'What else is measured that OCMF does not have, one line each.' })
  otherMeasures: string[];
  @Field()
  createdAt: Date;
  @Field()
  updatedAt: Date;
  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  /** Never a field: whose it is. */
  ownerId: string;
  sharedAt: Date | null;
}

@ObjectType('AssessmentShareLink', { description: 'A read-only link to an assessment. The token is shown once; only its hash is kept.' })
export class AssessmentShareLinkType {
  @Field({ description: 'The absolute URL to hand out.' })
  url: string;
  @Field()
  token: string;
}

@ObjectType('Quartiles')
export class QuartilesType {
  @Field(() => Float, { description: '25th percentile.' })
  p25: number;
  @Field(() => Float)
  median: number;
  @Field(() => Float, { description: '75th percentile.' })
  p75: number;
}

@ObjectType('AssessmentBenchmarkCategory')
export class AssessmentBenchmarkCategoryType {
  @Field()
  categoryKey: string;
  @Field()
  name: string;
  @Field(() => QuartilesType, {
    nullable: true,
    description: 'Coverage of the contributions where a measure of the category applies; null when fewer than the minimum.',
  })
  coverage: QuartilesType | null;
  @Field(() => QuartilesType, { nullable: true, description: 'The share of leadership time spent on the category.' })
  timePercent: QuartilesType | null;
}

@ObjectType('AssessmentBenchmark', {
  description: 'Where contributors stand, per category, for one release. Shows nothing until minimumContributions accounts contributed.',
})
export class AssessmentBenchmarkType {
  @Field()
  releaseVersion: string;
  @Field(() => Int, { description: 'Accounts that contributed an assessment of this release (each counts once).' })
  contributions: number;
  @Field(() => Int)
  minimumContributions: number;
  @Field(() => [AssessmentBenchmarkCategoryType], { description: 'Empty below minimumContributions.' })
  categories: AssessmentBenchmarkCategoryType[];
}
