import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader } from '../common/loaders.js';
import { CommentEntity, CommentRevisionEntity } from './comment.entity.js';

/** Visible comment counts by proposal id, batched per request (the proposals list shows them). */
export const CommentCounts = defineLoader(
  'comment-counts',
  (manager) =>
    new DataLoader<string, number>(async (proposalIds) => {
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
    }),
);

/** Earlier versions of comments, by comment id, oldest first, batched per request. */
export const CommentRevisions = defineLoader(
  'comment-revisions',
  (manager) =>
    new DataLoader<string, CommentRevisionEntity[]>(async (commentIds) => {
      const rows = await manager.find(CommentRevisionEntity, { where: { commentId: In([...commentIds]) }, order: { writtenAt: 'ASC' } });
      return commentIds.map((id) => rows.filter((row) => row.commentId === id));
    }),
);
