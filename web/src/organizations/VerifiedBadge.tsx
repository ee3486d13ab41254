import { Badge } from '../ui/Badge';

/** An administrator checked that the organisation is who it says it is. */
export function VerifiedBadge() {
  return (
    <Badge tone="positive" testId="verified-badge">
      Verified
    </Badge>
  );
}
