import { Inject, Injectable } from '@nestjs/common';
import { describeOutcome, outcomeStatus, quorumVotesNeeded, type Role, type Tally, TEXT_LIMITS, type VoteOutcome } from '@ocmf/standard';
import { CommonErrors } from '../common/domain-error.js';
import { type AuthUser, type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput, textSchema } from '../common/validation.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { EventBus } from '../events/event-bus.js';
import { GovernanceService } from '../governance/governance.service.js';
import { ProposalEntity } from '../proposals/proposal.entity.js';
import type { ProposalType } from '../proposals/proposal.types.js';
import { ProposalErrors } from '../proposals/proposals.errors.js';
import { ProposalsService, toType } from '../proposals/proposals.service.js';
import { UserEntity } from '../users/user.entity.js';
import { BallotElectorEntity, BallotEntity, type VoteChoice, VoteEntity, type VoteHistoryEntity } from './ballot.entity.js';
import { BallotsByProposal, VoteHistoryByBallot } from './voting.loader.js';
import type { CastVoteInput, VoteHistoryPageType, VoteType, VotingType } from './voting.types.js';
import { VotingErrors } from './voting.errors.js';

/** The current votes of ballot $1, counted by choice: live while open, and frozen into the ballot at close. */
const TALLY_SQL = `SELECT count(*) FILTER (WHERE choice = 'APPROVE')::int AS approvals,
       count(*) FILTER (WHERE choice = 'REJECT')::int AS rejections,
       count(*) FILTER (WHERE choice = 'ABSTAIN')::int AS abstentions
  FROM votes WHERE ballot_id = $1`;

/**
 * The outcome of tally `t` under ballot `b`'s rules, in SQL, so that closing freezes the tally and the outcome
 * in one statement. It says what `voteOutcome` in packages/standard says; a test checks both on a table of cases.
 */
export const OUTCOME_SQL = `CASE
           WHEN (t.approvals + t.rejections + t.abstentions) * 100 < b.quorum_percent * b.electorate THEN 'QUORUM_NOT_REACHED'
           WHEN t.approvals > 0 AND t.approvals * b.threshold_denominator >= b.threshold_numerator * (t.approvals + t.rejections) THEN 'PASSED'
           ELSE 'THRESHOLD_NOT_MET'
         END`;

const rationaleSchema = textSchema(TEXT_LIMITS.voteRationale).nullable();

@Injectable()
export class VotingService {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly governance: GovernanceService,
    private readonly events: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An editor opens the vote on a proposal in DISCUSSION, under the governance settings of this moment. */
  async open(ctx: RequestContext, number: number, closesAtInput: Date | null | undefined): Promise<ProposalType> {
    const user = requireUser(ctx);
    const proposal = await this.proposals.find(ctx, number, { lock: true });
    if (proposal.status !== 'DISCUSSION') throw ProposalErrors.wrongStatus('put to a vote', proposal.status, ['DISCUSSION']);
    await this.proposals.assertApplies(ctx, proposal);
    const rules = await this.governance.settings(ctx);
    const [{ now }] = (await ctx.manager.query('SELECT clock_timestamp() AS now')) as [{ now: Date }];
    const closesAt = closesAtInput ?? new Date(now.getTime() + rules.votingWindowSeconds * 1000);
    if (Number.isNaN(closesAt.getTime())) throw VotingErrors.badClosingTime('is not a valid date-time');
    if (closesAt <= now) throw VotingErrors.badClosingTime('must be in the future');
    // VOTING_MIN_WINDOW_SECONDS, when set, stands in for the governance minimum (development and tests).
    const minimum = this.config.votingMinWindowSeconds ?? rules.minimumWindowSeconds;
    if (minimum !== null && closesAt.getTime() - now.getTime() < minimum * 1000) throw VotingErrors.windowTooShort(minimum);
    // The electorate is fixed now: these standard-setters, and only they, vote on this proposal.
    const electors = await ctx.manager.find(UserEntity, { select: { id: true }, where: { role: 'STANDARD_SETTER' }, order: { id: 'ASC' } });
    if (electors.length === 0) throw VotingErrors.noElectorate();
    const inserted = await ctx.manager.insert(BallotEntity, {
      proposalId: proposal.id,
      openedBy: user.id,
      openedAt: now,
      closesAt,
      electorate: electors.length,
      quorumPercent: rules.quorumPercent,
      thresholdNumerator: rules.thresholdNumerator,
      thresholdDenominator: rules.thresholdDenominator,
      hideResultsUntilClose: rules.hideResultsUntilClose,
    });
    const ballotId = String((inserted.identifiers[0] as { id: string }).id);
    await ctx.manager.insert(
      BallotElectorEntity,
      electors.map((elector) => ({ ballotId, userId: elector.id })),
    );
    const view = await this.proposals.transition(
      ctx,
      proposal,
      ['DISCUSSION'],
      'VOTING',
      'put to a vote',
      `Voting open until ${closesAt.toISOString()}`,
    );
    await this.events.publish(ctx, {
      type: 'VotingOpened',
      proposalId: proposal.id,
      proposalNumber: proposal.number,
      title: proposal.title,
      ballotId,
      closesAt: closesAt.toISOString(),
      electorIds: electors.map((elector) => elector.id),
    });
    return view;
  }

  /**
   * A standard-setter's vote: one current vote per voter, kept by a unique index and an upsert (never a
   * read-then-write), changeable until the deadline; every change is also appended to the history.
   */
  async cast(ctx: RequestContext, input: CastVoteInput): Promise<ProposalType> {
    const user = requireUser(ctx);
    const rationale = parseInput(rationaleSchema, input.rationale?.trim() ? input.rationale : null, 'input.rationale');
    if (input.choice === 'REJECT' && !rationale) throw VotingErrors.rationaleRequired();
    const { proposal, ballot } = await this.openBallot(ctx, input.proposalNumber, user.id);
    // One statement: the upsert (a no-op when the vote is unchanged; a row it inserts has no xmax, so `first` tells a
    // first vote from a change), its history entry, and, unless results are hidden (then not even the moment of a
    // vote may show), the proposal's activity time. That last one skips a proposal row another transaction holds
    // (another vote in flight sets the same moment): waiting for it would make every vote on a proposal queue behind
    // the one before.
    const changed = (await ctx.manager.query(
      `WITH vote AS (
         INSERT INTO votes (ballot_id, voter_id, choice, rationale, cast_at)
         VALUES ($1, $2, $3, $4, clock_timestamp())
         ON CONFLICT (ballot_id, voter_id) DO UPDATE
           SET choice = EXCLUDED.choice, rationale = EXCLUDED.rationale, cast_at = EXCLUDED.cast_at
           WHERE (votes.choice, votes.rationale) IS DISTINCT FROM (EXCLUDED.choice, EXCLUDED.rationale)
         RETURNING ballot_id, voter_id, choice, rationale, cast_at, xmax = 0 AS first
       ), activity AS (
         UPDATE proposals SET last_activity_at = now()
          WHERE id = (SELECT id FROM proposals WHERE id = $5 FOR NO KEY UPDATE SKIP LOCKED)
            AND NOT $6::boolean AND EXISTS (SELECT 1 FROM vote)
       ), history AS (
         INSERT INTO vote_history (ballot_id, voter_id, choice, rationale, cast_at)
         SELECT ballot_id, voter_id, choice, rationale, cast_at FROM vote
       )
       SELECT choice, first FROM vote`,
      [ballot.id, user.id, input.choice, rationale, proposal.id, ballot.hidden],
    )) as { choice: VoteChoice; first: boolean }[];
    const vote = changed[0];
    if (vote) {
      await this.events.publish(ctx, {
        type: 'VoteCast',
        proposalId: proposal.id,
        proposalNumber: proposal.number,
        ballotId: ballot.id,
        voterId: user.id,
        choice: vote.choice,
        first: vote.first,
        resultsHidden: ballot.hidden,
      });
    }
    return toType(proposal);
  }

  /** An editor closes a vote whose deadline has passed (or in which every standard-setter has voted). */
  async closeByEditor(ctx: RequestContext, number: number): Promise<ProposalType> {
    const proposal = await this.proposals.find(ctx, number);
    const ballot = await this.lockBallot(ctx, proposal);
    if (!ballot) throw VotingErrors.notVoting(number, proposal.status);
    if (!ballot.closedAt && !ballot.due) {
      // Only electors can have voted, so every elector has voted when the votes number the electorate.
      const voted = await ctx.manager.countBy(VoteEntity, { ballotId: ballot.id });
      if (voted < ballot.electorate) throw VotingErrors.stillOpen(ballot.closesAt, ballot.hidden ? null : ballot.electorate - voted);
    }
    return this.close(ctx, proposal, ballot.id);
  }

  /**
   * Freezes the tally and computes the outcome in one SQL statement, then moves the proposal to ACCEPTED or
   * REJECTED. Idempotent: a ballot already closed keeps its outcome, whoever (scheduler or editor) comes second.
   */
  async close(ctx: RequestContext, proposal: ProposalEntity, ballotId: string): Promise<ProposalType> {
    const closed = (await ctx.manager.query(
      `UPDATE ballots b SET
         closed_at = clock_timestamp(), closed_by = $2,
         approvals = t.approvals, rejections = t.rejections, abstentions = t.abstentions,
         outcome = ${OUTCOME_SQL}::vote_outcome
       FROM (
         ${TALLY_SQL}
       ) t
       WHERE b.id = $1 AND b.closed_at IS NULL
       RETURNING b.id`,
      [ballotId, ctx.user?.id ?? null],
    )) as [unknown[], number] | unknown[];
    const rows = Array.isArray(closed[0]) ? (closed[0] as unknown[]) : (closed as unknown[]);
    const fresh = await ctx.manager.findOneByOrFail(ProposalEntity, { id: proposal.id });
    if (rows.length === 0) return toType(fresh);
    const ballot = await ctx.manager.findOneByOrFail(BallotEntity, { id: ballotId });
    const outcome = ballot.outcome!;
    return this.proposals.transition(ctx, fresh, ['VOTING'], outcomeStatus(outcome), 'decided', outcomeReason(ballot, outcome));
  }

  // ---- reading ----

  async voting(ctx: RequestContext, proposal: ProposalType): Promise<VotingType | null> {
    const ballot = await ctx.loaders.get(BallotsByProposal).load(proposal.id);
    if (!ballot) return null;
    // For display only: votes themselves are checked against the database clock.
    const isOpen = ballot.closedAt === null && ballot.closesAt > new Date();
    const resultsHidden = ballot.hideResultsUntilClose && ballot.closedAt === null;
    let tally = null;
    if (!resultsHidden) {
      const counts = ballot.closedAt !== null ? frozenTally(ballot) : countVotes(ballot.currentVotes ?? []);
      tally = { ...counts, voted: counts.approvals + counts.rejections + counts.abstentions };
    }
    return {
      id: ballot.id,
      openedAt: ballot.openedAt,
      closesAt: ballot.closesAt,
      closedAt: ballot.closedAt,
      isOpen,
      electorate: ballot.electorate,
      quorumPercent: ballot.quorumPercent,
      quorumVotesNeeded: quorumVotesNeeded(ballot),
      thresholdNumerator: ballot.thresholdNumerator,
      thresholdDenominator: ballot.thresholdDenominator,
      hideResultsUntilClose: ballot.hideResultsUntilClose,
      resultsHidden,
      tally,
      outcome: ballot.outcome,
      outcomeReason: ballot.outcome ? outcomeReason(ballot, ballot.outcome) : null,
      viewerCanVote: isOpen && ctx.user !== null && ballot.viewerIsElector === true,
      proposalId: proposal.id,
      proposalNumber: proposal.number,
    };
  }

  /** Current votes, or with `history` every vote ever cast; none while results are hidden (except your own). */
  async votes(ctx: RequestContext, voting: VotingType, options: { history: boolean }): Promise<VoteType[]> {
    const viewer: AuthUser | null = ctx.user;
    if (voting.resultsHidden && !viewer) return [];
    let rows: VoteType[];
    if (options.history) {
      const history = await ctx.loaders.get(VoteHistoryByBallot).load(voting.id);
      const current = latestPerVoter(history);
      rows = history.map((row) => ({ ...row, current: current.has(row) }));
    } else {
      const ballot = await ctx.loaders.get(BallotsByProposal).load(voting.proposalId);
      rows = (ballot?.currentVotes ?? []).map((row) => ({ ...row, current: true }));
    }
    const visible = voting.resultsHidden ? rows.filter((row) => row.voterId === viewer?.id) : rows;
    return visible.map((row) => ({
      voterId: row.voterId,
      voter: row.voter,
      choice: row.choice,
      rationale: row.rationale,
      castAt: row.castAt,
      current: row.current,
    }));
  }

  /**
   * One page of the vote history, oldest first, after the entry `after` (its id), with the sizes of the whole history,
   * in one statement. An entry is current when its voter's current vote was cast at that moment (the upsert and the
   * history entry share it). While results are hidden, the viewer's own entries only (none for an anonymous reader).
   */
  async historyPage(ctx: RequestContext, voting: VotingType, first: number, after: string | null): Promise<VoteHistoryPageType> {
    if (after !== null && !/^[1-9]\d{0,17}$/.test(after))
      throw CommonErrors.badInput([{ path: 'after', message: 'is not a cursor this API returned' }]);
    const onlyVoter = voting.resultsHidden ? (ctx.user?.id ?? null) : null;
    if (voting.resultsHidden && !onlyVoter) return { nodes: [], totalCount: 0, changedCount: 0, hasNextPage: false, endCursor: null };
    const rows = (await ctx.manager.query(
      `SELECT t.total, t.voters, p.*
         FROM (SELECT count(*)::int AS total, count(DISTINCT voter_id)::int AS voters
                 FROM vote_history WHERE ballot_id = $1 AND ($2::uuid IS NULL OR voter_id = $2)) t
         LEFT JOIN LATERAL (
           SELECT h.id, h.voter_id, h.choice, h.rationale, h.cast_at,
                  EXISTS (SELECT 1 FROM votes v WHERE v.ballot_id = h.ballot_id AND v.voter_id = h.voter_id AND v.cast_at = h.cast_at) AS current,
                  u.email, u.display_name, u.handle, u.role, u.created_at, u.deactivated_at
             FROM vote_history h JOIN users u ON u.id = h.voter_id
            WHERE h.ballot_id = $1 AND ($2::uuid IS NULL OR h.voter_id = $2)
              AND ($3::bigint IS NULL OR (h.cast_at, h.id) > (SELECT a.cast_at, a.id FROM vote_history a WHERE a.id = $3 AND a.ballot_id = $1))
            ORDER BY h.cast_at, h.id
            LIMIT $4
         ) p ON true
        ORDER BY p.cast_at, p.id`,
      [voting.id, onlyVoter, after, first + 1],
    )) as HistoryRow[];
    const { total, voters } = rows[0]!;
    const entries = rows.filter((row) => row.id !== null);
    const page = entries.slice(0, first);
    return {
      nodes: page.map((row) => ({
        voterId: row.voter_id,
        choice: row.choice,
        rationale: row.rationale,
        castAt: row.cast_at,
        current: row.current,
        voter: {
          id: row.voter_id,
          email: row.email,
          displayName: row.display_name,
          handle: row.handle,
          role: row.role,
          createdAt: row.created_at,
          deactivatedAt: row.deactivated_at,
        },
      })),
      totalCount: total,
      changedCount: total - voters,
      hasNextPage: entries.length > first,
      endCursor: page.at(-1)?.id ?? after,
    };
  }

  // ---- helpers ----

  /**
   * The proposal in VOTING and its ballot, with whether the ballot is open and the voter one of its electors, in one
   * statement. FOR SHARE OF the ballot: votes do not block each other, but a close (FOR UPDATE) waits for votes in
   * flight, and vice versa. Without a ballot, or past VOTING, the proposal is read again for the error (which says
   * "not found" to whoever may not see it).
   */
  private async openBallot(ctx: RequestContext, number: number, voterId: string) {
    const { entities, raw } = await ctx.manager
      .createQueryBuilder(ProposalEntity, 'p')
      .innerJoin(BallotEntity, 'b', 'b.proposal_id = p.id')
      .addSelect('b.id', 'ballot_id')
      .addSelect('b.closes_at', 'ballot_closes_at')
      .addSelect('b.hide_results_until_close', 'ballot_hidden')
      .addSelect('b.closed_at IS NULL AND b.closes_at > clock_timestamp()', 'ballot_open')
      .addSelect('EXISTS (SELECT 1 FROM ballot_electors e WHERE e.ballot_id = b.id AND e.user_id = :voter)', 'ballot_elector')
      .where('p.number = :number', { number, voter: voterId })
      .setLock('pessimistic_read', undefined, ['b'])
      .getRawAndEntities<{
        ballot_id: string;
        ballot_closes_at: Date;
        ballot_hidden: boolean;
        ballot_open: boolean;
        ballot_elector: boolean;
      }>();
    const [proposal] = entities;
    const [row] = raw;
    if (!proposal || !row || proposal.status !== 'VOTING') {
      const found = await this.proposals.find(ctx, number);
      throw VotingErrors.notVoting(found.number, found.status);
    }
    if (!row.ballot_open) throw VotingErrors.closed(row.ballot_closes_at);
    if (!row.ballot_elector) throw VotingErrors.notAnElector(proposal.number);
    return { proposal, ballot: { id: row.ballot_id, hidden: row.ballot_hidden } };
  }

  private async lockBallot(ctx: RequestContext, proposal: ProposalEntity) {
    const [row] = (await ctx.manager.query(
      `SELECT id, closes_at, closed_at, electorate, hide_results_until_close, closes_at <= clock_timestamp() AS due
         FROM ballots WHERE proposal_id = $1 FOR UPDATE`,
      [proposal.id],
    )) as { id: string; closes_at: Date; closed_at: Date | null; electorate: number; hide_results_until_close: boolean; due: boolean }[];
    return row
      ? {
          id: row.id,
          closesAt: row.closes_at,
          closedAt: row.closed_at,
          electorate: row.electorate,
          hidden: row.hide_results_until_close,
          due: row.due,
        }
      : null;
  }
}

type HistoryRow = {
  total: number;
  voters: number;
  id: string | null;
  voter_id: string;
  choice: VoteChoice;
  rationale: string | null;
  cast_at: Date;
  current: boolean;
  email: string;
  display_name: string;
  handle: string;
  role: Role;
  created_at: Date;
  deactivated_at: Date | null;
};

/** Each voter's latest entry in the history: their current vote (a vote enters the history exactly when it changes). */
function latestPerVoter(history: VoteHistoryEntity[]): Set<VoteHistoryEntity> {
  const latest = new Map<string, VoteHistoryEntity>();
  for (const row of history) latest.set(row.voterId, row);
  return new Set(latest.values());
}

/** The live tally, as TALLY_SQL counts it when the vote closes. */
function countVotes(votes: readonly { choice: VoteChoice }[]): Tally {
  const count = (choice: VoteChoice) => votes.filter((vote) => vote.choice === choice).length;
  return { approvals: count('APPROVE'), rejections: count('REJECT'), abstentions: count('ABSTAIN') };
}

function frozenTally(ballot: BallotEntity): Tally {
  return { approvals: ballot.approvals ?? 0, rejections: ballot.rejections ?? 0, abstentions: ballot.abstentions ?? 0 };
}

function outcomeReason(ballot: BallotEntity, outcome: VoteOutcome): string {
  return describeOutcome(outcome, frozenTally(ballot), ballot);
}
