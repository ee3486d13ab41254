import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { BallotEntity } from './ballot.entity.js';

/** Ballots by proposal id, batched per request. */
export function createBallotLoader(manager: EntityManager): DataLoader<string, BallotEntity | null> {
  return new DataLoader(async (proposalIds) => {
    const rows = await manager.findBy(BallotEntity, { proposalId: In([...proposalIds]) });
    return proposalIds.map((id) => rows.find((row) => row.proposalId === id) ?? null);
  });
}
