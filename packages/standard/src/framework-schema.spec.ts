import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { frameworkJsonSchema } from './framework-schema.js';
import { toReleaseDocument } from './release-document.js';
import { ocmfV1Document, ocmfV1Release } from './seed/ocmf-v1.js';
import { documentArb } from './testing/document-arbitrary.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(frameworkJsonSchema);

const release = toReleaseDocument(ocmfV1Release, ocmfV1Document);

type Json = Record<string, unknown>;
type Editable = Json & { framework: Json; license: Json; categories: Json[]; measures: Json[] };

const broken = (edit: (doc: Editable) => void): unknown => {
  const copy = structuredClone(release) as unknown as Editable;
  edit(copy);
  return copy;
};

const firstOf = (items: Json[]): Json => {
  const first = items[0];
  if (!first) throw new Error('empty list');
  return first;
};

describe('frameworkJsonSchema', () => {
  it('is a draft 2020-12 schema served at /schema/framework.schema.json', () => {
    expect(frameworkJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(frameworkJsonSchema.$id).toBe('/schema/framework.schema.json');
  });

  it('accepts the v1 release, also after a JSON round trip', () => {
    expect(validate(release)).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(release)))).toBe(true);
  });

  it('accepts the release of any valid document', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const ok = validate(toReleaseDocument(ocmfV1Release, doc));
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it.each<[string, (doc: Editable) => void, string]>([
    ['an unknown top-level field', (d) => (d['extra'] = 1), ''],
    ['a missing field', (d) => Reflect.deleteProperty(d, 'license'), ''],
    ['another schema version', (d) => (d['schemaVersion'] = 2), '/schemaVersion'],
    ['another framework', (d) => (d.framework['name'] = 'Other'), '/framework/name'],
    ['a version with a prefix', (d) => (d['version'] = 'v1.0.0'), '/version'],
    ['a version without patch', (d) => (d['version'] = '1.0'), '/version'],
    ['a date that is not a date-time', (d) => (d['publishedAt'] = '22 March 2016'), '/publishedAt'],
    ['a licence without URL', (d) => (d.license['url'] = 'not a url'), '/license/url'],
    ['no categories', (d) => (d.categories.length = 0), '/categories'],
    ['a category key that is not a slug', (d) => (firstOf(d.categories)['key'] = 'Customer'), '/categories/0/key'],
    ['a fractional Focus %', (d) => (firstOf(d.categories)['focusPercent'] = 20.5), '/categories/0/focusPercent'],
    ['a Focus % over 100', (d) => (firstOf(d.categories)['focusPercent'] = 120), '/categories/0/focusPercent'],
    ['a position 0', (d) => (firstOf(d.categories)['position'] = 0), '/categories/0/position'],
    ['an unknown category field', (d) => (firstOf(d.categories)['weight'] = 0.2), '/categories/0'],
    ['an unknown audience', (d) => (firstOf(d.measures)['audience'] = 'BOARD'), '/measures/0/audience'],
    ['an unknown direction', (d) => (firstOf(d.measures)['direction'] = 'UP'), '/measures/0/direction'],
    ['an unknown status', (d) => (firstOf(d.measures)['status'] = 'DRAFT'), '/measures/0/status'],
    ['a blank name', (d) => (firstOf(d.measures)['name'] = '   '), '/measures/0/name'],
    ['a unit over 40 characters', (d) => (firstOf(d.measures)['unit'] = 'x'.repeat(41)), '/measures/0/unit'],
    ['a missing formula', (d) => delete firstOf(d.measures)['formula'], '/measures/0'],
    ['a duplicate alias', (d) => (firstOf(d.measures)['aliases'] = ['A', 'A']), '/measures/0/aliases'],
    ['a measure key with capitals', (d) => (firstOf(d.measures)['key'] = 'Time-To-Smile'), '/measures/0/key'],
    ['a key over 64 characters', (d) => (firstOf(d.measures)['key'] = 'a'.repeat(65)), '/measures/0/key'],
  ])('refuses %s', (_, edit, instancePath) => {
    expect(validate(broken(edit))).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(instancePath);
  });
});
