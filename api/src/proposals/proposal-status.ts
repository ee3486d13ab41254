import { registerEnumType } from '@nestjs/graphql';

export const PROPOSAL_STATUSES = ['DRAFT', 'DISCUSSION', 'VOTING', 'ACCEPTED', 'REJECTED', 'MERGED', 'RELEASED', 'WITHDRAWN'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const ProposalStatus = Object.fromEntries(PROPOSAL_STATUSES.map((s) => [s, s])) as { [S in ProposalStatus]: S };

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'DRAFT (author only) → DISCUSSION → VOTING → ACCEPTED | REJECTED → MERGED → RELEASED; WITHDRAWN by the author.',
});

/** Statuses anyone may see; a DRAFT is visible to its author only. */
export const PUBLIC_STATUSES: readonly ProposalStatus[] = PROPOSAL_STATUSES.filter((s) => s !== 'DRAFT');

/** Where comments may still be added. */
export const COMMENTABLE_STATUSES: readonly ProposalStatus[] = ['DISCUSSION', 'VOTING'];

/** Where the author may still change the title, summary and changes. */
export const EDITABLE_STATUSES: readonly ProposalStatus[] = ['DRAFT', 'DISCUSSION'];
