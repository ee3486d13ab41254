import type { ProposalStatus } from '../gql/graphql';
import { isProposalStatus } from './proposal-status';

/** What the proposal list shows; kept in the address (`?status=DISCUSSION&category=customer`) so it can be shared. */
export type ProposalFilters = { status: ProposalStatus | null; categoryKey: string | null; measureKey: string | null };

const PARAMS = { status: 'status', categoryKey: 'category', measureKey: 'measure' } as const;

/** Reads the filters from a query string; unknown statuses and empty values mean "any". */
export function filtersFromSearch(search: URLSearchParams): ProposalFilters {
  const status = search.get(PARAMS.status);
  const text = (name: string) => search.get(name)?.trim() || null;
  return {
    status: isProposalStatus(status) ? status : null,
    categoryKey: text(PARAMS.categoryKey),
    measureKey: text(PARAMS.measureKey),
  };
}

/** The query string for the filters, leaving out the ones not set. */
export function searchFromFilters(filters: Partial<ProposalFilters>): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.status) search.set(PARAMS.status, filters.status);
  if (filters.categoryKey) search.set(PARAMS.categoryKey, filters.categoryKey);
  if (filters.measureKey) search.set(PARAMS.measureKey, filters.measureKey);
  return search;
}

/** A link to the proposal list with these filters, e.g. `/proposals?measure=time-to-smile`. */
export function proposalsHref(filters: Partial<ProposalFilters> = {}): string {
  const search = searchFromFilters(filters).toString();
  return search ? `/proposals?${search}` : '/proposals';
}

export function hasFilters(filters: ProposalFilters): boolean {
  return filters.status !== null || filters.categoryKey !== null || filters.measureKey !== null;
}
