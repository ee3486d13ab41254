import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('GovernanceSettings', {
  description: 'The voting rules. Each vote copies them when it opens; changes apply to later votes only.',
})
export class GovernanceSettingsType {
  @Field(() => Int, { description: 'Default voting window, in seconds.' })
  votingWindowSeconds: number;
  @Field(() => Int, { nullable: true, description: 'Shortest window an editor may open; null: no minimum.' })
  minimumWindowSeconds: number | null;
  @Field(() => Int, { description: 'Share of standard-setters who must vote (abstentions count), in percent.' })
  quorumPercent: number;
  @Field(() => Int, { description: 'Approvals must be at least thresholdNumerator/thresholdDenominator of approvals + rejections.' })
  thresholdNumerator: number;
  @Field(() => Int)
  thresholdDenominator: number;
  @Field({ description: 'Counts and individual votes stay secret until the vote closes.' })
  hideResultsUntilClose: boolean;
  @Field()
  updatedAt: Date;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateGovernanceSettingsInput {
  @Field(() => Int, { nullable: true })
  votingWindowSeconds?: number | null;
  @Field(() => Int, { nullable: true, description: 'Set to 0 to remove the minimum.' })
  minimumWindowSeconds?: number | null;
  @Field(() => Int, { nullable: true })
  quorumPercent?: number | null;
  @Field(() => Int, { nullable: true })
  thresholdNumerator?: number | null;
  @Field(() => Int, { nullable: true })
  thresholdDenominator?: number | null;
  @Field(() => Boolean, { nullable: true })
  hideResultsUntilClose?: boolean | null;
}
