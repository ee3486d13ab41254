import { KEY_PATTERN } from './keys.js';
import { VERSION_PATTERN } from './version.js';

const key = { type: 'string', pattern: KEY_PATTERN.source } as const;

/** A measure or category as the document holds it (every field of the framework schema's measure or category). */
const entity = {
  type: 'object',
  required: ['key', 'name'],
  properties: { key, name: { type: 'string' } },
} as const;

const fieldChange = {
  type: 'object',
  additionalProperties: false,
  required: ['field', 'path', 'before', 'after'],
  properties: {
    field: { type: 'string' },
    path: { type: 'string', description: 'e.g. measures.time-to-smile.unit' },
    before: {},
    after: {},
    words: {
      type: 'array',
      description: 'For text fields: a word-level diff.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'text'],
        properties: { kind: { enum: ['equal', 'insert', 'delete'] }, text: { type: 'string' } },
      },
    },
  },
} as const;

const entityChanges = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'name', 'fields'],
  properties: { key, name: { type: 'string' }, fields: { type: 'array', items: fieldChange } },
} as const;

/**
 * JSON Schema (draft 2020-12) of a release comparison, served at /schema/release-diff.schema.json and describing
 * GET /releases/{from}...{to}.json: what `releaseDiff` returns (packages/standard `DocumentDiff`), with both versions.
 */
export const releaseDiffJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/schema/release-diff.schema.json',
  title: 'OCMF release comparison',
  description:
    'What changed from one release to another: measures added, changed field by field, retired, moved between categories; categories added and changed; Focus % changes. A vendor script can upgrade its mapping from it.',
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to', 'diff'],
  properties: {
    from: { type: 'string', pattern: VERSION_PATTERN.source },
    to: { type: 'string', pattern: VERSION_PATTERN.source },
    diff: {
      type: 'object',
      additionalProperties: false,
      required: ['measures', 'categories', 'focus'],
      properties: {
        measures: {
          type: 'object',
          additionalProperties: false,
          required: ['added', 'removed', 'retired', 'moved', 'changed'],
          properties: {
            added: { type: 'array', items: entity },
            removed: { type: 'array', items: entity, description: 'Only between unrelated documents: change sets never remove.' },
            retired: {
              type: 'array',
              items: {
                ...entity,
                properties: {
                  ...entity.properties,
                  replacedBy: { ...key, description: 'The measure that took its place, when it was retired in favour of another.' },
                },
              },
            },
            moved: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['key', 'name', 'from', 'to'],
                properties: { key, name: { type: 'string' }, from: key, to: key },
              },
            },
            changed: { type: 'array', items: entityChanges },
          },
        },
        categories: {
          type: 'object',
          additionalProperties: false,
          required: ['added', 'removed', 'changed'],
          properties: {
            added: { type: 'array', items: entity },
            removed: { type: 'array', items: entity },
            changed: { type: 'array', items: entityChanges },
          },
        },
        focus: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['categoryKey', 'before', 'after'],
            properties: { categoryKey: key, before: { type: 'integer' }, after: { type: 'integer' } },
          },
        },
      },
    },
  },
} as const;
