import { Component, createContext, type ReactNode, Suspense, use } from 'react';
import { isRequestError } from './graphql-errors';

/** What a failure state is given: the error, and a way to load the data again. */
export type QueryFailure = { error: unknown; retry: () => void };

type QueryBoundaryProps = {
  /** Shown while the suspense queries below are on their way. */
  loading: ReactNode;
  /** Shown instead when one of them failed: an error state offering to try again, or a not-found state. */
  failed: (failure: QueryFailure) => ReactNode;
  children: ReactNode;
};

type QueryBoundaryState = { failure: { error: unknown } | null; attempt: number };

const RetryKeyContext = createContext(0);

/**
 * The loading and failure states of the suspense queries below it: a Suspense fallback, and an error boundary
 * for failed requests. A crash that is not a failed request is passed on to the route's error boundary.
 *
 * Apollo keeps a failed suspense query, so rendering it again would throw the same error. "Try again" renders
 * the children with the next retry key, which the queries below take as their `queryKey` (useRetryKey): a
 * new key is a new query, fetched afresh.
 */
export class QueryBoundary extends Component<QueryBoundaryProps, QueryBoundaryState> {
  override state: QueryBoundaryState = { failure: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<QueryBoundaryState> {
    return { failure: { error } };
  }

  retry = () => this.setState(({ attempt }) => ({ failure: null, attempt: attempt + 1 }));

  override render() {
    const { failure, attempt } = this.state;
    if (failure) {
      if (!isRequestError(failure.error)) throw failure.error;
      return this.props.failed({ error: failure.error, retry: this.retry });
    }
    return (
      <RetryKeyContext value={attempt}>
        <Suspense fallback={this.props.loading}>{this.props.children}</Suspense>
      </RetryKeyContext>
    );
  }
}

/** The `queryKey` for a suspense query below a QueryBoundary: it changes when the boundary tries again. */
export function useRetryKey(): number {
  return use(RetryKeyContext);
}
