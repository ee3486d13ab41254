import type { AuthUser } from '../common/request-context.js';
import { listCost } from '../common/query-limits.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VOTE_CHOICES, VOTE_OUTCOMES, type VoteChoice, type VoteOutcome } from '@ocmf/standard';

export const VoteChoiceEnum = Object.fromEntries(VOTE_CHOICES.map((c) => [c, c])) as { [K in VoteChoice]: K };
registerEnumType(VoteChoiceEnum, { name: 'VoteChoice', description: 'Abstentions count toward quorum, not toward the threshold.' });

export const VoteOutcomeEnum = Object.fromEntries(VOTE_OUTCOMES.map((c) => [c, c])) as { [K in VoteOutcome]: K };
registerEnumType(VoteOutcomeEnum, {
  name: 'VoteOutcome',
  description: 'PASSED → ACCEPTED; THRESHOLD_NOT_MET and QUORUM_NOT_REACHED → REJECTED.',
});

@ObjectType('Vote')
export class VoteType {
  @Field(() => VoteChoiceEnum)
  choice: VoteChoice;
  @Field(() => String, { nullable: true, description: 'Public; required for REJECT.' })
  rationale: string | null;
  @Field()
  castAt: Date;
  @Field({ description: 'False for an earlier vote the voter has since changed.' })
  current: boolean;

  voterId: string;
  /** Read with the vote, when the query joined it. */
  voter?: AuthUser;
}

@ObjectType('VoteHistoryPage')
export class VoteHistoryPageType {
  // The page size (`first`) already multiplies its cost.
  @Field(() => [VoteType], { description: 'Oldest first.', complexity: listCost(1) })
  nodes: VoteType[];
  @Field(() => Int, { description: 'Entries in the whole history (while results are hidden, your own).' })
  totalCount: number;
  @Field(() => Int, { description: 'Entries of the whole history that their voter changed later (current false).' })
  changedCount: number;
  @Field()
  hasNextPage: boolean;
  @Field(() => ID, { nullable: true, description: 'Pass as `after` to read the next page.' })
  endCursor: string | null;
}

@ObjectType('VoteTally')
export class VoteTallyType {
  @Field(() => Int)
  approvals: number;
  @Field(() => Int)
  rejections: number;
  @Field(() => Int)
  abstentions: number;
  @Field(() => Int, { description: 'Standard-setters who voted.' })
  voted: number;
}

@ObjectType('Voting', { description: 'A proposal’s vote: the rules it runs under, its window, and (unless hidden until close) the tally.' })
export class VotingType {
  @Field(() => ID)
  id: string;
  @Field()
  openedAt: Date;
  @Field()
  closesAt: Date;
  @Field(() => Date, { nullable: true })
  closedAt: Date | null;
  @Field({ description: 'The window is open: now is before closesAt and nobody has closed it.' })
  isOpen: boolean;
  @Field(() => Int, { description: 'Standard-setters when the vote opened.' })
  electorate: number;
  @Field(() => Int)
  quorumPercent: number;
  @Field(() => Int, { description: 'Votes (abstentions included) needed for quorum.' })
  quorumVotesNeeded: number;
  @Field(() => Int)
  thresholdNumerator: number;
  @Field(() => Int)
  thresholdDenominator: number;
  @Field()
  hideResultsUntilClose: boolean;
  @Field({ description: 'The tally and votes are withheld from you until the vote closes.' })
  resultsHidden: boolean;
  @Field(() => VoteTallyType, { nullable: true, description: 'Live while open (frozen at close); null while results are hidden.' })
  tally: VoteTallyType | null;
  @Field(() => VoteOutcomeEnum, { nullable: true })
  outcome: VoteOutcome | null;
  @Field(() => String, { nullable: true, description: 'The outcome in plain words, e.g. "Quorum not reached: 1 of 4 voted, 2 needed".' })
  outcomeReason: string | null;
  @Field({ description: 'You are a standard-setter and the window is open.' })
  viewerCanVote: boolean;

  proposalId: string;
  proposalNumber: number;
}

@InputType()
export class CastVoteInput {
  @Field(() => Int)
  proposalNumber: number;
  @Field(() => VoteChoiceEnum)
  choice: VoteChoice;
  @Field(() => String, { nullable: true, description: 'Public. Required for REJECT.' })
  rationale?: string | null;
}
