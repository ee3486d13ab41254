/**
 * Every error code the API answers with (GraphQL `extensions.code`, HTTP error bodies), per domain, with the
 * HTTP status it maps to. The union of the keys is `ErrorCode`: the API can only raise a listed code, and the
 * web app compares codes against the same list. A new code gets its status here, in the domain's table.
 */

export const COMMON_ERRORS = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_STATE: 409,
  RATE_LIMITED: 429,
  /** A GraphQL request over a limit (depth, aliases, directives, cost, mutations per request). */
  QUERY_TOO_COMPLEX: 400,
  /** A query or mutation sent over a WebSocket, where only subscriptions run. */
  SUBSCRIPTIONS_ONLY: 400,
} as const;

export const AUTH_ERRORS = {
  EMAIL_TAKEN: 409,
  INVALID_CREDENTIALS: 401,
  /** A password-reset or email link that is unknown, used already, expired or replaced by a newer one. */
  ACCOUNT_LINK_INVALID: 400,
  /** Something that needs an email sent (an address change, a verification link) on a server without SMTP_URL. */
  EMAIL_OFF: 409,
} as const;

export const USER_ERRORS = {
  USER_NOT_FOUND: 404,
  LAST_ADMIN: 409,
} as const;

export const FRAMEWORK_ERRORS = {
  MEASURE_NOT_FOUND: 404,
  CATEGORY_NOT_FOUND: 404,
  NO_DRAFT: 503,
} as const;

export const PROPOSAL_ERRORS = {
  PROPOSAL_NOT_FOUND: 404,
  INVALID_CHANGES: 422,
  MERGE_CONFLICT: 409,
} as const;

export const COMMENT_ERRORS = {
  COMMENT_NOT_FOUND: 404,
  COMMENTS_CLOSED: 409,
  ALREADY_FLAGGED: 409,
} as const;

export const VOTING_ERRORS = {
  VOTING_CLOSED: 409,
} as const;

export const RELEASE_ERRORS = {
  RELEASE_NOT_FOUND: 404,
  RELEASE_VERSION_TAKEN: 409,
  NOTHING_TO_RELEASE: 409,
  VERSION_TOO_LOW: 422,
} as const;

export const ASSESSMENT_ERRORS = {
  ASSESSMENT_NOT_FOUND: 404,
  ASSESSMENT_INCOMPLETE: 422,
  ASSESSMENT_SHARE_NOT_FOUND: 404,
  ALREADY_CONTRIBUTED: 409,
} as const;

export const CASE_STUDY_ERRORS = {
  CASE_STUDY_NOT_FOUND: 404,
  EVIDENCE_NOT_FOUND: 404,
  EVIDENCE_CLOSED: 409,
  ALREADY_LINKED: 409,
} as const;

export const TOKEN_ERRORS = {
  API_TOKEN_NOT_FOUND: 404,
  /** A READ token tried a mutation. */
  TOKEN_READ_ONLY: 403,
  /** Something only a signed-in browser may do (sign in or out, create tokens), asked with an API token. */
  TOKEN_NOT_ALLOWED: 403,
  TOO_MANY_API_TOKENS: 409,
} as const;

export const WEBHOOK_ERRORS = {
  WEBHOOK_ENDPOINT_NOT_FOUND: 404,
  WEBHOOK_DELIVERY_NOT_FOUND: 404,
  TOO_MANY_WEBHOOK_ENDPOINTS: 409,
} as const;

export const ORGANIZATION_ERRORS = {
  ORGANIZATION_NOT_FOUND: 404,
  /** Only the organisation's owners may do that. */
  NOT_ORGANIZATION_OWNER: 403,
  ORGANIZATION_INVITE_NOT_FOUND: 404,
  ALREADY_ORGANIZATION_MEMBER: 409,
  LAST_ORGANIZATION_OWNER: 409,
  TOO_MANY_ORGANIZATIONS: 409,
} as const;

export const IMPLEMENTATION_ERRORS = {
  PRODUCT_NOT_FOUND: 404,
  TOO_MANY_PRODUCTS: 409,
  CHECKLIST_ITEM_NOT_FOUND: 404,
} as const;

export const ERROR_STATUS = {
  ...COMMON_ERRORS,
  ...AUTH_ERRORS,
  ...USER_ERRORS,
  ...FRAMEWORK_ERRORS,
  ...PROPOSAL_ERRORS,
  ...COMMENT_ERRORS,
  ...VOTING_ERRORS,
  ...RELEASE_ERRORS,
  ...ASSESSMENT_ERRORS,
  ...CASE_STUDY_ERRORS,
  ...TOKEN_ERRORS,
  ...WEBHOOK_ERRORS,
  ...ORGANIZATION_ERRORS,
  ...IMPLEMENTATION_ERRORS,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value);
