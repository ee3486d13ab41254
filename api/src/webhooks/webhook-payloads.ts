import {
  INDUSTRIES,
  ORGANIZATION_SIZES,
  OUTCOME_USAGES,
  PROPOSAL_STATUSES,
  type ProposalStatus,
  VERSION_PATTERN,
  WEBHOOK_TEST_EVENT_TYPE,
  type WebhookEventType,
} from '@ocmf/standard';
import type { ChangelogEntry, ReleaseEntity } from '../releases/release.entity.js';

/**
 * What a webhook says, and its JSON Schema (served at /schema/webhooks/{type}.schema.json). The body of every
 * message is `{ type, timestamp, data }`; `timestamp` is when the event happened (the `webhook-timestamp` header
 * is when the attempt was made).
 */
export type WebhookMessage<Type extends string, Data> = { type: Type; timestamp: string; data: Data };

export type ReleasePublishedData = {
  version: string;
  title: string;
  /** SHA-256 of the release's canonical JSON: the `ETag` of its JSON download. */
  contentHash: string;
  publishedAt: string;
  previousVersion: string | null;
  /** The release notes, Markdown. */
  notes: string;
  url: string;
  links: { json: string; csv: string; markdown: string };
  changelog: {
    proposalNumber: number;
    title: string;
    url: string;
    changes: { kind: 'ADDED' | 'CHANGED' | 'RETIRED' | 'REBALANCED' | 'MOVED'; description: string }[];
  }[];
  /**
   * Only to endpoints of an organisation: its products on an older release, each with the upgrade checklist this
   * release gave it.
   */
  checklists?: UpgradeChecklistLink[];
};

export type UpgradeChecklistLink = { productId: string; productName: string; fromVersion: string; toVersion: string; url: string };

export type ProposalStatusChangedData = {
  number: number;
  title: string;
  from: ProposalStatus;
  to: ProposalStatus;
  /** The reason given with the change (a withdrawal, a rejection, "Released in 1.2.0"), as the history shows it. */
  reason: string | null;
  url: string;
  changedAt: string;
};

export type CaseStudyPublishedData = {
  id: string;
  title: string;
  summary: string;
  /** The organisation's name; null for an anonymous organisation. */
  organization: string | null;
  industry: string | null;
  organizationSize: string | null;
  /** The release of OCMF the organisation used. */
  releaseVersion: string;
  author: string;
  publishedAt: string;
  url: string;
  outcomes: {
    measureKey: string;
    measureName: string;
    unit: string;
    before: number;
    after: number;
    /** Positive means better, in the measure's direction; null when it cannot be said. */
    improvementPercent: number | null;
    usage: 'GUIDING' | 'GRADING';
  }[];
};

export type TestEventData = { endpointId: string; message: string };

export function releasePublishedData(publicUrl: string, release: ReleaseEntity): ReleasePublishedData {
  const url = `${publicUrl}/releases/${release.version}`;
  return {
    version: release.version,
    title: release.title,
    contentHash: release.contentHash.trim(),
    publishedAt: release.publishedAt.toISOString(),
    previousVersion: release.previousVersion,
    notes: release.notes,
    url,
    links: { json: `${url}.json`, csv: `${url}.csv`, markdown: `${url}.md` },
    changelog: release.changelog.map((entry: ChangelogEntry) => ({
      proposalNumber: entry.proposalNumber,
      title: entry.title,
      url: `${publicUrl}/proposals/${entry.proposalNumber}`,
      changes: entry.changes.map((change) => ({
        kind: change.kind.toUpperCase() as ReleasePublishedData['changelog'][number]['changes'][number]['kind'],
        description: change.description,
      })),
    })),
  };
}

// ---- JSON Schemas (draft 2020-12) ----

const url = { type: 'string', format: 'uri', pattern: '^https?://' } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const status = { type: 'string', enum: PROPOSAL_STATUSES } as const;

function envelope(type: string, title: string, description: string, data: Record<string, unknown>) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `/schema/webhooks/${type}.schema.json`,
    title,
    description: `${description} Sent as a Standard Webhooks message: headers webhook-id (the same on every retry), webhook-timestamp and webhook-signature (v1,<base64 HMAC-SHA256 of "id.timestamp.body">).`,
    type: 'object',
    additionalProperties: false,
    required: ['type', 'timestamp', 'data'],
    properties: {
      type: { const: type },
      timestamp: { ...dateTime, description: 'When the event happened.' },
      data,
    },
  };
}

export const WEBHOOK_SCHEMAS: Record<WebhookEventType | typeof WEBHOOK_TEST_EVENT_TYPE, Record<string, unknown>> = {
  'release.published': envelope('release.published', 'release.published', 'A release of the framework was published.', {
    type: 'object',
    additionalProperties: false,
    required: ['version', 'title', 'contentHash', 'publishedAt', 'previousVersion', 'notes', 'url', 'links', 'changelog'],
    properties: {
      version: { type: 'string', pattern: VERSION_PATTERN.source },
      title: { type: 'string', minLength: 1 },
      contentHash: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the canonical JSON download (its ETag).' },
      publishedAt: dateTime,
      previousVersion: { anyOf: [{ type: 'string', pattern: VERSION_PATTERN.source }, { type: 'null' }] },
      notes: { type: 'string', description: 'Release notes, Markdown.' },
      url: { ...url, description: 'The release page.' },
      links: {
        type: 'object',
        additionalProperties: false,
        required: ['json', 'csv', 'markdown'],
        properties: {
          json: { ...url, description: 'Canonical JSON, valid against /schema/framework.schema.json.' },
          csv: url,
          markdown: url,
        },
      },
      changelog: {
        type: 'array',
        description: 'The proposals this release publishes, each change described.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['proposalNumber', 'title', 'url', 'changes'],
          properties: {
            proposalNumber: { type: 'integer', minimum: 1 },
            title: { type: 'string' },
            url,
            changes: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['kind', 'description'],
                properties: {
                  kind: { enum: ['ADDED', 'CHANGED', 'RETIRED', 'REBALANCED', 'MOVED'] },
                  description: { type: 'string' },
                },
              },
            },
          },
        },
      },
      checklists: {
        type: 'array',
        description:
          'Sent only to endpoints of an organisation: its products on an older release, each with a link to the upgrade checklist this release gave it.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['productId', 'productName', 'fromVersion', 'toVersion', 'url'],
          properties: {
            productId: { type: 'string' },
            productName: { type: 'string' },
            fromVersion: { type: 'string', pattern: VERSION_PATTERN.source },
            toVersion: { type: 'string', pattern: VERSION_PATTERN.source },
            url: { ...url, description: 'The product page, at its upgrade checklist.' },
          },
        },
      },
    },
  }),
  'proposal.status_changed': envelope(
    'proposal.status_changed',
    'proposal.status_changed',
    'A proposal moved from one status to another (DRAFT → DISCUSSION → VOTING → ACCEPTED | REJECTED → MERGED → RELEASED; WITHDRAWN).',
    {
      type: 'object',
      additionalProperties: false,
      required: ['number', 'title', 'from', 'to', 'reason', 'url', 'changedAt'],
      properties: {
        number: { type: 'integer', minimum: 1 },
        title: { type: 'string', minLength: 1 },
        from: status,
        to: status,
        reason: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        url: { ...url, description: 'The proposal page.' },
        changedAt: dateTime,
      },
    },
  ),
  'case_study.published': envelope(
    'case_study.published',
    'case_study.published',
    'A practitioner published a case study of measures of a release in use, with before/after outcomes.',
    {
      type: 'object',
      additionalProperties: false,
      required: [
        'id',
        'title',
        'summary',
        'organization',
        'industry',
        'organizationSize',
        'releaseVersion',
        'author',
        'publishedAt',
        'url',
        'outcomes',
      ],
      properties: {
        id: { type: 'string' },
        title: { type: 'string', minLength: 1 },
        summary: { type: 'string' },
        organization: { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'Null for an anonymous organisation.' },
        industry: { anyOf: [{ enum: INDUSTRIES }, { type: 'null' }] },
        organizationSize: { anyOf: [{ enum: ORGANIZATION_SIZES }, { type: 'null' }] },
        releaseVersion: { type: 'string', pattern: VERSION_PATTERN.source },
        author: { type: 'string', description: 'The author’s display name.' },
        publishedAt: dateTime,
        url: { ...url, description: 'The case study page.' },
        outcomes: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['measureKey', 'measureName', 'unit', 'before', 'after', 'improvementPercent', 'usage'],
            properties: {
              measureKey: { type: 'string' },
              measureName: { type: 'string' },
              unit: { type: 'string' },
              before: { type: 'number' },
              after: { type: 'number' },
              improvementPercent: {
                anyOf: [{ type: 'number' }, { type: 'null' }],
                description: 'Positive means better in the measure’s direction; null when the baseline is 0 or the direction is TARGET.',
              },
              usage: { enum: OUTCOME_USAGES },
            },
          },
        },
      },
    },
  ),
  [WEBHOOK_TEST_EVENT_TYPE]: envelope(WEBHOOK_TEST_EVENT_TYPE, WEBHOOK_TEST_EVENT_TYPE, 'A test message sent with "Send test event".', {
    type: 'object',
    additionalProperties: false,
    required: ['endpointId', 'message'],
    properties: { endpointId: { type: 'string' }, message: { type: 'string' } },
  }),
};
