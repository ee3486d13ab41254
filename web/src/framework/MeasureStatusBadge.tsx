import type { MeasureStatus } from '../gql/graphql';
import { Badge } from '../ui/Badge';
import { statusLabel, statusTone } from './labels';

export function MeasureStatusBadge({ status }: { status: MeasureStatus }) {
  return (
    <Badge tone={statusTone(status)} testId="status-badge">
      {statusLabel(status)}
    </Badge>
  );
}
