import type { DataSource } from 'typeorm';
import { type AuthUser, type RequestContext, systemContext } from '../common/request-context.js';

/**
 * One transaction for work no request started (the CLI, the seed, scheduled jobs), with the same guarantees a
 * mutation has: effects deferred with ctx.afterCommit run once it has committed, and never if it rolled back.
 */
export async function inSystemTransaction<T>(
  dataSource: DataSource,
  work: (ctx: RequestContext) => Promise<T>,
  user: AuthUser | null = null,
): Promise<T> {
  const effects: (() => void)[] = [];
  const result = await dataSource.transaction((manager) => work(systemContext(manager, user, effects)));
  for (const effect of effects) effect();
  return result;
}
