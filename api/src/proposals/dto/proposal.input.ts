import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { ChangeInput } from '../change.types.js';
import { ProposalStatus } from '../proposal-status.js';

@InputType()
export class CreateProposalInput {
  @Field()
  title: string;

  @Field({ description: 'Markdown: motivation and evidence.' })
  summary: string;

  @Field(() => [ChangeInput], { description: 'Applied in order; later changes see earlier ones.' })
  changes: ChangeInput[];
}

@InputType({ description: 'Only the fields given change. Giving `changes` replaces the change set and rebases it on the current draft.' })
export class UpdateProposalInput {
  @Field(() => Int)
  number: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [ChangeInput], { nullable: true })
  changes?: ChangeInput[] | null;
}

@ArgsType()
export class ProposalsArgs {
  @Field(() => ProposalStatus, { nullable: true })
  status?: ProposalStatus | null;

  @Field(() => String, { nullable: true, description: 'Only proposals whose changes touch this category.' })
  categoryKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Only proposals whose changes touch this measure.' })
  measureKey?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}
