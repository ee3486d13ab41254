import { isEmptyDiff, ocmfV1Document } from '@ocmf/standard';
import type { ChangeFields_ChangeFragment } from '../gql/graphql';
import { asFrameworkDocument, changeFromApi, changeSteps } from './proposal-changes';

const doc = ocmfV1Document;

type ApiChange = ChangeFields_ChangeFragment;
const NO_PATCH = {
  name: null,
  audience: null,
  definition: null,
  formula: null,
  unit: null,
  direction: null,
  status: null,
  aliases: null,
  notes: null,
};

/** A change as the API returns it: every field the fragment selects, null unless given. */
const apiChange = (change: Pick<ApiChange, 'op'> & Partial<ApiChange>): ApiChange => ({
  reason: null,
  measureKey: null,
  categoryKey: null,
  replacedBy: null,
  measure: null,
  patch: null,
  category: null,
  categoryPatch: null,
  focus: null,
  ...change,
});

describe('changeFromApi', () => {
  it('reads a measure patch by its list of fields, keeping fields set to null', () => {
    const change = apiChange({
      op: 'UPDATE_MEASURE',
      measureKey: 'time-to-smile',
      patch: { ...NO_PATCH, fields: ['definition', 'formula'], definition: 'New', name: 'Ignored: not in fields' },
    });
    expect(changeFromApi(change)).toEqual({
      op: 'UPDATE_MEASURE',
      measureKey: 'time-to-smile',
      patch: { definition: 'New', formula: null },
    });
  });

  it('reads a category patch (categoryPatch) and a new category without position', () => {
    expect(
      changeFromApi(
        apiChange({
          op: 'UPDATE_CATEGORY',
          categoryKey: 'customer',
          categoryPatch: { name: null, description: 'D', position: 2 },
          reason: 'Why',
        }),
      ),
    ).toEqual({ op: 'UPDATE_CATEGORY', categoryKey: 'customer', patch: { description: 'D', position: 2 }, reason: 'Why' });
    expect(changeFromApi(apiChange({ op: 'ADD_CATEGORY', category: { key: 'c', name: 'C', description: 'D', position: null } }))).toEqual({
      op: 'ADD_CATEGORY',
      category: { key: 'c', name: 'C', description: 'D' },
    });
  });

  it('reads retirements, moves and re-balances', () => {
    expect(changeFromApi(apiChange({ op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'Old' }))).toEqual({
      op: 'RETIRE_MEASURE',
      measureKey: 'time-to-smile',
      reason: 'Old',
    });
    expect(changeFromApi(apiChange({ op: 'MOVE_MEASURE', measureKey: 'a', categoryKey: 'b' }))).toEqual({
      op: 'MOVE_MEASURE',
      measureKey: 'a',
      categoryKey: 'b',
    });
    expect(changeFromApi(apiChange({ op: 'SET_FOCUS', focus: [{ categoryKey: 'customer', focusPercent: 100 }] }))).toEqual({
      op: 'SET_FOCUS',
      focus: [{ categoryKey: 'customer', focusPercent: 100 }],
    });
  });
});

describe('asFrameworkDocument', () => {
  it('accepts a document and refuses anything else', () => {
    expect(asFrameworkDocument(doc)).toBe(doc);
    expect(() => asFrameworkDocument({ categories: [] })).toThrow(/unexpected shape/);
    expect(() => asFrameworkDocument(null)).toThrow();
  });
});

describe('changeSteps', () => {
  const focus = changeFromApi(
    apiChange({
      op: 'SET_FOCUS',
      focus: [
        { categoryKey: 'customer', focusPercent: 25 },
        { categoryKey: 'employee', focusPercent: 15 },
        { categoryKey: 'business', focusPercent: 30 },
        { categoryKey: 'knowledge', focusPercent: 20 },
        { categoryKey: 'acceleration', focusPercent: 10 },
      ],
    }),
  );
  const rename = changeFromApi(
    apiChange({ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { ...NO_PATCH, fields: ['name'], name: 'Time to Delight' } }),
  );

  it('diffs each change against the document the earlier ones leave', () => {
    const [first, second] = changeSteps(doc, [focus, rename]);
    expect(first?.diff.focus).toEqual([
      { categoryKey: 'customer', before: 20, after: 25 },
      { categoryKey: 'employee', before: 20, after: 15 },
    ]);
    expect(first?.diff.measures.changed).toEqual([]);
    expect(second?.before).toBe(first?.after);
    expect(second?.diff.measures.changed[0]?.fields.map((f) => `${f.field}: ${String(f.before)} → ${String(f.after)}`)).toEqual([
      'name: Time to Smile → Time to Delight',
    ]);
  });

  it('leaves skipped and failing changes out', () => {
    const broken = changeFromApi(apiChange({ op: 'RETIRE_MEASURE', measureKey: 'nope', reason: 'x' }));
    const steps = changeSteps(doc, [focus, broken, rename], new Set([0]));
    expect(steps.map((step) => step.applied)).toEqual([false, false, true]);
    expect(isEmptyDiff(steps[0]!.diff)).toBe(true);
    expect(steps[2]?.before).toBe(doc);
  });
});
