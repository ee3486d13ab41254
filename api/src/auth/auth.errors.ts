import { DomainError } from '../common/domain-error.js';

export const AuthErrors = {
  emailTaken: () =>
    new DomainError('EMAIL_TAKEN', 'An account with this email already exists. Sign in instead.', [
      { path: 'input.email', message: 'is already registered' },
    ]),
  invalidCredentials: () => new DomainError('INVALID_CREDENTIALS', 'That email and password do not match an account.'),
  rateLimited: (retryAfterSeconds: number) =>
    new DomainError('RATE_LIMITED', `Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, [], {
      retryAfterSeconds,
    }),
};
