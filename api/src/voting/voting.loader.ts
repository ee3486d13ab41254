import DataLoader from 'dataloader';
import { defineLoader } from '../common/loaders.js';
import { UserEntity } from '../users/user.entity.js';
import { BallotElectorEntity, BallotEntity, type CurrentVote, VoteHistoryEntity } from './ballot.entity.js';

/**
 * Ballots by proposal id, batched per request, each with whether the viewer is one of its electors and each voter's
 * current vote with the voter (one row per voter, however often votes changed: the tally and the vote list need no
 * history).
 */
export const BallotsByProposal = defineLoader(
  'ballots',
  (manager, viewerId) =>
    new DataLoader<string, BallotEntity | null>(async (proposalIds) => {
      const query = manager
        .createQueryBuilder(BallotEntity, 'b')
        .addSelect(
          `(SELECT coalesce(json_agg(json_build_object(
               'voterId', v.voter_id, 'choice', v.choice, 'rationale', v.rationale, 'castAt', v.cast_at,
               'voter', json_build_object('id', u.id, 'email', u.email, 'displayName', u.display_name, 'handle', u.handle,
                                          'role', u.role, 'createdAt', u.created_at, 'deactivatedAt', u.deactivated_at))
             ORDER BY v.cast_at, v.voter_id), '[]'::json)
             FROM votes v JOIN users u ON u.id = v.voter_id WHERE v.ballot_id = b.id)`,
          'current_votes',
        )
        .where('b.proposal_id = ANY(:ids)', { ids: [...proposalIds] });
      if (viewerId) {
        query.leftJoinAndMapOne('b.viewerElector', BallotElectorEntity, 've', 've.ballot_id = b.id AND ve.user_id = :viewer', {
          viewer: viewerId,
        });
      }
      // Every join is to one row at most, so raw rows and entities pair up in order.
      const { entities, raw } = await query.getRawAndEntities<{ current_votes: RawVote[] }>();
      entities.forEach((row, i) => {
        row.viewerIsElector = Boolean(row.viewerElector);
        row.currentVotes = raw[i]!.current_votes.map(toCurrentVote);
      });
      return proposalIds.map((id) => entities.find((row) => row.proposalId === id) ?? null);
    }),
);

type RawVote = Omit<CurrentVote, 'castAt' | 'voter'> & {
  castAt: string;
  voter: Omit<CurrentVote['voter'], 'createdAt' | 'deactivatedAt'> & { createdAt: string; deactivatedAt: string | null };
};

function toCurrentVote(vote: RawVote): CurrentVote {
  return {
    ...vote,
    castAt: new Date(vote.castAt),
    voter: {
      ...vote.voter,
      createdAt: new Date(vote.voter.createdAt),
      deactivatedAt: vote.voter.deactivatedAt === null ? null : new Date(vote.voter.deactivatedAt),
    },
  };
}

/**
 * Every vote cast on ballots, oldest first, with its voter, batched per request: read only for the vote history (a
 * vote is appended here exactly when it changes, so it grows with every change).
 */
export const VoteHistoryByBallot = defineLoader(
  'ballot-vote-history',
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
