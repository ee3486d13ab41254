import type { ApolloCache, Reference, StoreObject } from '@apollo/client';

/** Takes a comment out of the cached moderation queue once an editor has decided about it. */
export function removeFromModerationQueue(cache: ApolloCache, commentId: string): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      // Queue entries have no id of their own: they are stored inline, each pointing at its comment.
      moderationQueue(existing: readonly (Reference | StoreObject)[] = [], { readField }) {
        return existing.filter((item) => readField<string>('id', readField<Reference>('comment', item)) !== commentId);
      },
    },
  });
}

/** A new flag may add a comment to the queue: fetch it afresh next time. */
export function forgetModerationQueue(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'moderationQueue' });
  cache.gc();
}
