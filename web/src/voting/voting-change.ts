import { graphql } from '../gql';

/** What opening or closing a vote changes on the proposal page, which both mutations answer with. */
export const VotingChange_proposal = graphql(`
  fragment VotingChange_proposal on Proposal {
    id
    status
    lastActivityAt
    viewerCanEdit
    ...ProposalActions_proposal
    ...ProposalHistory_proposal
    ...VotingPanel_proposal
  }
`);
