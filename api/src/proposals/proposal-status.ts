import { registerEnumType } from '@nestjs/graphql';
import { PROPOSAL_STATUSES, type ProposalStatus as Status } from '@ocmf/standard';

/** The lifecycle and its rules live in packages/standard (proposal-rules.ts); this registers it with GraphQL. */
export { COMMENTABLE_STATUSES, EDITABLE_STATUSES, PROPOSAL_STATUSES, PUBLIC_STATUSES, WITHDRAWABLE_STATUSES } from '@ocmf/standard';
export type ProposalStatus = Status;

export const ProposalStatus = Object.fromEntries(PROPOSAL_STATUSES.map((s) => [s, s])) as { [S in ProposalStatus]: S };

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'DRAFT (author only) → DISCUSSION → VOTING → ACCEPTED | REJECTED → MERGED → RELEASED; WITHDRAWN by the author.',
});
