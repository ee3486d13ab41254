import type { EntityManager } from 'typeorm';

/**
 * A per-request loader, defined next to the data it reads by the domain that owns it:
 * `export const UsersById = defineLoader('users', (manager) => new DataLoader(...))`, then
 * `ctx.loaders.get(UsersById).load(id)`. The definition is its own key, so this file knows no domain. A loader
 * may read what the viewer alone should see (their own flags, whether they may vote) in the same query.
 */
export type LoaderDefinition<T> = { readonly name: string; readonly create: (manager: EntityManager, viewerId: string | null) => T };

export const defineLoader = <T>(name: string, create: (manager: EntityManager, viewerId: string | null) => T): LoaderDefinition<T> => ({
  name,
  create,
});

/** One request's loaders over one EntityManager, each created on first use, so nothing is cached across users. */
export class Loaders {
  private readonly created = new Map<LoaderDefinition<unknown>, unknown>();

  constructor(
    private readonly manager: EntityManager,
    private readonly viewerId: string | null = null,
  ) {}

  get<T>(definition: LoaderDefinition<T>): T {
    if (!this.created.has(definition)) this.created.set(definition, definition.create(this.manager, this.viewerId));
    return this.created.get(definition) as T;
  }
}
