import { DomainError, type FieldIssue } from '../common/domain-error.js';
import type { ProposalStatus } from './proposal-status.js';

export const ProposalErrors = {
  notFound: (number: number) =>
    new DomainError('PROPOSAL_NOT_FOUND', `There is no proposal #${number}.`, [
      { path: 'number', message: 'matches no proposal you can see' },
    ]),
  invalidChanges: (issues: FieldIssue[]) =>
    new DomainError(
      'INVALID_CHANGES',
      `The change set cannot be applied to the working draft: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      issues,
    ),
  notAuthor: (action: string) => new DomainError('FORBIDDEN', `Only the proposal's author can ${action}.`),
  wrongStatus: (action: string, status: ProposalStatus, allowed: readonly ProposalStatus[]) =>
    new DomainError('INVALID_STATE', `A proposal in ${status} cannot be ${action}; it must be ${allowed.join(' or ')}.`, [], {
      status,
      allowed,
    }),
  mergeConflict: (conflicts: unknown[], issues: unknown[]) =>
    new DomainError(
      'MERGE_CONFLICT',
      'The proposal no longer applies cleanly to the working draft. Resolve the conflicts in an amended proposal.',
      [],
      { conflicts, validation: issues },
    ),
};
