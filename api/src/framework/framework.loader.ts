import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader } from '../common/loaders.js';
import { DraftRevisionEntity } from './draft-revision.entity.js';

export type DraftLoader = {
  /** The newest revision of the working draft, read once per request (or per transaction). */
  current(): Promise<DraftRevisionEntity | null>;
  /** Revisions by number, batched. */
  revision: DataLoader<number, DraftRevisionEntity | null>;
  /** Records a revision this transaction just appended: it is the current one from now on. */
  appended(revision: DraftRevisionEntity): void;
};

/** The working draft, read one way everywhere: its current revision and any earlier one by number. */
export const Draft = defineLoader('draft', (manager): DraftLoader => {
  let current: Promise<DraftRevisionEntity | null> | undefined;
  const revision = new DataLoader<number, DraftRevisionEntity | null>(async (numbers) => {
    const rows = await manager.findBy(DraftRevisionEntity, { revision: In([...numbers]) });
    return numbers.map((n) => rows.find((row) => row.revision === n) ?? null);
  });
  return {
    current: () => (current ??= manager.findOne(DraftRevisionEntity, { where: {}, order: { revision: 'DESC' } })),
    revision,
    appended(row) {
      current = Promise.resolve(row);
      revision.prime(row.revision, row);
    },
  };
});
