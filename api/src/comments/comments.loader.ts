import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { CommentEntity, CommentRevisionEntity } from './comment.entity.js';

/** Visible comment counts by proposal id, batched per request (the proposals list shows them). */
export function createCommentCountLoader(manager: EntityManager): DataLoader<string, number> {
  return new DataLoader(async (proposalIds) => {
    const rows = await manager
      .createQueryBuilder(CommentEntity, 'c')
      .select('c.proposal_id', 'proposalId')
      .addSelect('COUNT(*)::int', 'count')
      .where('c.proposal_id IN (:...ids)', { ids: [...proposalIds] })
      .andWhere('c.hidden_at IS NULL')
      .groupBy('c.proposal_id')
      .getRawMany<{ proposalId: string; count: number }>();
    const byId = new Map(rows.map((row) => [row.proposalId, Number(row.count)]));
    return proposalIds.map((id) => byId.get(id) ?? 0);
  });
}

/** Earlier versions of comments, by comment id, oldest first, batched per request. */
export function createCommentRevisionsLoader(manager: EntityManager): DataLoader<string, CommentRevisionEntity[]> {
  return new DataLoader(async (commentIds) => {
    const rows = await manager.find(CommentRevisionEntity, { where: { commentId: In([...commentIds]) }, order: { writtenAt: 'ASC' } });
    return commentIds.map((id) => rows.filter((row) => row.commentId === id));
  });
}
