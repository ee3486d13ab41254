import type { ProposalStatus } from '../gql/graphql';
import type { BadgeTone } from '../ui/Badge';

/** The lifecycle and its rules live in the document model's package; this file says how they read. */
export { commentsOpen, isProposalStatus, PROPOSAL_STATUSES } from '@ocmf/standard';

const STATUS: Record<ProposalStatus, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: 'Draft', tone: 'neutral' },
  DISCUSSION: { label: 'In discussion', tone: 'info' },
  VOTING: { label: 'Voting', tone: 'warning' },
  ACCEPTED: { label: 'Accepted', tone: 'positive' },
  REJECTED: { label: 'Rejected', tone: 'negative' },
  MERGED: { label: 'Merged', tone: 'positive' },
  RELEASED: { label: 'Released', tone: 'positive' },
  WITHDRAWN: { label: 'Withdrawn', tone: 'neutral' },
};

/** A status as people say it: DISCUSSION → "In discussion". */
export function proposalStatusLabel(status: ProposalStatus): string {
  return STATUS[status]?.label ?? status;
}

export function proposalStatusTone(status: ProposalStatus): BadgeTone {
  return STATUS[status]?.tone ?? 'neutral';
}

/** Why there is no comment box, for a proposal whose comments are not open. */
export function commentsClosedReason(status: ProposalStatus): string {
  switch (status) {
    case 'DRAFT':
      return 'This proposal is still a draft. Comments open when its author submits it for discussion.';
    case 'WITHDRAWN':
      return 'Its author withdrew this proposal, so the discussion is closed.';
    default:
      return `The discussion is closed: the proposal is ${proposalStatusLabel(status).toLowerCase()}. Comments are open while a proposal is in discussion or voting.`;
  }
}
