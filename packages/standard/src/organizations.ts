import type { DocumentDiff } from './diff.js';

/**
 * Who uses the standard: organisations and their members, the products vendors report as implementing a release,
 * the checklist a newer release gives each product, and adopters. The API enforces these rules and the web app
 * offers the same lists.
 */

export const ORGANIZATION_KINDS = ['VENDOR', 'PRACTITIONER', 'CONSULTANCY', 'NONPROFIT'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Kinds that adopt the standard ("we use OCMF"); vendors implement it in products instead. */
export const ADOPTER_KINDS = ['PRACTITIONER', 'CONSULTANCY', 'NONPROFIT'] as const satisfies readonly OrganizationKind[];

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  VENDOR: 'Vendor',
  PRACTITIONER: 'Practitioner',
  CONSULTANCY: 'Consultancy',
  NONPROFIT: 'Non-profit',
};

/** Owners change everything the organisation holds; members are listed with it. */
export const ORGANIZATION_ROLES = ['OWNER', 'MEMBER'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const IMPLEMENTATION_STATUSES = ['SUPPORTED', 'PARTIAL', 'PLANNED', 'NOT_SUPPORTED'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const IMPLEMENTATION_STATUS_LABELS: Record<ImplementationStatus, string> = {
  SUPPORTED: 'Supported',
  PARTIAL: 'Partial',
  PLANNED: 'Planned',
  NOT_SUPPORTED: 'Not supported',
};

/** A product "implements" a measure when it supports it, fully or in part. */
export const isImplemented = (status: ImplementationStatus): boolean => status === 'SUPPORTED' || status === 'PARTIAL';

/** What an upgrade must look at: measures the product supports, in part or fully, or plans to. */
export const isTrackedForUpgrade = (status: ImplementationStatus): boolean => status !== 'NOT_SUPPORTED';

export const ORGANIZATION_LIMITS = {
  name: { min: 2, max: 120 },
  description: { min: 0, max: 1000 },
  url: { max: 2000 },
  productName: { min: 1, max: 120 },
  note: { min: 0, max: 1000 },
  quote: { min: 0, max: 1000 },
  hideReason: { min: 3, max: 500 },
  /** Organisations one person may create. */
  organizationsPerCreator: 20,
  productsPerOrganization: 50,
  /** How long an invite link works. */
  inviteDays: 14,
} as const;

export const CHECKLIST_CHANGES = ['ADDED', 'CHANGED', 'MOVED', 'RETIRED'] as const;
export type ChecklistChange = (typeof CHECKLIST_CHANGES)[number];

export type ChecklistItem = {
  measureKey: string;
  measureName: string;
  change: ChecklistChange;
  /** The fields that changed (CHANGED), e.g. ['formula', 'unit']; empty otherwise. */
  fields: string[];
  /** A sentence saying what to do. */
  description: string;
};

/**
 * The upgrade checklist of a product from the release it reports to a newer one: for every measure it supports,
 * partly supports or plans, what the diff changed (field by field), moved or retired; then every measure added.
 * Measures it does not support, or did not report, appear only if they were added.
 */
export function upgradeChecklist(diff: DocumentDiff, reported: ReadonlyMap<string, ImplementationStatus>): ChecklistItem[] {
  const tracked = (key: string) => {
    const status = reported.get(key);
    return status !== undefined && isTrackedForUpgrade(status);
  };
  const items: ChecklistItem[] = [];
  for (const entry of diff.measures.changed) {
    if (!tracked(entry.key)) continue;
    const fields = entry.fields.map((field) => field.field);
    items.push({
      measureKey: entry.key,
      measureName: entry.name,
      change: 'CHANGED',
      fields,
      description: `Review ${entry.name}: its ${joinWords(fields)} changed.`,
    });
  }
  for (const move of diff.measures.moved) {
    if (!tracked(move.key)) continue;
    items.push({
      measureKey: move.key,
      measureName: move.name,
      change: 'MOVED',
      fields: ['categoryKey'],
      description: `${move.name} moved from ${move.from} to ${move.to}.`,
    });
  }
  const nameOf = (key: string) => [...diff.measures.added, ...diff.measures.retired].find((m) => m.key === key)?.name ?? key;
  for (const measure of diff.measures.retired) {
    if (!tracked(measure.key)) continue;
    items.push({
      measureKey: measure.key,
      measureName: measure.name,
      change: 'RETIRED',
      fields: measure.replacedBy ? ['replacedBy'] : [],
      description: measure.replacedBy
        ? `${measure.name} was retired, replaced by ${nameOf(measure.replacedBy)}: move what you report for it to ${measure.replacedBy}.`
        : `${measure.name} was retired: stop reporting it, or keep it as your own measure.`,
    });
  }
  for (const measure of diff.measures.added) {
    items.push({
      measureKey: measure.key,
      measureName: measure.name,
      change: 'ADDED',
      fields: [],
      description: `${measure.name} was added: decide whether to support it.`,
    });
  }
  return items;
}

const joinWords = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/** "up to date", "1 release behind", "3 releases behind". */
export const releasesBehindLabel = (behind: number): string =>
  behind === 0 ? 'up to date' : `${behind} release${behind === 1 ? '' : 's'} behind`;
