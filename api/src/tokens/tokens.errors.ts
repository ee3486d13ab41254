import { DEVELOPER_LIMITS } from '@ocmf/standard';
import { DomainError } from '../common/domain-error.js';

/** Why a token was not accepted; the message says it to the script's author. */
export type TokenRefusal = 'MALFORMED' | 'UNKNOWN' | 'REVOKED' | 'EXPIRED';

export const TokenErrors = {
  notFound: () =>
    new DomainError('API_TOKEN_NOT_FOUND', 'There is no such API token of yours.', [
      { path: 'id', message: 'matches no API token of yours' },
    ]),
  tooMany: () =>
    new DomainError(
      'TOO_MANY_API_TOKENS',
      `You have ${DEVELOPER_LIMITS.tokensPerOwner} API tokens already: revoke one you no longer use before creating another.`,
    ),
  readOnly: () =>
    new DomainError(
      'TOKEN_READ_ONLY',
      'This API token has the READ scope: it runs queries and subscriptions only. Create a READ_WRITE token to make changes.',
    ),
  organizationToken: () =>
    new DomainError(
      'TOKEN_NOT_ALLOWED',
      'An organisation’s API token acts for the organisation: it runs queries and manages its products, reports, checklists and adoption only.',
    ),
  sessionOnly: (what: string) =>
    new DomainError('TOKEN_NOT_ALLOWED', `An API token cannot ${what}: sign in to the web app (Developer settings) for that.`),
  refused: (reason: TokenRefusal, at: Date | null = null) => new DomainError('UNAUTHENTICATED', refusalMessage(reason, at), [], { reason }),
};

export function refusalMessage(reason: TokenRefusal, at: Date | null): string {
  switch (reason) {
    case 'MALFORMED':
      return 'The Authorization header must be "Bearer " followed by an API token (it starts with ocmf_).';
    case 'UNKNOWN':
      return 'This API token is not valid: it was never issued, or its owner deleted their account.';
    case 'REVOKED':
      return `This API token was revoked${at ? ` on ${at.toISOString()}` : ''}. Create a new one in Developer settings.`;
    case 'EXPIRED':
      return `This API token expired${at ? ` on ${at.toISOString()}` : ''}. Create a new one in Developer settings.`;
  }
}
