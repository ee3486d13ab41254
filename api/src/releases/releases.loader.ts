import { defineLoader } from '../common/loaders.js';
import { ReleaseEntity } from './release.entity.js';

/** Every release, oldest first, read once per request (there are few, and measure histories walk them all). */
export const AllReleases = defineLoader('releases', (manager) => {
  let all: Promise<ReleaseEntity[]> | undefined;
  return { all: () => (all ??= manager.find(ReleaseEntity, { order: { major: 'ASC', minor: 'ASC', patch: 'ASC' } })) };
});
