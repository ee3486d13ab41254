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
};
