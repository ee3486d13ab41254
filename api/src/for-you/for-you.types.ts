import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ProposalStatus as Status } from '@ocmf/standard';
import { listCost } from '../common/query-limits.js';
import { ProposalStatus } from '../proposals/proposal-status.js';

@ObjectType('ForYouProposal')
export class ForYouProposalType {
  @Field(() => Int)
  number: number;
  @Field()
  title: string;
  @Field(() => ProposalStatus)
  status: Status;
  @Field()
  lastActivityAt: Date;
}

@ObjectType('ForYouVote', { description: 'An open vote the viewer is an elector of.' })
export class ForYouVoteType {
  @Field(() => Int)
  number: number;
  @Field()
  title: string;
  @Field()
  closesAt: Date;
  @Field({ description: 'The viewer has cast a vote on it.' })
  voted: boolean;
}

@ObjectType('ForYou', { description: 'What is waiting for the signed-in viewer.' })
export class ForYouType {
  @Field(() => [ForYouVoteType], { complexity: listCost(20) })
  openVotes: ForYouVoteType[];
  @Field(() => [ForYouProposalType], { complexity: listCost(20), description: 'Editors: proposals in discussion, ready to put to a vote.' })
  readyForVote: ForYouProposalType[];
  @Field(() => [ForYouProposalType], { complexity: listCost(20), description: 'Editors: accepted proposals to merge.' })
  toMerge: ForYouProposalType[];
  @Field(() => [ForYouProposalType], { complexity: listCost(20), description: 'Editors: merged proposals awaiting a release.' })
  awaitingRelease: ForYouProposalType[];
  @Field(() => Int, { description: 'Editors: comments with open flags.' })
  flaggedComments: number;
  @Field(() => [ForYouProposalType], { complexity: listCost(50), description: "The viewer's own proposals, drafts first." })
  myProposals: ForYouProposalType[];
  @Field(() => Int, { description: 'What needs the viewer now: votes not cast, plus (editors) votes to open, merges and flags.' })
  actionCount: number;
}
