/** GraphQL operations shared by the proposal, comment and governance tests. */
export const CREATE_PROPOSAL = /* GraphQL */ `
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      id
      number
      status
      baseRevision
      touchedCategories
      touchedMeasures
      changes {
        op
        description
      }
    }
  }
`;
export const UPDATE_PROPOSAL = /* GraphQL */ `
  mutation UpdateProposal($input: UpdateProposalInput!) {
    updateProposal(input: $input) {
      number
      title
      status
      baseRevision
    }
  }
`;
export const SUBMIT_PROPOSAL = /* GraphQL */ `
  mutation SubmitProposal($number: Int!) {
    submitProposal(number: $number) {
      number
      status
    }
  }
`;
export const WITHDRAW_PROPOSAL = /* GraphQL */ `
  mutation WithdrawProposal($number: Int!, $reason: String) {
    withdrawProposal(number: $number, reason: $reason) {
      number
      status
    }
  }
`;
export const PROPOSAL = /* GraphQL */ `
  query Proposal($number: Int!) {
    proposal(number: $number) {
      number
      title
      status
      summaryHtml
      viewerCanEdit
      commentCount
      author {
        displayName
      }
      changes {
        op
        measureKey
        description
        kind
      }
      preview {
        applies
        againstRevision
        conflicts {
          changeIndex
          path
          base
          current
          proposed
        }
        issues {
          code
          path
        }
        before
        after
      }
      history {
        action
        fromStatus
        toStatus
        reason
        actor {
          displayName
        }
      }
      comments {
        id
        parentId
        body
        bodyHtml
        hidden
        hiddenReason
        editedAt
        openFlagCount
        viewerHasFlagged
        viewerCanEdit
        author {
          displayName
        }
        revisions {
          body
        }
      }
    }
  }
`;
export const ADD_COMMENT = /* GraphQL */ `
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
      parentId
      bodyHtml
    }
  }
`;

export type CreatedProposal = {
  createProposal: {
    id: string;
    number: number;
    status: string;
    baseRevision: number;
    touchedCategories: string[];
    touchedMeasures: string[];
  };
};

/** A valid two-change proposal against the v1 seed. */
export function twoChanges(suffix = 'a') {
  return {
    title: `Add Net ARR and sharpen Time to Smile (${suffix})`,
    summary: 'Customer Success was left for the first update. **Evidence**: many teams already report it.',
    changes: [
      {
        op: 'ADD_MEASURE',
        measure: {
          key: `net-arr-${suffix}`,
          name: `Net ARR ${suffix}`,
          categoryKey: 'business',
          audience: 'EXECUTIVE',
          definition: 'Recurring revenue won, lost and expanded over a year.',
          formula: 'New customer revenue − Lost customer revenue + Expansion revenue',
          unit: 'currency per year',
          direction: 'HIGHER_IS_BETTER',
          status: 'EMERGING',
        },
      },
      { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { notes: `Measured from the first report (${suffix}).` } },
    ],
  };
}
