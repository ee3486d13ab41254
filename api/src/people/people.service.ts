import { Injectable } from '@nestjs/common';
import { isTimeZone } from '@ocmf/standard';
import { z } from 'zod';
import { PeopleErrors } from './people.errors.js';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput, textSchema } from '../common/validation.js';
import { displayNameSchema } from '../users/user.schema.js';
import type { PersonType, UpdateProfileInput } from './people.types.js';
import { UserEntity } from '../users/user.entity.js';
import type { UserType } from '../users/user.type.js';
import { UsersService } from '../users/users.service.js';

const profileSchema = z.object({
  displayName: displayNameSchema.nullish(),
  bio: textSchema({ min: 0, max: 500 }).nullish(),
  organisation: textSchema({ min: 0, max: 120 }, { plain: true }).nullish(),
  timeZone: z.string().trim().refine(isTimeZone, 'is not a time zone this server knows (use an IANA name such as Europe/Paris)').nullish(),
});

/** People as others see them: profiles, and finding someone to @mention. */
@Injectable()
export class PeopleService {
  constructor(private readonly users: UsersService) {}

  /** A public profile: who they are, their public proposals, visible comments, public vote rationales and published case studies. */
  async person(ctx: RequestContext, handle: string): Promise<PersonType> {
    const user = await ctx.manager.findOneBy(UserEntity, { handle: handle.trim().toLowerCase() });
    if (!user || user.deactivatedAt) throw PeopleErrors.notFound(handle);
    const proposals = (await ctx.manager.query(
      `SELECT number, title, status, created_at FROM proposals WHERE author_id = $1 AND (status <> 'DRAFT' OR author_id = $2)
        ORDER BY created_at DESC LIMIT 50`,
      [user.id, ctx.user?.id ?? null],
    )) as { number: number; title: string; status: PersonType['proposals'][number]['status']; created_at: Date }[];
    const comments = (await ctx.manager.query(
      `SELECT c.id, p.number, p.title, left(c.body, 200) AS excerpt, c.created_at FROM comments c JOIN proposals p ON p.id = c.proposal_id
        WHERE c.author_id = $1 AND c.hidden_at IS NULL AND p.status <> 'DRAFT' ORDER BY c.created_at DESC LIMIT 20`,
      [user.id],
    )) as { id: string; number: number; title: string; excerpt: string; created_at: Date }[];
    // Rationales are public, except under results hidden until the close: those show once the vote is closed.
    const votes = (await ctx.manager.query(
      `SELECT p.number, p.title, v.choice, v.rationale, v.cast_at FROM votes v JOIN ballots b ON b.id = v.ballot_id JOIN proposals p ON p.id = b.proposal_id
        WHERE v.voter_id = $1 AND v.rationale IS NOT NULL AND v.rationale <> '' AND (NOT b.hide_results_until_close OR b.closed_at IS NOT NULL)
        ORDER BY v.cast_at DESC LIMIT 50`,
      [user.id],
    )) as { number: number; title: string; choice: PersonType['voteRationales'][number]['choice']; rationale: string; cast_at: Date }[];
    // Published only: a draft is its author's alone, and a hidden case study is shown to nobody in lists.
    const caseStudies = (await ctx.manager.query(
      `SELECT id, title, summary, published_at FROM case_studies WHERE author_id = $1 AND status = 'PUBLISHED'
        ORDER BY published_at DESC, id DESC LIMIT 50`,
      [user.id],
    )) as { id: string; title: string; summary: string; published_at: Date }[];
    return {
      id: user.id,
      handle: user.handle,
      displayName: user.displayName,
      bio: user.bio,
      organisation: user.organisation,
      role: user.role,
      joinedAt: user.createdAt,
      proposals: proposals.map((row) => ({ number: row.number, title: row.title, status: row.status, createdAt: row.created_at })),
      comments: comments.map((row) => ({
        id: row.id,
        proposalNumber: row.number,
        proposalTitle: row.title,
        excerpt: row.excerpt.replace(/\s+/g, ' ').trim(),
        createdAt: row.created_at,
      })),
      voteRationales: votes.map((row) => ({
        proposalNumber: row.number,
        proposalTitle: row.title,
        choice: row.choice,
        rationale: row.rationale,
        castAt: row.cast_at,
      })),
      caseStudies: caseStudies.map((row) => ({ id: row.id, title: row.title, summary: row.summary, publishedAt: row.published_at })),
    };
  }

  /** The signed-in person changes their name, bio, organisation or time zone. */
  async updateProfile(ctx: RequestContext, input: UpdateProfileInput): Promise<PersonType> {
    const viewer = requireUser(ctx);
    const data = parseInput(profileSchema, input);
    const changes: Partial<UserEntity> = {};
    if (data.displayName != null) changes.displayName = data.displayName;
    if (data.bio != null) changes.bio = data.bio;
    if (data.organisation != null) changes.organisation = data.organisation;
    if (data.timeZone != null) changes.timeZone = data.timeZone;
    if (Object.keys(changes).length > 0) await ctx.manager.update(UserEntity, { id: viewer.id }, changes);
    const user = await ctx.manager.findOneByOrFail(UserEntity, { id: viewer.id });
    return this.person(ctx, user.handle);
  }

  /** Active accounts whose display name (any word of it) or handle starts with `prefix`, closest first. */
  async mentionCandidates(ctx: RequestContext, prefix: string, first: number): Promise<(UserType & { handle: string })[]> {
    const text = prefix.trim().replace(/^@/, '').toLowerCase();
    if (text.length === 0) return [];
    const pattern = `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await ctx.manager
      .createQueryBuilder(UserEntity, 'u')
      .where('u.deactivated_at IS NULL')
      .andWhere(`(u.handle LIKE :pattern OR lower(u.display_name) LIKE :pattern OR lower(u.display_name) LIKE '% ' || :pattern)`, {
        pattern,
      })
      .orderBy('u.handle LIKE :pattern', 'DESC')
      .addOrderBy('u.display_name', 'ASC')
      .limit(Math.min(Math.max(first, 1), 10))
      .getMany();
    return rows.map((row) => ({ ...this.users.toType(row, ctx.user), handle: row.handle }));
  }
}
