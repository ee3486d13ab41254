import { DECIDED_STATUSES } from '@ocmf/standard';
import type { ProposalStatus, VoteOutcome } from '../gql/graphql';

export type PushedProposal = { status: ProposalStatus; outcome: VoteOutcome | null; hasVoting: boolean };

/**
 * Whether a pushed proposal should be completed by fetching the page again. A status change moves many parts
 * at once (outcome, merged preview, what the reader may do), so the page reloads its query to be sure they all
 * agree. A push that says the proposal is decided but carries no outcome is incomplete: the API's subscription
 * can answer with the vote as it was when the subscription first read it.
 */
export function needsRefetch(previousStatus: ProposalStatus | null, pushed: PushedProposal): boolean {
  if (previousStatus !== null && previousStatus !== pushed.status) return true;
  return pushed.hasVoting && pushed.outcome === null && DECIDED_STATUSES.includes(pushed.status);
}
