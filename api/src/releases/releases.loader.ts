import { type EntityManager } from 'typeorm';
import { ReleaseEntity } from './release.entity.js';

/** Every release, oldest first, read once per request (there are few, and measure histories walk them all). */
export function createReleasesLoader(manager: EntityManager): { all(): Promise<ReleaseEntity[]> } {
  let all: Promise<ReleaseEntity[]> | undefined;
  return { all: () => (all ??= manager.find(ReleaseEntity, { order: { major: 'ASC', minor: 'ASC', patch: 'ASC' } })) };
}
