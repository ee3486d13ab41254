import fc from 'fast-check';
import { LIVE_MEASURE_STATUSES, type Change, type NewMeasure } from '../changes.js';
import { AUDIENCES, DIRECTIONS, MEASURE_STATUSES, type Category, type FrameworkDocument, type Measure } from '../document.js';

/** Arbitraries for property tests: valid documents, and changes (valid or not) against a document. */

const word = fc.stringMatching(/^[a-z0-9]{1,6}$/);
const textWord = fc.stringMatching(/^[A-Za-z0-9%()'’-]{1,10}$/);

export const keyArb = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join('-'));

export const textArb = (maxWords: number) => fc.array(textWord, { minLength: 1, maxLength: maxWords }).map((words) => words.join(' '));

/** n whole shares from 0 to 100 that sum to 100. */
export const sharesArb = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
    const bounds = [0, ...cuts.sort((a, b) => a - b), 100];
    return bounds.slice(1).map((bound, i) => bound - (bounds[i] ?? 0));
  });

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

export const categoriesArb = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc
    .record({
      keys: fc.uniqueArray(keyArb, { minLength: n, maxLength: n }),
      names: fc.array(textArb(4), { minLength: n, maxLength: n }),
      descriptions: fc.array(textArb(12), { minLength: n, maxLength: n }),
      shares: sharesArb(n),
      positions: fc.shuffledSubarray(range(n), { minLength: n, maxLength: n }),
    })
    .map(({ keys, names, descriptions, shares, positions }): Category[] =>
      keys.map((key, i) => ({
        key,
        name: names[i] ?? key,
        description: descriptions[i] ?? key,
        focusPercent: shares[i] ?? 0,
        position: positions[i] ?? i + 1,
      })),
    ),
);

const aliasesArb = fc.uniqueArray(textArb(3), { maxLength: 3, selector: (alias) => alias.trim().toLowerCase() });

const measureFieldsArb = (categoryKeys: readonly string[]) =>
  fc.record({
    key: keyArb,
    name: textArb(5),
    categoryKey: fc.constantFrom(...categoryKeys),
    audience: fc.constantFrom(...AUDIENCES),
    definition: textArb(20),
    formula: fc.option(textArb(8), { nil: null }),
    unit: textArb(2),
    direction: fc.constantFrom(...DIRECTIONS),
    aliases: aliasesArb,
    notes: fc.option(textArb(10), { nil: null }),
  });

export const measureArb = (categoryKeys: readonly string[]): fc.Arbitrary<Measure> =>
  fc
    .record({ fields: measureFieldsArb(categoryKeys), status: fc.constantFrom(...MEASURE_STATUSES) })
    .map(({ fields, status }) => ({ ...fields, status }));

export const newMeasureArb = (categoryKeys: readonly string[]): fc.Arbitrary<NewMeasure> =>
  fc
    .record({ fields: measureFieldsArb(categoryKeys), status: fc.constantFrom(...LIVE_MEASURE_STATUSES) })
    .map(({ fields, status }) => ({ ...fields, status }));

export const documentArb: fc.Arbitrary<FrameworkDocument> = categoriesArb.chain((categories) =>
  fc
    .uniqueArray(measureArb(categories.map((c) => c.key)), { maxLength: 10, selector: (m) => m.key })
    .map((measures) => ({ categories, measures })),
);

/** A valid document with at least one live measure. */
export const documentWithLiveMeasureArb = documentArb.filter((doc) => doc.measures.some((m) => m.status !== 'RETIRED'));

/** Changes against `doc`, often valid and often not: keys that exist or not, blank texts, shares off by some. */
export const changeArb = (doc: FrameworkDocument): fc.Arbitrary<Change> => {
  const categoryKeys = doc.categories.map((c) => c.key);
  const measureKeys = doc.measures.map((m) => m.key);
  const someCategory = fc.constantFrom(...categoryKeys, 'no-such-category');
  const someMeasure = fc.constantFrom(...measureKeys, 'no-such-measure');
  const maybeBlank = (arb: fc.Arbitrary<string>) =>
    fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constantFrom('', '  ') });
  const position = fc.integer({ min: -1, max: doc.categories.length + 2 });
  const reason = fc.option(maybeBlank(textArb(6)), { nil: undefined });
  return fc.oneof(
    fc.record({
      op: fc.constant('ADD_MEASURE' as const),
      measure: fc
        .record({
          measure: newMeasureArb([...categoryKeys, 'no-such-category']),
          key: fc.oneof(keyArb, someMeasure, fc.constant('Not A Key')),
        })
        .map(({ measure, key }) => ({ ...measure, key })),
    }),
    fc.record({
      op: fc.constant('UPDATE_MEASURE' as const),
      measureKey: someMeasure,
      patch: fc.record(
        {
          name: maybeBlank(textArb(5)),
          definition: maybeBlank(textArb(12)),
          formula: fc.option(maybeBlank(textArb(6)), { nil: null }),
          unit: maybeBlank(textArb(2)),
          audience: fc.constantFrom(...AUDIENCES),
          direction: fc.constantFrom(...DIRECTIONS),
          status: fc.constantFrom(...LIVE_MEASURE_STATUSES),
          aliases: fc.array(maybeBlank(textArb(3)), { maxLength: 3 }),
          notes: fc.option(maybeBlank(textArb(6)), { nil: null }),
        },
        { requiredKeys: [] },
      ),
      reason,
    }),
    fc.record({ op: fc.constant('RETIRE_MEASURE' as const), measureKey: someMeasure, reason: maybeBlank(textArb(6)) }),
    fc.record({ op: fc.constant('MOVE_MEASURE' as const), measureKey: someMeasure, categoryKey: someCategory, reason }),
    fc.record({
      op: fc.constant('ADD_CATEGORY' as const),
      category: fc.record(
        { key: fc.oneof(keyArb, someCategory), name: maybeBlank(textArb(4)), description: maybeBlank(textArb(8)), position },
        { requiredKeys: ['key', 'name', 'description'] },
      ),
      reason,
    }),
    fc.record({
      op: fc.constant('UPDATE_CATEGORY' as const),
      categoryKey: someCategory,
      patch: fc.record({ name: maybeBlank(textArb(4)), description: maybeBlank(textArb(8)), position }, { requiredKeys: [] }),
      reason,
    }),
    fc.record({
      op: fc.constant('SET_FOCUS' as const),
      focus: fc.oneof(
        sharesArb(categoryKeys.length).map((shares) =>
          categoryKeys.map((categoryKey, i) => ({ categoryKey, focusPercent: shares[i] ?? 0 })),
        ),
        fc.array(fc.record({ categoryKey: someCategory, focusPercent: fc.integer({ min: -10, max: 110 }) }), { maxLength: 7 }),
      ),
      reason,
    }),
  );
};

export { deepFreeze } from '../immutable.js';
