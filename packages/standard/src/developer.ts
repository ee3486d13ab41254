/**
 * What vendors' scripts and tools are given: API tokens and webhook event types. The API enforces these and the
 * web app's Developer settings offer the same lists.
 */

/** Every token starts with this, so it can be recognised in a log or a leak (and by secret scanners). */
export const API_TOKEN_PREFIX = 'ocmf_';

/** READ tokens run queries and subscriptions only; READ_WRITE tokens also run mutations, as their owner. */
export const API_TOKEN_SCOPES = ['READ', 'READ_WRITE'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** The events a webhook endpoint can subscribe to, with what each announces. */
export const WEBHOOK_EVENT_TYPES = ['release.published', 'proposal.status_changed', 'case_study.published'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What "Send test event" sends: not an event anyone subscribes to, so a receiver can tell it apart. */
export const WEBHOOK_TEST_EVENT_TYPE = 'webhook.test';

export const WEBHOOK_EVENT_DESCRIPTIONS: Record<WebhookEventType, string> = {
  'release.published': 'A release was published: its version, title, content hash, download links and changelog.',
  'proposal.status_changed': 'A proposal moved to a new status (submitted, voting, accepted, rejected, merged, released, withdrawn).',
  'case_study.published': 'A practitioner published a case study: its title, organisation, the release used and its outcomes per measure.',
};

export const isWebhookEventType = (value: unknown): value is WebhookEventType =>
  typeof value === 'string' && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);

export const DEVELOPER_LIMITS = {
  tokenName: { min: 1, max: 100 },
  tokensPerOwner: 50,
  endpointUrl: { max: 2000 },
  endpointDescription: { max: 500 },
  endpointsPerOwner: 20,
  /** How long the secret a rotation replaced keeps verifying (both are signed with meanwhile). */
  rotationOverlapHours: 24,
  /** An endpoint whose every delivery has failed for this long is disabled. */
  disableAfterFailingDays: 5,
  /** The request timeout of a delivery attempt. */
  attemptTimeoutSeconds: 15,
  /** How much of a receiver's answer each attempt keeps. */
  responseExcerptBytes: 1024,
} as const;
