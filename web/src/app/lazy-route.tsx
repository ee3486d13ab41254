import type { ComponentType } from 'react';
import type { LazyRouteFunction, RouteObject } from 'react-router';
import type { QueryFailure } from '../ui/QueryBoundary';
import { RoutePage } from './RoutePage';

type PageParts = { page: ComponentType; loading: ComponentType; failed: ComponentType<QueryFailure> };

/**
 * A route whose page lives in its own chunk, loaded the first time the route is visited, so the first download
 * holds the layout alone. The page's module gives its page, loading and failure states (see RoutePage).
 */
export function routePage(load: () => Promise<PageParts>): LazyRouteFunction<RouteObject> {
  return async () => {
    const { page, loading, failed } = await load();
    return { element: <RoutePage page={page} loading={loading} failed={failed} /> };
  };
}

/** The same for a page that loads no data of its own before it shows. */
export function routeComponent(load: () => Promise<ComponentType>): LazyRouteFunction<RouteObject> {
  return async () => ({ Component: await load() });
}
