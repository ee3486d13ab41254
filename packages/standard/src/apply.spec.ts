import fc from 'fast-check';
import { applyChanges, validateChanges, type ApplyResult } from './apply.js';
import type { Change } from './changes.js';
import { describeChange } from './describe-change.js';
import { diffDocuments, isEmptyDiff } from './diff.js';
import { findCategory, findMeasure } from './document-access.js';
import type { FrameworkDocument, Measure } from './document.js';
import { netArrMeasure, ocmfV1Document } from './seed/ocmf-v1.js';
import {
  changeArb,
  deepFreeze,
  documentArb,
  documentWithLiveMeasureArb,
  keyArb,
  newMeasureArb,
  sharesArb,
} from './testing/document-arbitrary.js';
import { validateDocument } from './validate.js';
import { requiredBump } from './version.js';

const RUNS = { numRuns: 50 };
const seed = deepFreeze(structuredClone(ocmfV1Document));

const okDocument = (result: ApplyResult): FrameworkDocument => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.document;
};

const failure = (result: ApplyResult): Extract<ApplyResult, { ok: false }> => {
  if (result.ok) throw new Error('expected the apply to fail');
  return result;
};

const issuesOf = (doc: FrameworkDocument, changes: Change[], base?: FrameworkDocument) =>
  validateChanges(doc, changes, base === undefined ? {} : { base }).map(({ code, path }) => ({ code, path }));

const measure = (doc: FrameworkDocument, key: string): Measure => {
  const found = findMeasure(doc, key);
  if (!found) throw new Error(`no measure ${key}`);
  return found;
};

const focusOf = (doc: FrameworkDocument) => Object.fromEntries(doc.categories.map((c) => [c.key, c.focusPercent]));
const positionsOf = (doc: FrameworkDocument) => Object.fromEntries(doc.categories.map((c) => [c.key, c.position]));

const sharesFor = (focus: Record<string, number>) =>
  Object.entries(focus).map(([categoryKey, focusPercent]) => ({ categoryKey, focusPercent }));
const v1Focus = { customer: 20, employee: 20, business: 30, knowledge: 20, acceleration: 10 };

const updateSmile = (definition: string): Change => ({ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { definition } });

describe('applyChanges', () => {
  describe('ADD_MEASURE', () => {
    it('appends the measure, filling in optional fields, and the diff shows exactly that', () => {
      const { aliases: _aliases, notes: _notes, formula: _formula, ...bare } = netArrMeasure;
      const doc = okDocument(applyChanges(seed, [{ op: 'ADD_MEASURE', measure: bare }]));
      expect(doc.measures).toHaveLength(seed.measures.length + 1);
      expect(doc.measures.at(-1)).toEqual({ ...bare, formula: null, aliases: [], notes: null });
      const diff = diffDocuments(seed, doc);
      expect(diff.measures.added.map((m) => m.key)).toEqual(['net-annual-recurring-revenue']);
      expect(isEmptyDiff({ ...diff, measures: { ...diff.measures, added: [] } })).toBe(true);
      expect(requiredBump(seed, doc)).toBe('MINOR');
    });

    it('refuses a key in use, even by a retired measure', () => {
      const retired = okDocument(applyChanges(seed, [{ op: 'RETIRE_MEASURE', measureKey: 'employee-satisfaction', reason: 'Merged.' }]));
      const change: Change = { op: 'ADD_MEASURE', measure: { ...netArrMeasure, key: 'employee-satisfaction' } };
      const issues = validateChanges(retired, [change]);
      expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'DUPLICATE_KEY', path: 'changes[0].measure.key' }]);
      expect(issues[0]?.message).toContain('retired');
    });

    it('refuses invalid values, each at its path', () => {
      const measure = {
        ...netArrMeasure,
        key: 'Net ARR',
        categoryKey: 'finance',
        name: ' ',
        unit: 'x'.repeat(41),
        aliases: ['Net ARR', 'net arr'],
      };
      expect(issuesOf(seed, [{ op: 'ADD_MEASURE', measure }])).toEqual([
        { code: 'INVALID_KEY', path: 'changes[0].measure.key' },
        { code: 'UNKNOWN_CATEGORY', path: 'changes[0].measure.categoryKey' },
        { code: 'EMPTY_FIELD', path: 'changes[0].measure.name' },
        { code: 'FIELD_TOO_LONG', path: 'changes[0].measure.unit' },
        { code: 'DUPLICATE_ALIAS', path: 'changes[0].measure.aliases[1]' },
      ]);
    });

    it('refuses adding a measure as retired', () => {
      const measure = { ...netArrMeasure, status: 'RETIRED' } as unknown as typeof netArrMeasure;
      expect(issuesOf(seed, [{ op: 'ADD_MEASURE', measure }])).toEqual([{ code: 'INVALID_ENUM', path: 'changes[0].measure.status' }]);
    });

    it('adds any generated measure with a fresh key to any valid document', () => {
      fc.assert(
        fc.property(
          documentArb.chain((doc) => fc.tuple(fc.constant(doc), newMeasureArb(doc.categories.map((c) => c.key)))),
          ([doc, added]) => {
            fc.pre(!findMeasure(doc, added.key));
            const after = okDocument(applyChanges(doc, [{ op: 'ADD_MEASURE', measure: added }]));
            const diff = diffDocuments(doc, after);
            expect(diff.measures.added.map((m) => m.key)).toEqual([added.key]);
            expect(isEmptyDiff({ ...diff, measures: { ...diff.measures, added: [] } })).toBe(true);
          },
        ),
        RUNS,
      );
    });
  });

  describe('UPDATE_MEASURE', () => {
    it('changes only the fields the patch gives; null clears formula and notes', () => {
      const change: Change = {
        op: 'UPDATE_MEASURE',
        measureKey: 'time-to-smile',
        patch: { definition: 'A new definition.', formula: null, notes: null, status: 'ACTIVE', name: undefined },
      };
      const doc = okDocument(applyChanges(seed, [change]));
      expect(measure(doc, 'time-to-smile')).toEqual({
        ...measure(seed, 'time-to-smile'),
        definition: 'A new definition.',
        formula: null,
        notes: null,
        status: 'ACTIVE',
      });
      const changed = diffDocuments(seed, doc).measures.changed;
      expect(changed.map((m) => [m.key, m.fields.map((f) => f.field)])).toEqual([
        ['time-to-smile', ['definition', 'formula', 'status', 'notes']],
      ]);
    });

    it('refuses an unknown or retired measure', () => {
      expect(issuesOf(seed, [{ op: 'UPDATE_MEASURE', measureKey: 'time-to-frown', patch: { name: 'x' } }])).toEqual([
        { code: 'UNKNOWN_MEASURE', path: 'changes[0].measureKey' },
      ]);
      const changes: Change[] = [
        { op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'Replaced.' },
        { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { unit: 'hours' } },
      ];
      expect(issuesOf(seed, changes)).toEqual([{ code: 'MEASURE_RETIRED', path: 'changes[1].measureKey' }]);
    });

    it('refuses an empty patch and a patch that changes nothing', () => {
      expect(issuesOf(seed, [{ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: {} }])).toEqual([
        { code: 'NOOP_CHANGE', path: 'changes[0].patch' },
      ]);
      const same = measure(seed, 'time-to-smile');
      expect(
        issuesOf(seed, [{ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { unit: same.unit, aliases: [...same.aliases] } }]),
      ).toEqual([{ code: 'NOOP_CHANGE', path: 'changes[0]' }]);
    });

    it('refuses invalid values at their path', () => {
      const patch = { name: '', definition: 'x'.repeat(4001), formula: '  ', aliases: ['A', 'a'] };
      expect(issuesOf(seed, [{ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch, reason: '' }])).toEqual([
        { code: 'EMPTY_FIELD', path: 'changes[0].patch.name' },
        { code: 'FIELD_TOO_LONG', path: 'changes[0].patch.definition' },
        { code: 'EMPTY_FIELD', path: 'changes[0].patch.formula' },
        { code: 'DUPLICATE_ALIAS', path: 'changes[0].patch.aliases[1]' },
        { code: 'EMPTY_FIELD', path: 'changes[0].reason' },
      ]);
    });

    it('refuses retiring through a patch', () => {
      const patch = { status: 'RETIRED' } as unknown as { status: 'ACTIVE' };
      const issues = validateChanges(seed, [{ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch }]);
      expect(issues.map((i) => i.code)).toEqual(['INVALID_ENUM']);
      expect(issues[0]?.message).toContain('RETIRE_MEASURE');
    });
  });

  describe('RETIRE_MEASURE', () => {
    it('marks the measure retired and keeps it in the document', () => {
      const doc = okDocument(applyChanges(seed, [{ op: 'RETIRE_MEASURE', measureKey: 'employee-satisfaction', reason: 'Merged.' }]));
      expect(doc.measures).toHaveLength(seed.measures.length);
      expect(measure(doc, 'employee-satisfaction')).toEqual({ ...measure(seed, 'employee-satisfaction'), status: 'RETIRED' });
      expect(diffDocuments(seed, doc).measures.retired.map((m) => m.key)).toEqual(['employee-satisfaction']);
      expect(requiredBump(seed, doc)).toBe('MAJOR');
    });

    it('refuses an unknown measure, a measure retired already, and a blank reason', () => {
      expect(issuesOf(seed, [{ op: 'RETIRE_MEASURE', measureKey: 'nope', reason: 'Gone.' }])).toEqual([
        { code: 'UNKNOWN_MEASURE', path: 'changes[0].measureKey' },
      ]);
      const twice: Change[] = [
        { op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'Gone.' },
        { op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'Gone again.' },
      ];
      expect(issuesOf(seed, twice)).toEqual([{ code: 'ALREADY_RETIRED', path: 'changes[1].measureKey' }]);
      expect(issuesOf(seed, [{ op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: '  ' }])).toEqual([
        { code: 'EMPTY_FIELD', path: 'changes[0].reason' },
      ]);
    });
  });

  describe('RETIRE_MEASURE with a replacement', () => {
    it('records the replacement on the retired measure, in the diff and the description', () => {
      const change: Change = {
        op: 'RETIRE_MEASURE',
        measureKey: 'employee-satisfaction',
        reason: 'Merged.',
        replacedBy: 'employee-engagement',
      };
      const doc = okDocument(applyChanges(seed, [change]));
      expect(measure(doc, 'employee-satisfaction')).toMatchObject({ status: 'RETIRED', replacedBy: 'employee-engagement' });
      expect(diffDocuments(seed, doc).measures.retired.map((m) => [m.key, m.replacedBy])).toEqual([
        ['employee-satisfaction', 'employee-engagement'],
      ]);
      expect(validateDocument(doc)).toEqual([]);
      expect(describeChange(seed, change)).toBe(
        `Retire ${measure(seed, 'employee-satisfaction').name}, replaced by ${measure(seed, 'employee-engagement').name}: Merged.`,
      );
    });

    it('takes a measure the same change set adds first', () => {
      const doc = okDocument(
        applyChanges(seed, [
          { op: 'ADD_MEASURE', measure: { ...netArrMeasure, key: 'employee-voice' } },
          { op: 'RETIRE_MEASURE', measureKey: 'employee-satisfaction', reason: 'Superseded.', replacedBy: 'employee-voice' },
        ]),
      );
      expect(measure(doc, 'employee-satisfaction').replacedBy).toBe('employee-voice');
    });

    it('refuses itself, an unknown measure and a retired one, at the replacedBy field', () => {
      const retire = (replacedBy: string): Change => ({
        op: 'RETIRE_MEASURE',
        measureKey: 'employee-satisfaction',
        reason: 'Gone.',
        replacedBy,
      });
      expect(issuesOf(seed, [retire('employee-satisfaction')])).toEqual([{ code: 'REPLACED_BY_ITSELF', path: 'changes[0].replacedBy' }]);
      expect(issuesOf(seed, [retire('nope')])).toEqual([{ code: 'UNKNOWN_MEASURE', path: 'changes[0].replacedBy' }]);
      const retiredFirst: Change[] = [{ op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'Gone.' }, retire('time-to-smile')];
      expect(issuesOf(seed, retiredFirst)).toEqual([{ code: 'MEASURE_RETIRED', path: 'changes[1].replacedBy' }]);
    });

    it('leaves documents without a replacement as they were, key for key', () => {
      const doc = okDocument(applyChanges(seed, [{ op: 'RETIRE_MEASURE', measureKey: 'employee-satisfaction', reason: 'Merged.' }]));
      expect(Object.keys(measure(doc, 'employee-satisfaction'))).not.toContain('replacedBy');
    });

    it('is an invariant of the document: only on a retired measure, naming another that exists', () => {
      const withReplacement = (status: 'ACTIVE' | 'RETIRED', replacedBy: string): FrameworkDocument => ({
        ...seed,
        measures: seed.measures.map((m) => (m.key === 'employee-satisfaction' ? { ...m, status, replacedBy } : m)),
      });
      const codes = (doc: FrameworkDocument) => validateDocument(doc).map(({ code, path }) => ({ code, path }));
      const path = 'measures.employee-satisfaction.replacedBy';
      expect(codes(withReplacement('ACTIVE', 'employee-engagement'))).toEqual([{ code: 'REPLACEMENT_NOT_RETIRED', path }]);
      expect(codes(withReplacement('RETIRED', 'nope'))).toEqual([{ code: 'UNKNOWN_MEASURE', path }]);
      expect(codes(withReplacement('RETIRED', 'employee-satisfaction'))).toEqual([{ code: 'REPLACED_BY_ITSELF', path }]);
    });
  });

  describe('MOVE_MEASURE', () => {
    it('moves the measure to another category', () => {
      const doc = okDocument(applyChanges(seed, [{ op: 'MOVE_MEASURE', measureKey: 'self-service-success', categoryKey: 'knowledge' }]));
      expect(measure(doc, 'self-service-success').categoryKey).toBe('knowledge');
      expect(diffDocuments(seed, doc).measures.moved).toEqual([
        { key: 'self-service-success', name: 'Self-Service Success', from: 'customer', to: 'knowledge' },
      ]);
    });

    it('refuses an unknown category, a move to where it is, and a retired measure', () => {
      expect(issuesOf(seed, [{ op: 'MOVE_MEASURE', measureKey: 'time-to-smile', categoryKey: 'finance' }])).toEqual([
        { code: 'UNKNOWN_CATEGORY', path: 'changes[0].categoryKey' },
      ]);
      expect(issuesOf(seed, [{ op: 'MOVE_MEASURE', measureKey: 'time-to-smile', categoryKey: 'business' }])).toEqual([
        { code: 'NOOP_CHANGE', path: 'changes[0]' },
      ]);
      const changes: Change[] = [
        { op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'Replaced.' },
        { op: 'MOVE_MEASURE', measureKey: 'time-to-smile', categoryKey: 'customer' },
      ];
      expect(issuesOf(seed, changes)).toEqual([{ code: 'MEASURE_RETIRED', path: 'changes[1].measureKey' }]);
    });

    it('may leave a category without measures; categories are never removed', () => {
      const moves: Change[] = seed.measures
        .filter((m) => m.categoryKey === 'acceleration')
        .map((m) => ({ op: 'MOVE_MEASURE', measureKey: m.key, categoryKey: 'business' }));
      const doc = okDocument(applyChanges(seed, moves));
      expect(findCategory(doc, 'acceleration')).toEqual(findCategory(seed, 'acceleration'));
      expect(doc.measures.filter((m) => m.categoryKey === 'acceleration')).toEqual([]);
    });
  });

  describe('ADD_CATEGORY', () => {
    const category = { key: 'customer-success', name: 'Customer Success', description: 'Whether customers reach their goals.' };

    it('adds the category last with Focus % 0', () => {
      const doc = okDocument(applyChanges(seed, [{ op: 'ADD_CATEGORY', category }]));
      expect(findCategory(doc, 'customer-success')).toEqual({ ...category, focusPercent: 0, position: 6 });
      expect(focusOf(doc)).toEqual({ ...v1Focus, 'customer-success': 0 });
      expect(diffDocuments(seed, doc).focus).toEqual([]);
    });

    it('inserts at a given position and renumbers the others', () => {
      const doc = okDocument(applyChanges(seed, [{ op: 'ADD_CATEGORY', category: { ...category, position: 2 } }]));
      expect(positionsOf(doc)).toEqual({ customer: 1, 'customer-success': 2, employee: 3, business: 4, knowledge: 5, acceleration: 6 });
      expect(doc.categories.map((c) => c.key)).toEqual([
        'customer',
        'customer-success',
        'employee',
        'business',
        'knowledge',
        'acceleration',
      ]);
    });

    it('refuses a key in use, a position out of range, and empty texts', () => {
      expect(
        issuesOf(seed, [
          { op: 'ADD_CATEGORY', category: { ...category, key: 'business' } },
          { op: 'ADD_CATEGORY', category: { ...category, position: 7 } },
          { op: 'ADD_CATEGORY', category: { ...category, position: 0 } },
          { op: 'ADD_CATEGORY', category: { ...category, key: 'customer-success-2', name: '', description: '' } },
        ]),
      ).toEqual([
        { code: 'DUPLICATE_KEY', path: 'changes[0].category.key' },
        { code: 'INVALID_POSITION', path: 'changes[1].category.position' },
        { code: 'INVALID_POSITION', path: 'changes[2].category.position' },
        { code: 'EMPTY_FIELD', path: 'changes[3].category.name' },
        { code: 'EMPTY_FIELD', path: 'changes[3].category.description' },
      ]);
    });
  });

  describe('UPDATE_CATEGORY', () => {
    it('renames and re-describes', () => {
      const doc = okDocument(
        applyChanges(seed, [{ op: 'UPDATE_CATEGORY', categoryKey: 'knowledge', patch: { name: 'Knowledge', description: 'Shorter.' } }]),
      );
      expect(findCategory(doc, 'knowledge')).toEqual({ ...findCategory(seed, 'knowledge'), name: 'Knowledge', description: 'Shorter.' });
    });

    it('moves the category to a position, renumbering the others', () => {
      const doc = okDocument(applyChanges(seed, [{ op: 'UPDATE_CATEGORY', categoryKey: 'acceleration', patch: { position: 1 } }]));
      expect(positionsOf(doc)).toEqual({ acceleration: 1, customer: 2, employee: 3, business: 4, knowledge: 5 });
      const swapped = okDocument(applyChanges(seed, [{ op: 'UPDATE_CATEGORY', categoryKey: 'customer', patch: { position: 2 } }]));
      expect(positionsOf(swapped)).toEqual({ employee: 1, customer: 2, business: 3, knowledge: 4, acceleration: 5 });
    });

    it('refuses an unknown category, an empty patch, a position out of range, a patch that changes nothing', () => {
      expect(
        issuesOf(seed, [
          { op: 'UPDATE_CATEGORY', categoryKey: 'finance', patch: { name: 'Finance' } },
          { op: 'UPDATE_CATEGORY', categoryKey: 'business', patch: {} },
          { op: 'UPDATE_CATEGORY', categoryKey: 'business', patch: { position: 6 } },
          { op: 'UPDATE_CATEGORY', categoryKey: 'business', patch: { name: 'Business', position: 3 } },
        ]),
      ).toEqual([
        { code: 'UNKNOWN_CATEGORY', path: 'changes[0].categoryKey' },
        { code: 'NOOP_CHANGE', path: 'changes[1].patch' },
        { code: 'INVALID_POSITION', path: 'changes[2].patch.position' },
        { code: 'NOOP_CHANGE', path: 'changes[3]' },
      ]);
    });
  });

  describe('SET_FOCUS', () => {
    it('sets every share at once', () => {
      const focus = { customer: 25, employee: 20, business: 25, knowledge: 20, acceleration: 10 };
      const doc = okDocument(applyChanges(seed, [{ op: 'SET_FOCUS', focus: sharesFor(focus) }]));
      expect(focusOf(doc)).toEqual(focus);
      expect(diffDocuments(seed, doc).focus).toEqual([
        { categoryKey: 'customer', before: 20, after: 25 },
        { categoryKey: 'business', before: 30, after: 25 },
      ]);
      expect(requiredBump(seed, doc)).toBe('MINOR');
    });

    it('refuses shares that do not sum to 100, and says what they sum to', () => {
      const issues = validateChanges(seed, [{ op: 'SET_FOCUS', focus: sharesFor({ ...v1Focus, business: 25 }) }]);
      expect(issues).toEqual([
        { code: 'FOCUS_SUM_NOT_100', path: 'changes[0].focus', message: 'Focus % must sum to 100; these sum to 95.' },
      ]);
    });

    it('refuses a re-balance that leaves out a category, names one twice or names none', () => {
      const { acceleration: _acceleration, ...four } = v1Focus;
      expect(issuesOf(seed, [{ op: 'SET_FOCUS', focus: sharesFor({ ...four, business: 40 }) }])).toEqual([
        { code: 'FOCUS_MISSING_CATEGORY', path: 'changes[0].focus' },
      ]);
      const twice = [
        ...sharesFor({ ...four, business: 30 }),
        { categoryKey: 'business', focusPercent: 10 },
        { categoryKey: 'finance', focusPercent: 0 },
      ];
      expect(issuesOf(seed, [{ op: 'SET_FOCUS', focus: twice }])).toEqual([
        { code: 'DUPLICATE_KEY', path: 'changes[0].focus[4].categoryKey' },
        { code: 'UNKNOWN_CATEGORY', path: 'changes[0].focus[5].categoryKey' },
        { code: 'FOCUS_MISSING_CATEGORY', path: 'changes[0].focus' },
      ]);
    });

    it('refuses shares that are not whole numbers from 0 to 100', () => {
      expect(issuesOf(seed, [{ op: 'SET_FOCUS', focus: sharesFor({ ...v1Focus, customer: 20.5, employee: 19.5 }) }])).toEqual([
        { code: 'FOCUS_NOT_INTEGER', path: 'changes[0].focus[0].focusPercent' },
        { code: 'FOCUS_NOT_INTEGER', path: 'changes[0].focus[1].focusPercent' },
      ]);
      expect(issuesOf(seed, [{ op: 'SET_FOCUS', focus: sharesFor({ ...v1Focus, customer: -10, business: 60 }) }])).toEqual([
        { code: 'FOCUS_OUT_OF_RANGE', path: 'changes[0].focus[0].focusPercent' },
      ]);
    });

    it('refuses a re-balance that changes nothing', () => {
      expect(issuesOf(seed, [{ op: 'SET_FOCUS', focus: sharesFor(v1Focus) }])).toEqual([{ code: 'NOOP_CHANGE', path: 'changes[0]' }]);
    });

    it('applies any valid set of shares, and the diff lists exactly the shares that moved', () => {
      fc.assert(
        fc.property(
          documentArb.chain((doc) => fc.tuple(fc.constant(doc), sharesArb(doc.categories.length))),
          ([doc, shares]) => {
            const focus = doc.categories.map((c, i) => ({ categoryKey: c.key, focusPercent: shares[i] ?? 0 }));
            const result = applyChanges(doc, [{ op: 'SET_FOCUS', focus }]);
            const moved = focus.filter((share) => findCategory(doc, share.categoryKey)?.focusPercent !== share.focusPercent);
            if (moved.length === 0) {
              expect(result.ok).toBe(false);
              return;
            }
            const after = okDocument(result);
            const diffed = diffDocuments(doc, after).focus;
            expect(Object.fromEntries(diffed.map((f) => [f.categoryKey, f.after]))).toEqual(
              Object.fromEntries(moved.map((share) => [share.categoryKey, share.focusPercent])),
            );
            expect(diffed).toHaveLength(moved.length);
          },
        ),
        RUNS,
      );
    });
  });

  describe('a change set', () => {
    it('applies in order, each change seeing the ones before', () => {
      const changes: Change[] = [
        { op: 'ADD_CATEGORY', category: { key: 'customer-success', name: 'Customer Success', description: 'Outcomes.' } },
        { op: 'ADD_MEASURE', measure: { ...netArrMeasure, categoryKey: 'customer-success' } },
        { op: 'SET_FOCUS', focus: sharesFor({ ...v1Focus, business: 20, 'customer-success': 10 }) },
        { op: 'UPDATE_MEASURE', measureKey: 'net-annual-recurring-revenue', patch: { status: 'ACTIVE' } },
      ];
      const result = applyChanges(seed, changes);
      expect(result).toMatchObject({ ok: true, applied: [0, 1, 2, 3] });
      const doc = okDocument(result);
      expect(measure(doc, 'net-annual-recurring-revenue')).toMatchObject({ categoryKey: 'customer-success', status: 'ACTIVE' });
      expect(findCategory(doc, 'customer-success')?.focusPercent).toBe(10);
    });

    it('skips invalid changes, applies the rest and returns the partial document', () => {
      const changes: Change[] = [
        updateSmile('Clearer.'),
        { op: 'RETIRE_MEASURE', measureKey: 'no-such-measure', reason: 'Gone.' },
        { op: 'MOVE_MEASURE', measureKey: 'self-service-success', categoryKey: 'knowledge' },
      ];
      const result = applyChanges(seed, changes);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.applied).toEqual([0, 2]);
      expect(result.conflicts).toEqual([]);
      expect(result.issues.map((i) => i.path)).toEqual(['changes[1].measureKey']);
      expect(measure(result.document, 'time-to-smile').definition).toBe('Clearer.');
      expect(measure(result.document, 'self-service-success').categoryKey).toBe('knowledge');
    });

    it('applies nothing from an empty change set', () => {
      expect(applyChanges(seed, [])).toEqual({ ok: true, document: seed, applied: [] });
    });

    it('re-validates the whole document', () => {
      const broken = { ...seed, categories: seed.categories.map((c) => (c.key === 'customer' ? { ...c, focusPercent: 25 } : c)) };
      const result = applyChanges(broken, [updateSmile('Clearer.')]);
      expect(failure(result).issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'FOCUS_SUM_NOT_100', path: 'categories' }]);
    });

    it('never modifies its inputs and returns a document that shares nothing with them', () => {
      const changes = deepFreeze<Change[]>([
        { op: 'ADD_MEASURE', measure: netArrMeasure },
        { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { aliases: ['TTS'] } },
        { op: 'UPDATE_CATEGORY', categoryKey: 'acceleration', patch: { position: 1 } },
      ]);
      const before = structuredClone(seed);
      const doc = okDocument(applyChanges(seed, changes));
      expect(seed).toEqual(before);
      const smile = measure(doc, 'time-to-smile');
      smile.aliases.push('changed');
      measure(doc, 'net-annual-recurring-revenue').aliases.push('changed');
      expect(netArrMeasure.aliases).toEqual(['Net ARR']);
      expect(doc.measures.every((m, i) => m !== seed.measures[i])).toBe(true);
      expect(doc.categories.every((c) => !seed.categories.includes(c))).toBe(true);
    });

    it('turns any valid document into a valid one, whatever the changes, without touching the inputs', () => {
      fc.assert(
        fc.property(
          documentWithLiveMeasureArb.chain((doc) => fc.tuple(fc.constant(doc), fc.array(changeArb(doc), { maxLength: 6 }))),
          ([doc, changes]) => {
            const snapshot = structuredClone({ doc, changes });
            deepFreeze(doc);
            deepFreeze(changes);
            const result = applyChanges(doc, changes);
            expect({ doc, changes }).toEqual(snapshot);
            expect(validateDocument(result.document)).toEqual([]);
            if (result.ok) {
              expect(result.applied).toEqual(changes.map((_, i) => i));
            } else {
              expect(result.issues.length).toBeGreaterThan(0);
              const rejected = new Set(result.issues.map((i) => Number(/^changes\[(\d+)\]/.exec(i.path)?.[1])));
              expect(changes.map((_, i) => i).filter((i) => !rejected.has(i))).toEqual(result.applied);
            }
          },
        ),
        { numRuns: 150 },
      );
    });

    it('retires any live measure, and the diff and the bump agree', () => {
      fc.assert(
        fc.property(documentWithLiveMeasureArb, fc.nat(), (doc, pick) => {
          const live = doc.measures.filter((m) => m.status !== 'RETIRED');
          const target = live[pick % live.length];
          if (!target) return;
          const after = okDocument(applyChanges(doc, [{ op: 'RETIRE_MEASURE', measureKey: target.key, reason: 'Superseded.' }]));
          const diff = diffDocuments(doc, after);
          expect(diff.measures.retired.map((m) => m.key)).toEqual([target.key]);
          expect(isEmptyDiff({ ...diff, measures: { ...diff.measures, retired: [] } })).toBe(true);
          expect(requiredBump(doc, after)).toBe('MAJOR');
        }),
        RUNS,
      );
    });

    it('reports a fresh key generated for ADD_MEASURE as unknown to UPDATE_MEASURE', () => {
      fc.assert(
        fc.property(documentArb, keyArb, (doc, key) => {
          fc.pre(!findMeasure(doc, key));
          expect(issuesOf(doc, [{ op: 'UPDATE_MEASURE', measureKey: key, patch: { name: 'X' } }])).toEqual([
            { code: 'UNKNOWN_MEASURE', path: 'changes[0].measureKey' },
          ]);
        }),
        RUNS,
      );
    });
  });

  describe('with a base (merging)', () => {
    const edited = (doc: FrameworkDocument, changes: Change[]): FrameworkDocument => deepFreeze(okDocument(applyChanges(doc, changes)));

    it('reports a conflict when someone else changed a field the change sets, and still applies the rest', () => {
      const current = edited(seed, [updateSmile('Their definition.')]);
      const changes: Change[] = [
        updateSmile('My definition.'),
        { op: 'UPDATE_MEASURE', measureKey: 'time-to-proficiency', patch: { unit: 'weeks' } },
      ];
      const result = applyChanges(current, changes, { base: seed });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.conflicts).toEqual([
        {
          changeIndex: 0,
          path: 'measures.time-to-smile.definition',
          base: measure(seed, 'time-to-smile').definition,
          current: 'Their definition.',
          proposed: 'My definition.',
        },
      ]);
      expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'CONFLICT', path: 'changes[0].patch.definition' }]);
      expect(result.applied).toEqual([1]);
      expect(measure(result.document, 'time-to-smile').definition).toBe('Their definition.');
      expect(measure(result.document, 'time-to-proficiency').unit).toBe('weeks');
    });

    it('is no conflict when the same edit was made elsewhere', () => {
      const current = edited(seed, [updateSmile('Agreed definition.')]);
      const result = applyChanges(current, [updateSmile('Agreed definition.')], { base: seed });
      expect(result).toEqual({ ok: true, document: current, applied: [0] });
    });

    it('is no conflict when someone else changed other fields', () => {
      const current = edited(seed, [{ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { unit: 'hours' } }]);
      const doc = okDocument(applyChanges(current, [updateSmile('Mine.')], { base: seed }));
      expect(measure(doc, 'time-to-smile')).toMatchObject({ unit: 'hours', definition: 'Mine.' });
    });

    it('is a conflict to update or move a measure retired since', () => {
      const current = edited(seed, [{ op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'Folded into Time to Customer Value.' }]);
      const changes: Change[] = [updateSmile('Mine.'), { op: 'MOVE_MEASURE', measureKey: 'time-to-smile', categoryKey: 'customer' }];
      const result = applyChanges(current, changes, { base: seed });
      expect(failure(result).conflicts).toEqual([
        { changeIndex: 0, path: 'measures.time-to-smile.status', base: 'EMERGING', current: 'RETIRED', proposed: 'EMERGING' },
        { changeIndex: 1, path: 'measures.time-to-smile.status', base: 'EMERGING', current: 'RETIRED', proposed: 'EMERGING' },
      ]);
    });

    it('counts a retirement made elsewhere as in place', () => {
      const retire: Change = { op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'Superseded.' };
      const current = edited(seed, [retire]);
      expect(applyChanges(current, [retire], { base: seed })).toEqual({ ok: true, document: current, applied: [0] });
    });

    it('reports a re-balance written against shares that changed since', () => {
      const current = edited(seed, [{ op: 'SET_FOCUS', focus: sharesFor({ ...v1Focus, knowledge: 15, acceleration: 15 }) }]);
      const mine: Change = { op: 'SET_FOCUS', focus: sharesFor({ ...v1Focus, customer: 25, business: 25 }) };
      const result = applyChanges(current, [mine], { base: seed });
      expect(failure(result).conflicts.map(({ path, base, current: now, proposed }) => ({ path, base, now, proposed }))).toEqual([
        { path: 'categories.knowledge.focusPercent', base: 20, now: 15, proposed: 20 },
        { path: 'categories.acceleration.focusPercent', base: 10, now: 15, proposed: 10 },
      ]);
    });

    it('reports a re-balance that misses a category added since', () => {
      const current = edited(seed, [
        { op: 'ADD_CATEGORY', category: { key: 'customer-success', name: 'Customer Success', description: 'Outcomes.' } },
      ]);
      const mine: Change = { op: 'SET_FOCUS', focus: sharesFor({ ...v1Focus, customer: 25, business: 25 }) };
      const result = applyChanges(current, [mine], { base: seed });
      expect(failure(result).conflicts).toEqual([
        { changeIndex: 0, path: 'categories.customer-success.focusPercent', base: undefined, current: 0, proposed: undefined },
      ]);
      expect(failure(result).issues.map((i) => i.path)).toEqual(['changes[0].focus']);
    });

    it('reports a measure added under the same key since, unless it is the same measure', () => {
      const theirs = edited(seed, [{ op: 'ADD_MEASURE', measure: { ...netArrMeasure, definition: 'Theirs.' } }]);
      const result = applyChanges(theirs, [{ op: 'ADD_MEASURE', measure: netArrMeasure }], { base: seed });
      expect(failure(result).conflicts.map((c) => c.path)).toEqual(['measures.net-annual-recurring-revenue']);
      const same = edited(seed, [{ op: 'ADD_MEASURE', measure: netArrMeasure }]);
      expect(applyChanges(same, [{ op: 'ADD_MEASURE', measure: netArrMeasure }], { base: seed }).ok).toBe(true);
    });

    it('tracks the base through the change set, so later changes may build on earlier ones', () => {
      const current = edited(seed, [updateSmile('Theirs.')]);
      const changes: Change[] = [
        { op: 'ADD_CATEGORY', category: { key: 'customer-success', name: 'Customer Success', description: 'Outcomes.' } },
        { op: 'ADD_MEASURE', measure: { ...netArrMeasure, categoryKey: 'customer-success' } },
        { op: 'UPDATE_MEASURE', measureKey: 'net-annual-recurring-revenue', patch: { unit: 'EUR per year' } },
      ];
      expect(applyChanges(current, changes, { base: seed })).toMatchObject({ ok: true, applied: [0, 1, 2] });
    });

    it('reports no conflict and a duplicate key without a base', () => {
      const theirs = edited(seed, [{ op: 'ADD_MEASURE', measure: { ...netArrMeasure, definition: 'Theirs.' } }]);
      const result = applyChanges(theirs, [{ op: 'ADD_MEASURE', measure: netArrMeasure }]);
      expect([failure(result).conflicts, failure(result).issues.map((i) => i.code)]).toEqual([[], ['DUPLICATE_KEY']]);
    });

    it('merges against an unchanged draft exactly like a plain apply', () => {
      fc.assert(
        fc.property(
          documentWithLiveMeasureArb.chain((doc) => fc.tuple(fc.constant(doc), fc.array(changeArb(doc), { maxLength: 5 }))),
          ([doc, changes]) => {
            expect(applyChanges(doc, changes, { base: doc })).toEqual(applyChanges(doc, changes));
          },
        ),
        RUNS,
      );
    });
  });
});

describe('validateChanges', () => {
  it('returns no issues for a change set that applies', () => {
    expect(validateChanges(seed, [{ op: 'ADD_MEASURE', measure: netArrMeasure }])).toEqual([]);
  });

  it('reports conflicts when given a base', () => {
    const current = okDocument(applyChanges(seed, [updateSmile('Theirs.')]));
    expect(issuesOf(current, [updateSmile('Mine.')], seed)).toEqual([{ code: 'CONFLICT', path: 'changes[0].patch.definition' }]);
  });
});
