import type { ApolloCache } from '@apollo/client';

/**
 * Drops every cached page of the proposal list (whatever its filters), so the next visit fetches it afresh:
 * a new, edited or moved proposal changes which lists it belongs to and where (they sort by last activity).
 */
export function forgetProposalLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'proposals' });
  cache.gc();
}
