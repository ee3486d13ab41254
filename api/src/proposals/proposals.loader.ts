import DataLoader from 'dataloader';
import { PUBLIC_STATUSES } from '@ocmf/standard';
import { defineLoader } from '../common/loaders.js';
import { ProposalEntity } from './proposal.entity.js';

/** Public proposals touching each measure key, newest activity first, batched per request. */
export const ProposalsByMeasure = defineLoader(
  'proposals-by-measure',
  (manager) =>
    new DataLoader<string, ProposalEntity[]>(async (keys) => {
      const rows = await manager
        .createQueryBuilder(ProposalEntity, 'p')
        .where('p.touched_measures && :keys', { keys: [...keys] })
        .andWhere('p.status IN (:...statuses)', { statuses: PUBLIC_STATUSES })
        .orderBy('p.last_activity_at', 'DESC')
        .getMany();
      return keys.map((key) => rows.filter((row) => row.touchedMeasures.includes(key)));
    }),
);
