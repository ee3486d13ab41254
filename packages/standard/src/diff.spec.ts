import { applyChanges } from './apply.js';
import type { Change } from './changes.js';
import { diffDocuments, isEmptyDiff } from './diff.js';
import type { FrameworkDocument } from './document.js';
import { netArrMeasure, ocmfV1Document } from './seed/ocmf-v1.js';

const seed = ocmfV1Document;

const after = (changes: Change[]): FrameworkDocument => {
  const result = applyChanges(seed, changes);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.document;
};

describe('diffDocuments', () => {
  it('finds nothing between equal documents', () => {
    const diff = diffDocuments(seed, structuredClone(seed));
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff).toEqual({
      measures: { added: [], removed: [], retired: [], moved: [], changed: [] },
      categories: { added: [], removed: [], changed: [] },
      focus: [],
    });
  });

  it('lists changed fields with paths, and a word diff for text', () => {
    const doc = after([
      {
        op: 'UPDATE_MEASURE',
        measureKey: 'time-to-smile',
        patch: {
          definition: 'Elapsed days until the customer smiles again.',
          unit: 'hours',
          direction: 'TARGET',
          aliases: ['Time to Restore'],
        },
      },
    ]);
    const [changed, ...others] = diffDocuments(seed, doc).measures.changed;
    expect(others).toEqual([]);
    expect(changed?.key).toBe('time-to-smile');
    expect(changed?.fields.map((f) => [f.field, f.path])).toEqual([
      ['definition', 'measures.time-to-smile.definition'],
      ['unit', 'measures.time-to-smile.unit'],
      ['direction', 'measures.time-to-smile.direction'],
      ['aliases', 'measures.time-to-smile.aliases'],
    ]);
    const unit = changed?.fields.find((f) => f.field === 'unit');
    expect(unit).toEqual({
      field: 'unit',
      path: 'measures.time-to-smile.unit',
      before: 'days',
      after: 'hours',
      words: [
        { kind: 'delete', text: 'days' },
        { kind: 'insert', text: 'hours' },
      ],
    });
    expect(changed?.fields.find((f) => f.field === 'direction')?.words).toBeUndefined();
    expect(changed?.fields.find((f) => f.field === 'aliases')).toMatchObject({
      before: ['Time to Resolution', 'Time to Restore'],
      after: ['Time to Restore'],
    });
  });

  it('diffs a formula added where there was none', () => {
    const doc = after([{ op: 'UPDATE_MEASURE', measureKey: 'employee-engagement', patch: { formula: 'Mean survey score' } }]);
    const field = diffDocuments(seed, doc).measures.changed[0]?.fields[0];
    expect(field).toEqual({
      field: 'formula',
      path: 'measures.employee-engagement.formula',
      before: null,
      after: 'Mean survey score',
      words: [{ kind: 'insert', text: 'Mean survey score' }],
    });
  });

  it('lists a retirement under retired, not as a status change', () => {
    const doc = after([{ op: 'RETIRE_MEASURE', measureKey: 'employee-satisfaction', reason: 'Merged into engagement.' }]);
    const diff = diffDocuments(seed, doc);
    expect(diff.measures.retired.map((m) => m.key)).toEqual(['employee-satisfaction']);
    expect(diff.measures.changed).toEqual([]);
  });

  it('lists other status changes as changed fields', () => {
    const doc = after([{ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { status: 'ACTIVE' } }]);
    expect(diffDocuments(seed, doc).measures.changed[0]?.fields).toEqual([
      { field: 'status', path: 'measures.time-to-smile.status', before: 'EMERGING', after: 'ACTIVE' },
    ]);
  });

  it('lists moves with both categories', () => {
    const doc = after([{ op: 'MOVE_MEASURE', measureKey: 'time-to-smile', categoryKey: 'customer' }]);
    const diff = diffDocuments(seed, doc);
    expect(diff.measures.moved).toEqual([{ key: 'time-to-smile', name: 'Time to Smile', from: 'business', to: 'customer' }]);
    expect(diff.measures.changed).toEqual([]);
  });

  it('lists added categories, their changes and Focus % changes', () => {
    const doc = after([
      { op: 'ADD_CATEGORY', category: { key: 'customer-success', name: 'Customer Success', description: 'Outcomes.', position: 1 } },
      { op: 'ADD_MEASURE', measure: { ...netArrMeasure, categoryKey: 'customer-success' } },
      { op: 'UPDATE_CATEGORY', categoryKey: 'knowledge', patch: { name: 'Knowledge' } },
      {
        op: 'SET_FOCUS',
        focus: [
          { categoryKey: 'customer-success', focusPercent: 10 },
          { categoryKey: 'customer', focusPercent: 20 },
          { categoryKey: 'employee', focusPercent: 20 },
          { categoryKey: 'business', focusPercent: 20 },
          { categoryKey: 'knowledge', focusPercent: 20 },
          { categoryKey: 'acceleration', focusPercent: 10 },
        ],
      },
    ]);
    const diff = diffDocuments(seed, doc);
    expect(diff.categories.added.map((c) => c.key)).toEqual(['customer-success']);
    expect(diff.measures.added.map((m) => m.key)).toEqual(['net-annual-recurring-revenue']);
    expect(diff.focus).toEqual([
      { categoryKey: 'customer-success', before: 0, after: 10 },
      { categoryKey: 'business', before: 30, after: 20 },
    ]);
    expect(diff.categories.changed.map((c) => [c.key, c.fields.map((f) => `${f.field}:${String(f.before)}→${String(f.after)}`)])).toEqual([
      ['customer', ['position:1→2']],
      ['employee', ['position:2→3']],
      ['business', ['position:3→4']],
      ['knowledge', ['name:Knowledge/Collaboration→Knowledge', 'position:4→5']],
      ['acceleration', ['position:5→6']],
    ]);
  });

  it('lists what was removed between unrelated documents', () => {
    const smaller: FrameworkDocument = {
      categories: seed.categories
        .filter((c) => c.key !== 'acceleration')
        .map((c) => (c.key === 'business' ? { ...c, focusPercent: 40 } : c)),
      measures: seed.measures.filter((m) => m.categoryKey !== 'acceleration'),
    };
    const diff = diffDocuments(seed, smaller);
    expect(diff.categories.removed.map((c) => c.key)).toEqual(['acceleration']);
    expect(diff.measures.removed.map((m) => m.key)).toEqual(['leadership-time-on-transformation', 'improvement-milestones-met']);
    expect(diff.focus).toEqual([
      { categoryKey: 'business', before: 30, after: 40 },
      { categoryKey: 'acceleration', before: 10, after: 0 },
    ]);
  });
});
