import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader } from '../common/loaders.js';
import { BallotEntity } from './ballot.entity.js';

/** Ballots by proposal id, batched per request. */
export const BallotsByProposal = defineLoader(
  'ballots',
  (manager) =>
    new DataLoader<string, BallotEntity | null>(async (proposalIds) => {
      const rows = await manager.findBy(BallotEntity, { proposalId: In([...proposalIds]) });
      return proposalIds.map((id) => rows.find((row) => row.proposalId === id) ?? null);
    }),
);
