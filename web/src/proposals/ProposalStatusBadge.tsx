import type { ProposalStatus } from '../gql/graphql';
import { Badge } from '../ui/Badge';
import { proposalStatusLabel, proposalStatusTone } from './proposal-status';

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  return (
    <Badge tone={proposalStatusTone(status)} testId="proposal-status">
      {proposalStatusLabel(status)}
    </Badge>
  );
}
