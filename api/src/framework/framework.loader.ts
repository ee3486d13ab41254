import { deepFreeze } from '@ocmf/standard';
import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { defineLoader } from '../common/loaders.js';
import { LruCache } from '../common/lru-cache.js';
import { DraftRevisionEntity, revisionKey } from './draft-revision.entity.js';

const CURRENT = 'current';

export type DraftLoader = {
  /** The newest revision of the working draft, read once per request (or per transaction). */
  current(): Promise<DraftRevisionEntity | null>;
  /** Revisions by number. */
  revision: { load(revision: number): Promise<DraftRevisionEntity | null> };
  /** Records a revision this transaction just appended: it is the current one from now on. */
  appended(revision: DraftRevisionEntity): void;
};

/**
 * Revisions never change once written, so each one's row is read from the database once per process and kept
 * here, its document frozen (many requests share it). A request asks only which revisions it needs.
 */
const stored = new LruCache<string, DraftRevisionEntity>(16);

/**
 * The working draft, read one way everywhere: its current revision and any earlier one by number, batched, so a
 * proposal page that needs the current draft and the proposal's base reads both in one statement (and a second
 * only for revisions this process has not read yet).
 */
export const Draft = defineLoader('draft', (manager): DraftLoader => {
  const loader = new DataLoader<number | typeof CURRENT, DraftRevisionEntity | null>(async (keys) => {
    const numbers = keys.filter((key): key is number => key !== CURRENT);
    const query = manager
      .createQueryBuilder(DraftRevisionEntity, 'r')
      .select(['r.revision', 'r.createdAt'])
      .where('r.revision = ANY(:numbers)', { numbers });
    if (keys.includes(CURRENT)) query.orWhere('r.revision = (SELECT max(revision) FROM draft_revisions)');
    const rows = await whole(manager, await query.getMany());
    const newest = rows.reduce<DraftRevisionEntity | null>((max, row) => (!max || row.revision > max.revision ? row : max), null);
    return keys.map((key) => (key === CURRENT ? newest : (rows.find((row) => row.revision === key) ?? null)));
  });
  return {
    current: () => loader.load(CURRENT),
    revision: { load: (revision) => loader.load(revision) },
    appended(row) {
      loader.clear(CURRENT).prime(CURRENT, row).prime(row.revision, row);
    },
  };
});

/** The whole rows of the revisions `heads` names (number and creation time), from memory where it has them. */
function whole(manager: EntityManager, heads: DraftRevisionEntity[]): Promise<DraftRevisionEntity[]> {
  return stored.readThrough(heads, revisionKey, async (missing) => {
    const rows = await manager.findBy(DraftRevisionEntity, { revision: In(missing.map((head) => head.revision)) });
    for (const row of rows) deepFreeze(row.document);
    return rows;
  });
}
