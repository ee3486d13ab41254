import type { SearchKind } from '../gql/graphql';

/** Whether a key press is the "/" shortcut to the search box: not while typing in a field, not with a modifier. */
export function isSearchShortcut(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  target: EventTarget | null,
): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
  const element = target as { tagName?: string; isContentEditable?: boolean } | null;
  const tag = element?.tagName?.toLowerCase();
  return !(tag === 'input' || tag === 'textarea' || tag === 'select' || element?.isContentEditable);
}

/** The result groups, in the order the search page shows them (the API's order). */
export const SEARCH_KIND_LABELS = {
  MEASURE: 'Measures',
  PROPOSAL: 'Proposals',
  COMMENT: 'Comments',
  CASE_STUDY: 'Case studies',
} as const satisfies Record<SearchKind, string>;

export const SEARCH_KINDS = Object.keys(SEARCH_KIND_LABELS) as SearchKind[];
