import { can } from '@ocmf/standard';
import type { Role } from '../gql/graphql';

const ROLE_LABELS: Record<Role, string> = {
  MEMBER: 'Member',
  STANDARD_SETTER: 'Standard-setter',
  EDITOR: 'Editor',
  ADMIN: 'Administrator',
};

/** A role as people say it, e.g. STANDARD_SETTER → "Standard-setter". */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role] ?? role;
}

/** Editors and administrators moderate discussions (hide comments, handle flags). */
export function canModerate(role: Role | null | undefined): boolean {
  return can(role, 'comment:moderate');
}

/** Editors and administrators open and close votes, merge accepted proposals and publish releases. */
export function canManageProposals(role: Role | null | undefined): boolean {
  return can(role, 'proposal:manage');
}

/** Only administrators change the voting rules. */
export function canConfigureGovernance(role: Role | null | undefined): boolean {
  return can(role, 'governance:configure');
}
