import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/request-context.js';
import { UserEntity } from '../users/user.entity.js';
import type { UserType } from '../users/user.type.js';
import { UsersService } from '../users/users.service.js';

/** People as others see them: profiles, and finding someone to @mention. */
@Injectable()
export class PeopleService {
  constructor(private readonly users: UsersService) {}

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
