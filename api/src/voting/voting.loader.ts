import DataLoader from 'dataloader';
import { defineLoader } from '../common/loaders.js';
import { UserEntity } from '../users/user.entity.js';
import { BallotElectorEntity, BallotEntity, VoteHistoryEntity } from './ballot.entity.js';

/** Ballots by proposal id, batched per request, each with whether the viewer is one of its electors. */
export const BallotsByProposal = defineLoader(
  'ballots',
  (manager, viewerId) =>
    new DataLoader<string, BallotEntity | null>(async (proposalIds) => {
      const query = manager.createQueryBuilder(BallotEntity, 'b').where('b.proposal_id = ANY(:ids)', { ids: [...proposalIds] });
      if (viewerId) {
        query.leftJoinAndMapOne('b.viewerElector', BallotElectorEntity, 've', 've.ballot_id = b.id AND ve.user_id = :viewer', {
          viewer: viewerId,
        });
      }
      const rows = await query.getMany();
      for (const row of rows) row.viewerIsElector = Boolean(row.viewerElector);
      return proposalIds.map((id) => rows.find((row) => row.proposalId === id) ?? null);
    }),
);

/**
 * Every vote cast on ballots, oldest first, with its voter, batched per request. The latest entry per voter is
 * their current vote (a vote is appended here exactly when it changes), so the history, the current votes and
 * the live tally all come from this one statement.
 */
export const VotesByBallot = defineLoader(
  'ballot-votes',
  (manager) =>
    new DataLoader<string, VoteHistoryEntity[]>(async (ballotIds) => {
      const rows = await manager
        .createQueryBuilder(VoteHistoryEntity, 'h')
        .innerJoinAndMapOne('h.voter', UserEntity, 'voter', 'voter.id = h.voter_id')
        .where('h.ballot_id = ANY(:ids)', { ids: [...ballotIds] })
        .orderBy('h.cast_at', 'ASC')
        .addOrderBy('h.id', 'ASC')
        .getMany();
      return ballotIds.map((id) => rows.filter((row) => row.ballotId === id));
    }),
);
