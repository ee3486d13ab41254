import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { Tracking, Usage } from '@ocmf/standard';
import { TrackingEnum, UsageEnum } from '../assessment.types.js';

@InputType()
export class StartAssessmentInput {
  @Field({ description: 'A published version such as 1.0.0, or "latest".' })
  releaseVersion: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Retake: start from the answers of one of your earlier assessments that still hold for this release.',
  })
  copyFrom?: string | null;
}

@InputType()
export class TimeShareInput {
  @Field()
  categoryKey: string;

  @Field(() => Int, { description: 'A whole percentage from 0 to 100.' })
  percent: number;
}

@InputType()
export class AssessmentAnswerInput {
  @Field({ description: 'A measure of the assessed release that is not retired.' })
  measureKey: string;

  @Field(() => TrackingEnum)
  tracking: Tracking;

  @Field(() => UsageEnum, { nullable: true, description: 'Required when tracking is YES or PARTLY, and only then.' })
  usage?: Usage | null;

  @Field(() => Float, { nullable: true, description: 'The current value in the measure’s unit; only for a tracked measure.' })
  currentValue?: number | null;
}

@InputType({ description: 'Replaces the answers of an assessment in progress.' })
export class SaveAssessmentInput {
  @Field(() => ID)
  id: string;

  @Field(() => [TimeShareInput], { description: 'One share per category of the release, summing to 100.' })
  timeSplit: TimeShareInput[];

  @Field(() => [AssessmentAnswerInput], { description: 'Some or all of the release’s measures; all of them before completing.' })
  answers: AssessmentAnswerInput[];

  @Field(() => [String], { description: 'What else you measure that OCMF does not have: a name, one line each.' })
  otherMeasures: string[];
}
