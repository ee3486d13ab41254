import { AUDIENCES, DIRECTIONS, MEASURE_STATUSES } from './document.js';
import { FIELD_LIMITS } from './field-rules.js';
import { KEY_PATTERN, MAX_KEY_LENGTH } from './keys.js';
import { FRAMEWORK_IDENTITY, RELEASE_SCHEMA_VERSION } from './release-document.js';
import { VERSION_PATTERN } from './version.js';

/** Text with at least one non-whitespace character, up to `max` UTF-16 code units. */
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, pattern: '\\S' }) as const;
const nullableText = (max: number) => ({ anyOf: [text(max), { type: 'null' }] }) as const;

/**
 * JSON Schema (draft 2020-12) of a release document, served at /schema/framework.schema.json. It checks the
 * shape of every field; invariants across fields (Focus % summing to 100, unique keys, measures in existing
 * categories) are stated in the descriptions and checked by `validateDocument`.
 */
export const frameworkJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/schema/framework.schema.json',
  title: 'Open Customer Metrics Framework release',
  description:
    'One published release of the Open Customer Metrics Framework (OCMF): categories, each with a Focus % (the share of leadership time to spend on it, not a scoring weight), holding measures. Focus % of all categories sum to 100; keys are unique; every measure belongs to one of the categories; retired measures stay listed.',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'framework', 'version', 'title', 'publishedAt', 'license', 'categories', 'measures'],
  properties: {
    schemaVersion: { const: RELEASE_SCHEMA_VERSION },
    framework: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'abbreviation', 'source'],
      properties: {
        name: { const: FRAMEWORK_IDENTITY.name },
        abbreviation: { const: FRAMEWORK_IDENTITY.abbreviation },
        source: { const: FRAMEWORK_IDENTITY.source },
      },
    },
    version: { type: 'string', pattern: VERSION_PATTERN.source, description: 'Semantic version MAJOR.MINOR.PATCH.' },
    title: text(FIELD_LIMITS.name),
    publishedAt: { type: 'string', format: 'date-time' },
    license: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'url', 'attribution'],
      properties: {
        id: text(FIELD_LIMITS.name),
        name: text(FIELD_LIMITS.name),
        url: { type: 'string', format: 'uri' },
        attribution: text(FIELD_LIMITS.notes),
      },
    },
    categories: { type: 'array', minItems: 1, items: { $ref: '#/$defs/category' } },
    measures: { type: 'array', items: { $ref: '#/$defs/measure' } },
  },
  $defs: {
    key: {
      type: 'string',
      pattern: KEY_PATTERN.source,
      maxLength: MAX_KEY_LENGTH,
      description: 'A stable kebab-case slug, e.g. time-to-smile.',
    },
    category: {
      type: 'object',
      additionalProperties: false,
      required: ['key', 'name', 'description', 'focusPercent', 'position'],
      properties: {
        key: { $ref: '#/$defs/key' },
        name: text(FIELD_LIMITS.name),
        description: text(FIELD_LIMITS.description),
        focusPercent: {
          type: 'integer',
          minimum: 0,
          maximum: 100,
          description: 'Share of leadership time to spend on this category; not a weight. All categories sum to 100.',
        },
        position: { type: 'integer', minimum: 1, description: 'Display order, 1-based, unique.' },
      },
    },
    measure: {
      type: 'object',
      additionalProperties: false,
      required: ['key', 'name', 'categoryKey', 'audience', 'definition', 'formula', 'unit', 'direction', 'status', 'aliases', 'notes'],
      properties: {
        key: { $ref: '#/$defs/key' },
        name: text(FIELD_LIMITS.name),
        categoryKey: { $ref: '#/$defs/key' },
        audience: { enum: [...AUDIENCES] },
        definition: text(FIELD_LIMITS.definition),
        formula: nullableText(FIELD_LIMITS.formula),
        unit: text(FIELD_LIMITS.unit),
        direction: { enum: [...DIRECTIONS] },
        status: { enum: [...MEASURE_STATUSES] },
        aliases: { type: 'array', uniqueItems: true, items: text(FIELD_LIMITS.alias) },
        notes: nullableText(FIELD_LIMITS.notes),
        replacedBy: {
          $ref: '#/$defs/key',
          description: 'On a retired measure only: the key of the measure that took its place.',
        },
      },
    },
  },
} as const;
