import { ERROR_STATUS, type ErrorCode } from '@ocmf/standard';

/** A field that caused an error: a dotted path into the input, and why. */
export type FieldIssue = { path: string; message: string; code?: string };

/**
 * An expected failure the caller can fix: bad input, a conflict, an operation not allowed in this state.
 * Each domain declares its codes (and their HTTP statuses) in packages/standard's error-codes.ts and raises
 * them from `<domain>.errors.ts`; they reach clients unchanged as GraphQL `extensions.code` (mapped in one
 * place: graphql-errors.ts) or in the HTTP error body, with the status the code's table gives.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get httpStatus(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Codes shared by every domain. */
export const CommonErrors = {
  badInput: (issues: FieldIssue[]) => new DomainError('BAD_USER_INPUT', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues),
  unauthenticated: () => new DomainError('UNAUTHENTICATED', 'You need to sign in to do that.'),
  forbidden: (what: string) => new DomainError('FORBIDDEN', `Your role does not allow you to ${what}.`),
  invalidState: (message: string, extra: Record<string, unknown> = {}) => new DomainError('INVALID_STATE', message, [], extra),
};
