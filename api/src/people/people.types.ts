import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { ProposalStatus as Status, VoteChoice } from '@ocmf/standard';
import { listCost } from '../common/query-limits.js';
import { ProposalStatus } from '../proposals/proposal-status.js';
import { VoteChoiceEnum } from '../voting/voting.types.js';
import { Role } from '../users/role.js';

@ObjectType('PersonProposal')
export class PersonProposalType {
  @Field(() => Int)
  number: number;
  @Field()
  title: string;
  @Field(() => ProposalStatus)
  status: Status;
  @Field()
  createdAt: Date;
}

@ObjectType('PersonComment')
export class PersonCommentType {
  @Field(() => ID)
  id: string;
  @Field(() => Int)
  proposalNumber: number;
  @Field()
  proposalTitle: string;
  @Field({ description: 'The first 200 characters, plain.' })
  excerpt: string;
  @Field()
  createdAt: Date;
}

@ObjectType('PersonVote', { description: 'A vote with a public rationale (never one under results hidden until the close).' })
export class PersonVoteType {
  @Field(() => Int)
  proposalNumber: number;
  @Field()
  proposalTitle: string;
  @Field(() => VoteChoiceEnum)
  choice: VoteChoice;
  @Field()
  rationale: string;
  @Field()
  castAt: Date;
}

@ObjectType('PersonCaseStudy', { description: 'A case study the person published (never a draft or a hidden one).' })
export class PersonCaseStudyType {
  @Field(() => ID)
  id: string;
  @Field()
  title: string;
  @Field()
  summary: string;
  @Field()
  publishedAt: Date;
}

@ObjectType('Person', { description: 'A public profile.' })
export class PersonType {
  @Field(() => ID)
  id: string;
  @Field()
  handle: string;
  @Field()
  displayName: string;
  @Field()
  bio: string;
  @Field()
  organisation: string;
  @Field(() => Role)
  role: Role;
  @Field()
  joinedAt: Date;
  @Field(() => [PersonProposalType], { complexity: listCost(50) })
  proposals: PersonProposalType[];
  @Field(() => [PersonCommentType], { complexity: listCost(20) })
  comments: PersonCommentType[];
  @Field(() => [PersonVoteType], { complexity: listCost(50) })
  voteRationales: PersonVoteType[];
  @Field(() => [PersonCaseStudyType], { complexity: listCost(50) })
  caseStudies: PersonCaseStudyType[];
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;
  @Field(() => String, { nullable: true, description: 'A short introduction, plain text, at most 500 characters.' })
  bio?: string | null;
  @Field(() => String, { nullable: true })
  organisation?: string | null;
  @Field(() => String, { nullable: true, description: 'An IANA time zone (digests are timed in it).' })
  timeZone?: string | null;
}
