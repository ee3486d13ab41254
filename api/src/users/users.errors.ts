import { DomainError } from '../common/domain-error.js';

export const UserErrors = {
  emailTaken: () =>
    new DomainError('EMAIL_TAKEN', 'An account with this email already exists. Sign in instead.', [
      { path: 'input.email', message: 'is already registered' },
    ]),
  emailInUse: (path: string) =>
    new DomainError('EMAIL_TAKEN', 'Another account uses this email address.', [{ path, message: 'is used by another account' }]),
  notFound: (email: string) =>
    new DomainError('USER_NOT_FOUND', `No account uses the email ${email}.`, [{ path: 'input.email', message: 'has no account' }]),
  notFoundById: (path = 'input.userId') =>
    new DomainError('USER_NOT_FOUND', 'No account has this id.', [{ path, message: 'has no account' }]),
  notYourself: () => new DomainError('INVALID_STATE', 'You cannot deactivate your own account; ask another administrator.'),
  lastAdmin: () => new DomainError('LAST_ADMIN', 'This is the last administrator; grant another account ADMIN before changing this one.'),
};
