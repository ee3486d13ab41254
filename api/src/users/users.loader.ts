import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader } from '../common/loaders.js';
import { UserEntity } from './user.entity.js';

/** Users by id, batched per request: a list of 50 proposals costs one query for their authors. */
export const UsersById = defineLoader(
  'users',
  (manager) =>
    new DataLoader<string, UserEntity | null>(async (ids) => {
      const users = await manager.findBy(UserEntity, { id: In([...ids]) });
      const byId = new Map(users.map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);
