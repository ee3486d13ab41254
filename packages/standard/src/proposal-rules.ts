/** A proposal's lifecycle, and the limits on what people write. */

/** DRAFT (author only) → DISCUSSION → VOTING → ACCEPTED | REJECTED → MERGED → RELEASED; WITHDRAWN by the author. */
export const PROPOSAL_STATUSES = ['DRAFT', 'DISCUSSION', 'VOTING', 'ACCEPTED', 'REJECTED', 'MERGED', 'RELEASED', 'WITHDRAWN'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Statuses anyone may see; a DRAFT is visible to its author only. */
export const PUBLIC_STATUSES: readonly ProposalStatus[] = PROPOSAL_STATUSES.filter((status) => status !== 'DRAFT');

/** Where comments may be added. */
export const COMMENTABLE_STATUSES: readonly ProposalStatus[] = ['DISCUSSION', 'VOTING'];

/** Where the author may still change the title, summary and changes. */
export const EDITABLE_STATUSES: readonly ProposalStatus[] = ['DRAFT', 'DISCUSSION'];

/** Where the author may withdraw the proposal. */
export const WITHDRAWABLE_STATUSES: readonly ProposalStatus[] = ['DRAFT', 'DISCUSSION'];

/** Decided, one way or the other: the vote is over. */
export const DECIDED_STATUSES: readonly ProposalStatus[] = ['ACCEPTED', 'REJECTED', 'MERGED', 'RELEASED'];

export const isProposalStatus = (value: unknown): value is ProposalStatus =>
  typeof value === 'string' && (PROPOSAL_STATUSES as readonly string[]).includes(value);

export const commentsOpen = (status: ProposalStatus): boolean => COMMENTABLE_STATUSES.includes(status);

export const isEditable = (status: ProposalStatus): boolean => EDITABLE_STATUSES.includes(status);

/**
 * Length limits of what people write, in characters (after trimming). The API refuses text outside them with a
 * field error; the web app uses the same numbers for its counters and `maxLength`.
 */
export const TEXT_LIMITS = {
  proposalTitle: { min: 5, max: 200 },
  proposalSummary: { min: 1, max: 20_000 },
  /** Why a proposal is withdrawn, and why a change is made. */
  reason: { min: 0, max: 2000 },
  comment: { min: 1, max: 10_000 },
  /** Why an editor hides a comment, or why a member flags it. */
  moderationReason: { min: 3, max: 500 },
  voteRationale: { min: 0, max: 2000 },
  releaseTitle: { min: 3, max: 120 },
  releaseNotes: { min: 0, max: 20_000 },
  displayName: { min: 1, max: 80 },
} as const satisfies Record<string, { min: number; max: number }>;

export type TextLimit = keyof typeof TEXT_LIMITS;
