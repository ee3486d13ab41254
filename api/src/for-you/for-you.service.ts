import { Injectable } from '@nestjs/common';
import { can } from '@ocmf/standard';
import { type RequestContext, requireUser } from '../common/request-context.js';
import type { ForYouProposalType, ForYouType } from './for-you.types.js';

type ProposalRow = { number: number; title: string; status: ForYouProposalType['status']; last_activity_at: Date };
const toProposal = (row: ProposalRow): ForYouProposalType => ({
  number: row.number,
  title: row.title,
  status: row.status,
  lastActivityAt: row.last_activity_at,
});

/** The signed-in home: a standard-setter's open votes, an editor's queue, everyone's own proposals. */
@Injectable()
export class ForYouService {
  async forYou(ctx: RequestContext): Promise<ForYouType> {
    const user = requireUser(ctx);
    const votes = (await ctx.manager.query(
      `SELECT p.number, p.title, b.closes_at, EXISTS (SELECT 1 FROM votes v WHERE v.ballot_id = b.id AND v.voter_id = $1) AS voted
         FROM ballots b JOIN ballot_electors e ON e.ballot_id = b.id AND e.user_id = $1 JOIN proposals p ON p.id = b.proposal_id
        WHERE b.closed_at IS NULL AND b.closes_at > clock_timestamp() ORDER BY b.closes_at LIMIT 20`,
      [user.id],
    )) as { number: number; title: string; closes_at: Date; voted: boolean }[];
    const editor = can(user.role, 'proposal:manage');
    const byStatus = async (status: string) =>
      editor
        ? (
            (await ctx.manager.query(
              'SELECT number, title, status, last_activity_at FROM proposals WHERE status = $1 ORDER BY last_activity_at ASC LIMIT 20',
              [status],
            )) as ProposalRow[]
          ).map(toProposal)
        : [];
    const readyForVote = await byStatus('DISCUSSION');
    const toMerge = await byStatus('ACCEPTED');
    const awaitingRelease = await byStatus('MERGED');
    const [flags] = can(user.role, 'comment:moderate')
      ? ((await ctx.manager.query('SELECT count(DISTINCT comment_id)::int AS count FROM comment_flags WHERE resolved_at IS NULL')) as {
          count: number;
        }[])
      : [{ count: 0 }];
    const mine = (await ctx.manager.query(
      `SELECT number, title, status, last_activity_at FROM proposals WHERE author_id = $1
        ORDER BY (status = 'DRAFT') DESC, last_activity_at DESC LIMIT 50`,
      [user.id],
    )) as ProposalRow[];
    const openVotes = votes.map((row) => ({ number: row.number, title: row.title, closesAt: row.closes_at, voted: row.voted }));
    const flaggedComments = flags?.count ?? 0;
    return {
      openVotes,
      readyForVote,
      toMerge,
      awaitingRelease,
      flaggedComments,
      myProposals: mine.map(toProposal),
      actionCount: openVotes.filter((vote) => !vote.voted).length + readyForVote.length + toMerge.length + flaggedComments,
    };
  }
}
