import { DomainError } from '../common/domain-error.js';

export const AuthErrors = {
  invalidCredentials: () => new DomainError('INVALID_CREDENTIALS', 'That email and password do not match an account.'),
  rateLimited: (retryAfterSeconds: number) =>
    new DomainError(
      'RATE_LIMITED',
      retryAfterSeconds < 60
        ? `Too many sign-in attempts. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`
        : `Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      [],
      { retryAfterSeconds },
    ),
  signUpRateLimited: () =>
    new DomainError('RATE_LIMITED', 'Too many accounts were created from your address in the last hour. Try again later.', [], {
      retryAfterSeconds: 3600,
    }),
  linkInvalid: (path: string, what: string) =>
    new DomainError(
      'ACCOUNT_LINK_INVALID',
      `This ${what} link is not valid: it was used already, has expired or was replaced by a newer one.`,
      [{ path, message: 'is not a valid, unused link' }],
    ),
  emailOff: (what: string) => new DomainError('EMAIL_OFF', `This server sends no email, so it cannot ${what}. Ask an administrator.`),
  wrongPassword: (path: string) =>
    new DomainError('INVALID_CREDENTIALS', 'That is not your current password.', [{ path, message: 'is not your current password' }]),
  alreadyVerified: () => new DomainError('INVALID_STATE', 'Your email address is verified already.'),
  tooManyEmails: () =>
    new DomainError('RATE_LIMITED', 'Too many emails were sent for this account in the last hour. Try again later.', [], {
      retryAfterSeconds: 3600,
    }),
};
