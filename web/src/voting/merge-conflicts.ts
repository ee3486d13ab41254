import type { ConflictView } from '../proposals/ConflictList';
import { codeOf, graphQLErrorsOf } from '../ui/graphql-errors';

/** The conflicting fields a MERGE_CONFLICT error carries in `extensions.conflicts` (empty for any other error). */
export function mergeConflictsOf(error: unknown): ConflictView[] {
  return graphQLErrorsOf(error).flatMap((e) => {
    if (codeOf(e) !== 'MERGE_CONFLICT' || !Array.isArray(e.extensions?.conflicts)) return [];
    return e.extensions.conflicts.filter(isConflict).map(({ path, base, current, proposed }) => ({ path, base, current, proposed }));
  });
}

function isConflict(value: unknown): value is ConflictView {
  return typeof value === 'object' && value !== null && typeof (value as ConflictView).path === 'string';
}
