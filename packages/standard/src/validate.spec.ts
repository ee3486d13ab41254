import fc from 'fast-check';
import type { Category, FrameworkDocument, Measure } from './document.js';
import type { IssueCode, ValidationIssue } from './errors.js';
import { ocmfV1Document } from './seed/ocmf-v1.js';
import { documentArb, documentWithLiveMeasureArb } from './testing/document-arbitrary.js';
import { validateDocument } from './validate.js';

const RUNS = { numRuns: 60 };

const codesAndPaths = (issues: ValidationIssue[]) => issues.map(({ code, path }) => ({ code, path }));

const pickFrom = <T>(items: readonly T[], pick: number): [T, number] => {
  const index = pick % items.length;
  const item = items[index];
  if (item === undefined) throw new Error('pickFrom needs a non-empty list');
  return [item, index];
};

const withCategory = (doc: FrameworkDocument, index: number, change: Partial<Category>): FrameworkDocument => ({
  ...doc,
  categories: doc.categories.map((c, i) => (i === index ? { ...c, ...change } : c)),
});

const withMeasure = (doc: FrameworkDocument, index: number, change: Partial<Measure>): FrameworkDocument => ({
  ...doc,
  measures: doc.measures.map((m, i) => (i === index ? { ...m, ...change } : m)),
});

const measureOf = (doc: FrameworkDocument): Measure => {
  const first = doc.measures[0];
  if (!first) throw new Error('the document has no measures');
  return first;
};

const seed = ocmfV1Document;
const smile = seed.measures.findIndex((m) => m.key === 'time-to-smile');

const expectOnly = (doc: FrameworkDocument, code: IssueCode, path: string): ValidationIssue => {
  const issues = validateDocument(doc);
  expect(codesAndPaths(issues)).toEqual([{ code, path }]);
  const [found] = issues;
  if (!found) throw new Error('no issue');
  return found;
};

describe('validateDocument', () => {
  it('accepts the v1 seed', () => {
    expect(validateDocument(seed)).toEqual([]);
  });

  it('accepts every generated valid document', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expect(validateDocument(doc)).toEqual([]);
      }),
      RUNS,
    );
  });

  describe('Focus %', () => {
    it('must sum to 100, and says what they sum to', () => {
      const found = expectOnly(withCategory(seed, 0, { focusPercent: 15 }), 'FOCUS_SUM_NOT_100', 'categories');
      expect(found.message).toBe('Focus % must sum to 100; these sum to 95.');
    });

    it('must be whole numbers', () => {
      const issues = validateDocument(withCategory(withCategory(seed, 0, { focusPercent: 20.5 }), 1, { focusPercent: 19.5 }));
      expect(codesAndPaths(issues)).toEqual([
        { code: 'FOCUS_NOT_INTEGER', path: 'categories.customer.focusPercent' },
        { code: 'FOCUS_NOT_INTEGER', path: 'categories.employee.focusPercent' },
      ]);
    });

    it('must lie between 0 and 100', () => {
      const issues = validateDocument(withCategory(withCategory(seed, 0, { focusPercent: -10 }), 2, { focusPercent: 60 }));
      expect(codesAndPaths(issues)).toEqual([{ code: 'FOCUS_OUT_OF_RANGE', path: 'categories.customer.focusPercent' }]);
    });

    it('may be 0 for a category', () => {
      expect(validateDocument(withCategory(withCategory(seed, 0, { focusPercent: 0 }), 2, { focusPercent: 50 }))).toEqual([]);
    });

    it('is checked for every category of generated documents', () => {
      fc.assert(
        fc.property(documentArb, fc.nat(), (doc, pick) => {
          const [category, index] = pickFrom(doc.categories, pick);
          const path = `categories.${category.key}.focusPercent`;
          const fraction = validateDocument(withCategory(doc, index, { focusPercent: category.focusPercent + 0.5 }));
          expect(codesAndPaths(fraction)).toEqual([
            { code: 'FOCUS_NOT_INTEGER', path },
            { code: 'FOCUS_SUM_NOT_100', path: 'categories' },
          ]);
          const over = validateDocument(withCategory(doc, index, { focusPercent: 101 }));
          expect(codesAndPaths(over)).toContainEqual({ code: 'FOCUS_OUT_OF_RANGE', path });
          const shifted = category.focusPercent === 100 ? 99 : category.focusPercent + 1;
          expect(codesAndPaths(validateDocument(withCategory(doc, index, { focusPercent: shifted })))).toEqual([
            { code: 'FOCUS_SUM_NOT_100', path: 'categories' },
          ]);
        }),
        RUNS,
      );
    });
  });

  describe('keys', () => {
    it('refuses a category key that is not a slug, pointing at it by index', () => {
      const doc = withCategory(seed, 4, { key: 'Acceleration' });
      const issues = validateDocument(doc);
      expect(codesAndPaths(issues)).toContainEqual({ code: 'INVALID_KEY', path: 'categories[4].key' });
      expect(issues.find((i) => i.code === 'INVALID_KEY')?.message).toContain('"Acceleration"');
    });

    it('refuses a measure key that is too long', () => {
      const key = `a${'-b'.repeat(32)}`;
      expectOnly(withMeasure(seed, 0, { key }), 'INVALID_KEY', 'measures[0].key');
    });

    it('refuses two categories with one key', () => {
      fc.assert(
        fc.property(
          documentArb.filter((d) => d.categories.length >= 2),
          (doc) => {
            const [first, second] = doc.categories;
            if (!first || !second) return;
            const moved = {
              ...doc,
              measures: doc.measures.map((m) => (m.categoryKey === second.key ? { ...m, categoryKey: first.key } : m)),
            };
            expectOnly(withCategory(moved, 1, { key: first.key }), 'DUPLICATE_KEY', `categories.${first.key}.key`);
          },
        ),
        RUNS,
      );
    });

    it('refuses two measures with one key', () => {
      fc.assert(
        fc.property(
          documentArb.filter((d) => d.measures.length >= 2),
          (doc) => {
            const key = measureOf(doc).key;
            expectOnly(withMeasure(doc, 1, { key }), 'DUPLICATE_KEY', `measures.${key}.key`);
          },
        ),
        RUNS,
      );
    });

    it('lets a measure share its key with a category', () => {
      expect(validateDocument(withMeasure(seed, 0, { key: 'customer' }))).toEqual([]);
    });
  });

  it('refuses two categories in one position', () => {
    fc.assert(
      fc.property(
        documentArb.filter((d) => d.categories.length >= 2),
        fc.nat(),
        (doc, pick) => {
          const [target, index] = pickFrom(doc.categories, pick);
          const otherIndex = index === 0 ? 1 : 0;
          const other = doc.categories[otherIndex];
          if (!other) return;
          const later = index > otherIndex ? target : other;
          const found = expectOnly(
            withCategory(doc, index, { position: other.position }),
            'DUPLICATE_POSITION',
            `categories.${later.key}.position`,
          );
          expect(found.message).toContain(`position ${other.position}`);
        },
      ),
      RUNS,
    );
  });

  it.each([0, -1, 1.5])('refuses position %p', (position) => {
    expectOnly(withCategory(seed, 2, { position }), 'INVALID_POSITION', 'categories.business.position');
  });

  it('refuses a measure in a category that does not exist', () => {
    fc.assert(
      fc.property(documentWithLiveMeasureArb, fc.nat(), (doc, pick) => {
        const [measure, index] = pickFrom(doc.measures, pick);
        const found = expectOnly(
          withMeasure(doc, index, { categoryKey: 'no-such-category' }),
          'UNKNOWN_CATEGORY',
          `measures.${measure.key}.categoryKey`,
        );
        expect(found.message).toContain('"no-such-category"');
      }),
      RUNS,
    );
  });

  describe('text fields', () => {
    it.each([
      ['name', ' '],
      ['definition', ''],
      ['unit', '\n'],
    ] as const)('refuses an empty %s', (field, value) => {
      const found = expectOnly(withMeasure(seed, smile, { [field]: value }), 'EMPTY_FIELD', `measures.time-to-smile.${field}`);
      expect(found.message).toContain(field);
    });

    it('refuses blank optional texts, which are null when absent', () => {
      expectOnly(withMeasure(seed, smile, { formula: ' ' }), 'EMPTY_FIELD', 'measures.time-to-smile.formula');
      expectOnly(withMeasure(seed, smile, { notes: '' }), 'EMPTY_FIELD', 'measures.time-to-smile.notes');
      expect(validateDocument(withMeasure(seed, smile, { formula: null, notes: null }))).toEqual([]);
    });

    it.each([
      ['name', 120],
      ['unit', 40],
      ['definition', 4000],
      ['formula', 1000],
      ['notes', 4000],
    ] as const)('limits the %s to %d characters', (field, limit) => {
      expect(validateDocument(withMeasure(seed, smile, { [field]: 'x'.repeat(limit) }))).toEqual([]);
      const found = expectOnly(
        withMeasure(seed, smile, { [field]: 'x'.repeat(limit + 1) }),
        'FIELD_TOO_LONG',
        `measures.time-to-smile.${field}`,
      );
      expect(found.message).toContain(limit.toLocaleString('en-US'));
    });

    it('checks category names and descriptions', () => {
      expectOnly(withCategory(seed, 3, { name: '' }), 'EMPTY_FIELD', 'categories.knowledge.name');
      expectOnly(withCategory(seed, 3, { description: 'x'.repeat(4001) }), 'FIELD_TOO_LONG', 'categories.knowledge.description');
    });

    it('refuses an empty name in any generated measure', () => {
      fc.assert(
        fc.property(
          documentArb.filter((d) => d.measures.length > 0),
          fc.nat(),
          (doc, pick) => {
            const [measure, index] = pickFrom(doc.measures, pick);
            expectOnly(withMeasure(doc, index, { name: '   ' }), 'EMPTY_FIELD', `measures.${measure.key}.name`);
          },
        ),
        RUNS,
      );
    });
  });

  describe('enums', () => {
    it.each(['audience', 'direction', 'status'] as const)('refuses an unknown %s', (field) => {
      const found = expectOnly(withMeasure(seed, smile, { [field]: 'SOMETIMES' }), 'INVALID_ENUM', `measures.time-to-smile.${field}`);
      expect(found.message).toContain('"SOMETIMES"');
    });
  });

  describe('aliases', () => {
    it('refuses the same alias twice, ignoring case and surrounding space', () => {
      const doc = withMeasure(seed, smile, { aliases: ['Time to Resolution', 'Time to Restore', ' time to resolution'] });
      expectOnly(doc, 'DUPLICATE_ALIAS', 'measures.time-to-smile.aliases[2]');
    });

    it('refuses empty and overlong aliases', () => {
      const issues = validateDocument(withMeasure(seed, smile, { aliases: ['', 'x'.repeat(121)] }));
      expect(codesAndPaths(issues)).toEqual([
        { code: 'EMPTY_FIELD', path: 'measures.time-to-smile.aliases[0]' },
        { code: 'FIELD_TOO_LONG', path: 'measures.time-to-smile.aliases[1]' },
      ]);
    });

    it('allows the same alias on different measures', () => {
      const doc = withMeasure(withMeasure(seed, 0, { aliases: ['Shared'] }), 1, { aliases: ['Shared'] });
      expect(validateDocument(doc)).toEqual([]);
    });
  });

  it('reports wrong JSON types instead of failing', () => {
    const doc = withMeasure(seed, smile, { name: 42, aliases: 'Time to Resolution' } as unknown as Partial<Measure>);
    expect(codesAndPaths(validateDocument(doc))).toEqual([
      { code: 'INVALID_TYPE', path: 'measures.time-to-smile.name' },
      { code: 'INVALID_TYPE', path: 'measures.time-to-smile.aliases' },
    ]);
  });

  it('checks retired measures like the others', () => {
    expectOnly(withMeasure(seed, smile, { status: 'RETIRED', unit: '' }), 'EMPTY_FIELD', 'measures.time-to-smile.unit');
  });

  it('refuses a document without categories', () => {
    expect(codesAndPaths(validateDocument({ categories: [], measures: [] }))).toEqual([{ code: 'FOCUS_SUM_NOT_100', path: 'categories' }]);
  });
});
