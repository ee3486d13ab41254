import type { ProposalStatus } from '../gql/graphql';
import { proposalStatusLabel } from './proposal-status';

export type HistoryEvent = { action: string; fromStatus?: ProposalStatus | null; toStatus?: ProposalStatus | null };

/** What happened, in words: "Submitted for discussion", "Withdrawn", "Edited". */
export function describeEvent(event: HistoryEvent): string {
  const { action, fromStatus, toStatus } = event;
  if (action === 'proposal.created') return 'Created as a draft';
  if (action === 'proposal.edited') return 'Edited';
  if (action === 'proposal.status_changed' && toStatus) {
    if (fromStatus === 'DRAFT' && toStatus === 'DISCUSSION') return 'Submitted for discussion';
    if (toStatus === 'WITHDRAWN') return 'Withdrawn';
    if (toStatus === 'VOTING') return 'Voting opened';
    if (toStatus === 'MERGED') return 'Merged into the working draft';
    if (toStatus === 'RELEASED') return 'Published in a release';
    return proposalStatusLabel(toStatus);
  }
  // Anything newer than this app: "proposal.vote_cast" → "Vote cast".
  const words = action.replace(/^proposal\./, '').replace(/[._]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
