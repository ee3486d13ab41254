import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader } from '../common/loaders.js';
import { AuditEventEntity } from './audit-event.entity.js';

/** A proposal's audit events (its history), oldest first, by proposal id, batched per request. */
export const ProposalAuditTrail = defineLoader(
  'proposal-audit-trail',
  (manager) =>
    new DataLoader<string, AuditEventEntity[]>(async (proposalIds) => {
      const rows = await manager.find(AuditEventEntity, {
        where: { subjectType: 'proposal', subjectId: In([...proposalIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return proposalIds.map((id) => rows.filter((row) => row.subjectId === id));
    }),
);
