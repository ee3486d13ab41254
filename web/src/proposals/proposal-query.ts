import type { ApolloClient } from '@apollo/client';
import { graphql } from '../gql';
import { parseProposalNumber } from './proposal-number';

/**
 * The proposal page's data. It lives apart from the page so that the route can send it while the page's own
 * code is still on its way (see preloadProposal).
 */
export const ProposalQuery = graphql(`
  query Proposal($number: Int!) {
    proposal(number: $number) {
      id
      status
      ...ProposalPage_proposal
    }
    me {
      id
      role
    }
    governanceSettings {
      ...VotingPanel_settings
    }
  }
`);

/**
 * Fetches the proposal at `/proposals/:number` into the cache, fresh, without waiting for the answer. The page
 * reads it from the cache (`cache-first`): a page that mounts while the request is on its way shares it rather
 * than sending another. A failure is left to the page, which asks again and shows it.
 */
export function preloadProposal(client: ApolloClient, param: string | undefined): void {
  const number = parseProposalNumber(param);
  if (number === null) return;
  client.query({ query: ProposalQuery, variables: { number }, fetchPolicy: 'network-only' }).catch(() => undefined);
}
