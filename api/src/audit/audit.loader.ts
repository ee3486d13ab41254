import DataLoader from 'dataloader';
import { defineLoader } from '../common/loaders.js';
import { UserEntity } from '../users/user.entity.js';
import { AuditEventEntity } from './audit-event.entity.js';

/** A proposal's audit events (its history) with their actors, oldest first, by proposal id, batched per request. */
export const ProposalAuditTrail = defineLoader(
  'proposal-audit-trail',
  (manager) =>
    new DataLoader<string, AuditEventEntity[]>(async (proposalIds) => {
      const rows = await manager
        .createQueryBuilder(AuditEventEntity, 'e')
        .leftJoinAndMapOne('e.actor', UserEntity, 'actor', 'actor.id = e.actor_id')
        .where(`e.subject_type = 'proposal' AND e.subject_id = ANY(:ids)`, { ids: [...proposalIds] })
        .orderBy('e.created_at', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .getMany();
      return proposalIds.map((id) => rows.filter((row) => row.subjectId === id));
    }),
);
