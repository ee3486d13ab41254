import type { ChangeKind } from '../gql/graphql';

/** A changelog entry as the API returns it: a merged proposal and what each of its changes did. */
export type ChangelogEntry = { proposalNumber: number; title: string; changes: readonly { kind: ChangeKind; description: string }[] };

export type ChangelogItem = { proposalNumber: number; proposalTitle: string; description: string };

export type ChangelogGroup = { kind: ChangeKind; label: string; items: ChangelogItem[] };

/** The kinds in the order a changelog lists them, each with its heading. */
const KINDS: readonly { kind: ChangeKind; label: string }[] = [
  { kind: 'ADDED', label: 'Added' },
  { kind: 'CHANGED', label: 'Changed' },
  { kind: 'RETIRED', label: 'Retired' },
  { kind: 'MOVED', label: 'Moved' },
  { kind: 'REBALANCED', label: 'Re-balanced' },
];

/**
 * A release's changes grouped by kind (Added, Changed, Retired, Moved, Re-balanced), each naming the proposal it
 * came from, in merge order within a group.
 */
export function groupChangelog(entries: readonly ChangelogEntry[]): ChangelogGroup[] {
  const items = entries.flatMap((entry) =>
    entry.changes.map((change) => ({
      kind: change.kind,
      item: { proposalNumber: entry.proposalNumber, proposalTitle: entry.title, description: change.description },
    })),
  );
  return KINDS.map(({ kind, label }) => ({ kind, label, items: items.filter((i) => i.kind === kind).map((i) => i.item) })).filter(
    (group) => group.items.length > 0,
  );
}
