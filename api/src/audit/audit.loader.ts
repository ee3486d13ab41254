import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';

/** A proposal's audit events (its history), oldest first, by proposal id, batched per request. */
export function createProposalAuditLoader(manager: EntityManager): DataLoader<string, AuditEventEntity[]> {
  return new DataLoader(async (proposalIds) => {
    const rows = await manager.find(AuditEventEntity, {
      where: { subjectType: 'proposal', subjectId: In([...proposalIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return proposalIds.map((id) => rows.filter((row) => row.subjectId === id));
  });
}
