import { ORGANIZATION_LIMITS } from '@ocmf/standard';
import { DomainError } from '../common/domain-error.js';

export const OrganizationErrors = {
  notFound: (path = 'id') =>
    new DomainError('ORGANIZATION_NOT_FOUND', 'There is no such organisation.', [{ path, message: 'matches no organisation' }]),
  notOwner: (what: string) =>
    new DomainError('NOT_ORGANIZATION_OWNER', `Only the organisation’s owners may ${what}.`, [], { reason: 'NOT_OWNER' }),
  inviteNotFound: () =>
    new DomainError(
      'ORGANIZATION_INVITE_NOT_FOUND',
      'This invite link does not work: it was used already, it expired, or it never existed.',
      [{ path: 'token', message: 'matches no unused invite' }],
    ),
  alreadyMember: (name: string) => new DomainError('ALREADY_ORGANIZATION_MEMBER', `You are a member of ${name} already.`),
  lastOwner: () =>
    new DomainError(
      'LAST_ORGANIZATION_OWNER',
      'This is the organisation’s last owner: make another member an owner (invite them as one) before removing them.',
    ),
  notMember: () =>
    new DomainError('ORGANIZATION_NOT_FOUND', 'That person is not a member of this organisation.', [
      { path: 'userId', message: 'is not a member of this organisation' },
    ]),
  tooMany: () =>
    new DomainError(
      'TOO_MANY_ORGANIZATIONS',
      `You have created ${ORGANIZATION_LIMITS.organizationsPerCreator} organisations already; ask an admin if you need more.`,
    ),
};
