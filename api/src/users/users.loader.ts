import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** Users by id, batched per request: a list of 50 proposals costs one query for their authors. */
export function createUsersLoader(manager: EntityManager): DataLoader<string, UserEntity | null> {
  return new DataLoader(async (ids) => {
    const users = await manager.findBy(UserEntity, { id: In([...ids]) });
    const byId = new Map(users.map((user) => [user.id, user]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
