/** A changelog entry as the API returns it: a merged proposal and what each of its changes did. */
export type ChangelogEntry = { proposalNumber: number; title: string; changes: readonly { kind: string; description: string }[] };

export type ChangelogItem = { proposalNumber: number; proposalTitle: string; description: string };

export type ChangelogGroup = { kind: string; label: string; items: ChangelogItem[] };

/** The kinds in the order a changelog lists them, each with its heading. */
const KINDS: readonly { kind: string; label: string }[] = [
  { kind: 'added', label: 'Added' },
  { kind: 'changed', label: 'Changed' },
  { kind: 'retired', label: 'Retired' },
  { kind: 'moved', label: 'Moved' },
  { kind: 'rebalanced', label: 'Re-balanced' },
];

/**
 * A release's changes grouped by kind (Added, Changed, Retired, Moved, Re-balanced), each naming the proposal it
 * came from, in merge order within a group. Kinds this app does not know yet come last, under "Other".
 */
export function groupChangelog(entries: readonly ChangelogEntry[]): ChangelogGroup[] {
  const items = entries.flatMap((entry) =>
    entry.changes.map((change) => ({
      kind: change.kind,
      item: { proposalNumber: entry.proposalNumber, proposalTitle: entry.title, description: change.description },
    })),
  );
  const known = new Set(KINDS.map(({ kind }) => kind));
  const groups = KINDS.map(({ kind, label }) => ({ kind, label, items: items.filter((i) => i.kind === kind).map((i) => i.item) }));
  const other = items.filter((i) => !known.has(i.kind)).map((i) => i.item);
  return [...groups, { kind: 'other', label: 'Other', items: other }].filter((group) => group.items.length > 0);
}
