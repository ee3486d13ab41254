import type { ComponentType } from 'react';
import { useLocation } from 'react-router';
import { type QueryFailure, QueryBoundary } from '../ui/QueryBoundary';

type RoutePageProps = {
  /** The route component: it reads its data with suspense queries (taking `queryKey: useRetryKey()`). */
  page: ComponentType;
  /** The page's own loading state, from the page's module. */
  loading: ComponentType;
  /** The page's own failure state: an error with "Try again", or not-found for the codes that mean it. */
  failed: ComponentType<QueryFailure>;
};

/**
 * A page with data, as every route with a query renders it: the page's loading state while its queries are on
 * their way, its failure state if they fail. Each address gets a fresh boundary, so following a link from one
 * measure or proposal to another starts loading (and trying) over; a change of the query string alone does not.
 */
export function RoutePage({ page: Page, loading: Loading, failed: Failed }: RoutePageProps) {
  const { pathname } = useLocation();
  return (
    <QueryBoundary key={pathname} loading={<Loading />} failed={(failure) => <Failed {...failure} />}>
      <Page />
    </QueryBoundary>
  );
}
