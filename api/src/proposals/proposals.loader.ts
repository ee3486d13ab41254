import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { ProposalEntity } from './proposal.entity.js';
import { PUBLIC_STATUSES } from './proposal-status.js';

/** Public proposals touching each measure key, newest activity first, batched per request. */
export function createProposalsByMeasureLoader(manager: EntityManager): DataLoader<string, ProposalEntity[]> {
  return new DataLoader(async (keys) => {
    const rows = await manager
      .createQueryBuilder(ProposalEntity, 'p')
      .where('p.touched_measures && :keys', { keys: [...keys] })
      .andWhere('p.status IN (:...statuses)', { statuses: PUBLIC_STATUSES })
      .orderBy('p.last_activity_at', 'DESC')
      .getMany();
    return keys.map((key) => rows.filter((row) => row.touchedMeasures.includes(key)));
  });
}
