import type { ApolloCache } from '@apollo/client';

/** Drops the cached list of the signed-in user's assessments, so the next visit fetches it afresh. */
export function forgetMyAssessments(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myAssessments' });
  cache.gc();
}

/** Drops every cached benchmark, so what is on screen is read again after a contribution. */
export function forgetBenchmarks(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'assessmentBenchmark' });
  cache.gc();
}
