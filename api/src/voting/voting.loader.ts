import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader } from '../common/loaders.js';
import { BallotElectorEntity, BallotEntity } from './ballot.entity.js';

/** Ballots by proposal id, batched per request. */
export const BallotsByProposal = defineLoader(
  'ballots',
  (manager) =>
    new DataLoader<string, BallotEntity | null>(async (proposalIds) => {
      const rows = await manager.findBy(BallotEntity, { proposalId: In([...proposalIds]) });
      return proposalIds.map((id) => rows.find((row) => row.proposalId === id) ?? null);
    }),
);

/** The electors of ballots (user ids), batched per request: who may vote on each. */
export const ElectorsByBallot = defineLoader(
  'ballot-electors',
  (manager) =>
    new DataLoader<string, ReadonlySet<string>>(async (ballotIds) => {
      const rows = await manager.findBy(BallotElectorEntity, { ballotId: In([...ballotIds]) });
      return ballotIds.map((id) => new Set(rows.filter((row) => row.ballotId === id).map((row) => row.userId)));
    }),
);
