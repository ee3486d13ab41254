import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader } from '../common/loaders.js';
import { AssessmentContributorEntity } from './assessment.entity.js';

/** Key of ContributedForRelease: an account and a release version. */
export const contributorKey = (userId: string, releaseVersion: string): string => `${userId}|${releaseVersion}`;

/** Whether an account has contributed to a release's benchmark, batched per request (a list of assessments costs one query). */
export const ContributedForRelease = defineLoader(
  'assessment-contributors',
  (manager) =>
    new DataLoader<string, boolean>(async (keys) => {
      const userIds = [...new Set(keys.map((key) => key.split('|')[0]!))];
      const rows = await manager.findBy(AssessmentContributorEntity, { userId: In(userIds) });
      const contributed = new Set(rows.map((row) => contributorKey(row.userId, row.releaseVersion)));
      return keys.map((key) => contributed.has(key));
    }),
);
