import { useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql } from '../gql';
import type { ProposalStatus } from '../gql/graphql';
import { needsRefetch } from './live-updates';

/** The same selection as the proposal page, so each push re-renders it whole: status, vote, history, discussion. */
export const ProposalUpdatedSubscription = graphql(`
  subscription ProposalUpdated($number: Int!) {
    proposalUpdated(number: $number) {
      id
      status
      voting {
        id
        outcome
      }
      ...ProposalPage_proposal
    }
  }
`);

/**
 * Keeps the proposal page live while it is open: every vote, status change and merge the server pushes is
 * written to the cache (the page re-renders from it). When the proposal changes status, or a push says it is
 * decided without saying how, the page's query is fetched again (see `needsRefetch`).
 */
export function useProposalUpdates(number: number | null, status: ProposalStatus | null, refetch: () => void): void {
  const lastStatus = useRef<ProposalStatus | null>(status);
  if (lastStatus.current === null) lastStatus.current = status;
  useSubscription(ProposalUpdatedSubscription, {
    variables: { number: number ?? 0 },
    // Once the page knows the proposal: a push then always has something to compare with.
    skip: number === null || status === null,
    onData({ data }) {
      const pushed = data.data?.proposalUpdated;
      if (!pushed) return;
      const before = lastStatus.current;
      lastStatus.current = pushed.status;
      if (needsRefetch(before, { status: pushed.status, outcome: pushed.voting?.outcome ?? null, hasVoting: Boolean(pushed.voting) })) {
        refetch();
      }
    },
  });
}
