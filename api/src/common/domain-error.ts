/** A field that caused an error: a dotted path into the input, and why. */
export type FieldIssue = { path: string; message: string; code?: string };

/**
 * An expected failure the caller can fix: bad input, a conflict, an operation not allowed in this state.
 * Each domain declares its codes in `<domain>.errors.ts`; they reach clients unchanged as
 * GraphQL `extensions.code` (mapped in one place: graphql-errors.ts) or as the HTTP error body.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code] ?? 400;
  }
}

/** Codes shared by every domain. */
export const CommonErrors = {
  badInput: (issues: FieldIssue[]) => new DomainError('BAD_USER_INPUT', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues),
  unauthenticated: () => new DomainError('UNAUTHENTICATED', 'You need to sign in to do that.'),
  forbidden: (what: string) => new DomainError('FORBIDDEN', `Your role does not allow you to ${what}.`),
  notFound: (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`),
};

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RELEASE_NOT_FOUND: 404,
  MEASURE_NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};
