import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { DraftRevisionEntity } from './draft-revision.entity.js';

export type DraftLoader = {
  /** The newest revision of the working draft, read once per request. */
  current(): Promise<DraftRevisionEntity | null>;
  /** Revisions by number, batched. */
  revision: DataLoader<number, DraftRevisionEntity | null>;
};

export function createDraftLoader(manager: EntityManager): DraftLoader {
  let current: Promise<DraftRevisionEntity | null> | undefined;
  return {
    current: () => (current ??= manager.findOne(DraftRevisionEntity, { where: {}, order: { revision: 'DESC' } })),
    revision: new DataLoader(async (numbers) => {
      const rows = await manager.findBy(DraftRevisionEntity, { revision: In([...numbers]) });
      return numbers.map((n) => rows.find((row) => row.revision === n) ?? null);
    }),
  };
}
