import { VOTE_CHOICES, VOTE_OUTCOMES, type VoteChoice, type VoteOutcome } from '@ocmf/standard';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ProposalEntity } from '../proposals/proposal.entity.js';
import { UserEntity } from '../users/user.entity.js';
import type { Role } from '../users/role.js';

export type { VoteChoice, VoteOutcome };

/**
 * One vote on one proposal: its window, the rules copied from the governance settings when it opened, and,
 * once closed, the tally and outcome frozen together.
 */
@Entity('ballots')
@Index('ballots_open_deadline_idx', ['closesAt'], { where: 'closed_at IS NULL' })
@Check('ballots_window', 'closes_at > opened_at')
export class BallotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid', unique: true })
  proposalId: string;

  @OneToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<ProposalEntity>;

  @Column({ name: 'opened_by', type: 'uuid' })
  openedBy: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  /** How many electors (ballot_electors) there are: the base of the quorum. */
  @Column({ type: 'integer' })
  electorate: number;

  @Column({ name: 'quorum_percent', type: 'integer' })
  quorumPercent: number;

  @Column({ name: 'threshold_numerator', type: 'integer' })
  thresholdNumerator: number;

  @Column({ name: 'threshold_denominator', type: 'integer' })
  thresholdDenominator: number;

  @Column({ name: 'hide_results_until_close', type: 'boolean' })
  hideResultsUntilClose: boolean;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Who closed it; null when it closed by itself at its deadline. */
  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy: string | null;

  @Column({ type: 'integer', nullable: true })
  approvals: number | null;

  @Column({ type: 'integer', nullable: true })
  rejections: number | null;

  @Column({ type: 'integer', nullable: true })
  abstentions: number | null;

  @Column({ type: 'enum', enum: VOTE_OUTCOMES, enumName: 'vote_outcome', nullable: true })
  outcome: VoteOutcome | null;

  /** The viewer's elector row, when a query joined it in (not a column), and whether there is one. */
  viewerElector?: BallotElectorEntity | null;
  viewerIsElector?: boolean;
  /** Each voter's current vote, oldest first, with the voter: read with the ballot (BallotsByProposal). */
  currentVotes?: CurrentVote[];
}

/** A voter's current vote as BallotsByProposal reads it (one per voter: bounded by the electorate). */
export type CurrentVote = {
  voterId: string;
  choice: VoteChoice;
  rationale: string | null;
  castAt: Date;
  voter: { id: string; email: string; displayName: string; handle: string; role: Role; createdAt: Date; deactivatedAt: Date | null };
};

/**
 * Who may vote on a ballot: the standard-setters at the moment it opened. The list is fixed: role changes during
 * the vote change nothing for it, so the quorum's base and "everyone has voted" mean the same people throughout.
 */
@Entity('ballot_electors')
@Index('ballot_electors_user_idx', ['userId'])
export class BallotElectorEntity {
  @PrimaryColumn({ name: 'ballot_id', type: 'uuid' })
  ballotId: string;

  @ManyToOne(() => BallotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot: Relation<BallotEntity>;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;
}

/** A standard-setter's current vote: one row per voter per ballot, changed in place until the close. */
@Entity('votes')
@Index('votes_ballot_voter_key', ['ballotId', 'voterId'], { unique: true })
export class VoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'ballot_id', type: 'uuid' })
  ballotId: string;

  @ManyToOne(() => BallotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot: Relation<BallotEntity>;

  @Column({ name: 'voter_id', type: 'uuid' })
  voterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voter_id' })
  voter: Relation<UserEntity>;

  @Column({ type: 'enum', enum: VOTE_CHOICES, enumName: 'vote_choice' })
  choice: VoteChoice;

  @Column({ type: 'text', nullable: true })
  rationale: string | null;

  @Column({ name: 'cast_at', type: 'timestamptz' })
  castAt: Date;
}

/** Every vote ever cast, including those later changed: the public vote history. */
@Entity('vote_history')
@Index('vote_history_ballot_idx', ['ballotId', 'castAt'])
export class VoteHistoryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'ballot_id', type: 'uuid' })
  ballotId: string;

  @ManyToOne(() => BallotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot: Relation<BallotEntity>;

  @Column({ name: 'voter_id', type: 'uuid' })
  voterId: string;

  @Column({ type: 'enum', enum: VOTE_CHOICES, enumName: 'vote_choice' })
  choice: VoteChoice;

  @Column({ type: 'text', nullable: true })
  rationale: string | null;

  @Column({ name: 'cast_at', type: 'timestamptz' })
  castAt: Date;

  /** The voter, when a query joined them in (not a column). */
  voter?: UserEntity;
}
