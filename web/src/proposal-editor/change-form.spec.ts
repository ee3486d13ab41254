import { type Change, ocmfV1Document, validateChanges } from '@ocmf/standard';
import {
  buildChanges,
  type ChangeDraft,
  draftFromChange,
  emptyChange,
  focusEntries,
  parseAliases,
  parseNumber,
  pickableMeasures,
  toChange,
  toChangeInput,
} from './change-form';

const doc = ocmfV1Document;

const addMeasure = (uid = 1): ChangeDraft => ({
  uid,
  op: 'ADD_MEASURE',
  reason: '  ',
  keyEdited: false,
  measure: {
    key: 'first-contact-resolution',
    name: ' First Contact Resolution ',
    categoryKey: 'customer',
    audience: 'MANAGER',
    definition: 'Share of issues resolved at first contact.',
    formula: '',
    unit: '%',
    direction: 'HIGHER_IS_BETTER',
    status: 'EMERGING',
    aliases: 'FCR, first-call resolution\n\n One-touch ',
    notes: '',
  },
});

describe('reading typed text', () => {
  it('splits aliases on commas and lines, dropping blanks', () => {
    expect(parseAliases('FCR, first-call resolution\n\n One-touch ')).toEqual(['FCR', 'first-call resolution', 'One-touch']);
    expect(parseAliases('  ')).toEqual([]);
  });

  it('reads numbers, and NaN for anything else so validation reports it', () => {
    expect(parseNumber(' 25 ')).toBe(25);
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('1e2')).toBeNaN();
    expect(parseNumber('ten')).toBeNaN();
  });
});

describe('toChange', () => {
  it('builds a new measure, trimmed, with empty optional fields as null and no blank reason', () => {
    expect(toChange(addMeasure(), doc)).toEqual({
      op: 'ADD_MEASURE',
      measure: {
        key: 'first-contact-resolution',
        name: 'First Contact Resolution',
        categoryKey: 'customer',
        audience: 'MANAGER',
        definition: 'Share of issues resolved at first contact.',
        formula: null,
        unit: '%',
        direction: 'HIGHER_IS_BETTER',
        status: 'EMERGING',
        aliases: ['FCR', 'first-call resolution', 'One-touch'],
        notes: null,
      },
    });
  });

  it('patches only the fields chosen; an emptied formula clears it', () => {
    const draft: ChangeDraft = {
      uid: 1,
      op: 'UPDATE_MEASURE',
      reason: 'Clearer',
      measureKey: 'time-to-smile',
      patch: { definition: 'New words. ', formula: ' ', aliases: 'TTS' },
    };
    expect(toChange(draft, doc)).toEqual({
      op: 'UPDATE_MEASURE',
      measureKey: 'time-to-smile',
      patch: { definition: 'New words.', formula: null, aliases: ['TTS'] },
      reason: 'Clearer',
    });
  });

  it('carries a retirement’s replacement through to the API, and back into the form', () => {
    const draft = {
      uid: 1,
      op: 'RETIRE_MEASURE' as const,
      measureKey: 'time-to-smile',
      replacedBy: 'customer-engagement-score',
      reason: 'Merged.',
    };
    const change = toChange(draft, doc);
    expect(change).toEqual({
      op: 'RETIRE_MEASURE',
      measureKey: 'time-to-smile',
      replacedBy: 'customer-engagement-score',
      reason: 'Merged.',
    });
    expect(toChangeInput(change)).toMatchObject({ replacedBy: 'customer-engagement-score' });
    expect(toChange({ ...draft, replacedBy: '' }, doc)).not.toHaveProperty('replacedBy');
  });

  it('keeps an empty retirement reason, so that validation points at it', () => {
    const change = toChange({ uid: 1, op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', replacedBy: '', reason: ' ' }, doc);
    expect(change).toEqual({ op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: '' });
    expect(validateChanges(doc, [change]).map((issue) => issue.path)).toEqual(['changes[0].reason']);
  });

  it('lists every category in a re-balance, current shares for those not typed', () => {
    const change = toChange({ uid: 1, op: 'SET_FOCUS', reason: '', shares: { customer: '25', business: '' } }, doc);
    expect(change).toEqual({
      op: 'SET_FOCUS',
      focus: [
        { categoryKey: 'customer', focusPercent: 25 },
        { categoryKey: 'employee', focusPercent: 20 },
        { categoryKey: 'business', focusPercent: Number.NaN },
        { categoryKey: 'knowledge', focusPercent: 20 },
        { categoryKey: 'acceleration', focusPercent: 10 },
      ],
    });
  });

  it('places a new category only when a position is typed', () => {
    const draft = emptyChange('ADD_CATEGORY', 1);
    if (draft.op !== 'ADD_CATEGORY') throw new Error('unexpected op');
    const category = { key: 'community', name: 'Community', description: 'Customers helping customers.', position: '' };
    expect(toChange({ ...draft, category }, doc)).toEqual({
      op: 'ADD_CATEGORY',
      category: { key: 'community', name: 'Community', description: 'Customers helping customers.' },
    });
    expect(toChange({ ...draft, category: { ...category, position: '2' } }, doc)).toMatchObject({ category: { position: 2 } });
  });
});

describe('buildChanges', () => {
  it('gives each change the document the earlier ones leave', () => {
    const addCategory: ChangeDraft = {
      uid: 1,
      op: 'ADD_CATEGORY',
      reason: '',
      keyEdited: false,
      category: { key: 'community', name: 'Community', description: 'Customers helping customers.', position: '' },
    };
    const focus: ChangeDraft = { uid: 2, op: 'SET_FOCUS', reason: '', shares: { business: '25', community: '5' } };
    const built = buildChanges(doc, [addCategory, focus]);
    expect(built.before[0]).toBe(doc);
    expect(built.before[1]?.categories.map((c) => c.key)).toContain('community');
    const setFocus = built.changes[1] as Extract<Change, { op: 'SET_FOCUS' }>;
    expect(setFocus.focus.map((share) => `${share.categoryKey}=${share.focusPercent}`)).toEqual([
      'customer=20',
      'employee=20',
      'business=25',
      'knowledge=20',
      'acceleration=10',
      'community=5',
    ]);
    expect(validateChanges(doc, built.changes)).toEqual([]);
  });

  it('skips an invalid change for the ones after it, as applying does', () => {
    const valid = addMeasure(1);
    if (valid.op !== 'ADD_MEASURE') throw new Error('unexpected op');
    const broken: ChangeDraft = { ...valid, measure: { ...valid.measure, name: '' } };
    const built = buildChanges(doc, [broken, emptyChange('SET_FOCUS', 2)]);
    expect(built.before[1]).toEqual(doc);
  });
});

describe('toChangeInput', () => {
  it('names a category patch categoryPatch, as the API does', () => {
    expect(toChangeInput({ op: 'UPDATE_CATEGORY', categoryKey: 'customer', patch: { name: 'Customers' } })).toEqual({
      op: 'UPDATE_CATEGORY',
      reason: null,
      categoryKey: 'customer',
      categoryPatch: { name: 'Customers' },
    });
  });

  it('sends a new measure with every optional field spelled out', () => {
    const input = toChangeInput(toChange(addMeasure(), doc));
    expect(input.measure).toMatchObject({ formula: null, notes: null, aliases: ['FCR', 'first-call resolution', 'One-touch'] });
    expect(input.reason).toBeNull();
  });

  it('keeps null in a patch, which clears the field', () => {
    expect(toChangeInput({ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { notes: null } }).patch).toEqual({ notes: null });
  });
});

describe('draftFromChange', () => {
  it.each<Change>([
    toChange(addMeasure(), doc),
    {
      op: 'UPDATE_MEASURE',
      measureKey: 'time-to-smile',
      patch: { name: 'Time to Delight', formula: null, aliases: ['TTD', 'Delight'] },
      reason: 'Warmer',
    },
    { op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'Hard to measure' },
    { op: 'MOVE_MEASURE', measureKey: 'time-to-smile', categoryKey: 'employee' },
    { op: 'ADD_CATEGORY', category: { key: 'community', name: 'Community', description: 'Helping.', position: 3 } },
    { op: 'UPDATE_CATEGORY', categoryKey: 'customer', patch: { description: 'Customers.', position: 2 } },
    {
      op: 'SET_FOCUS',
      focus: [
        { categoryKey: 'customer', focusPercent: 25 },
        { categoryKey: 'employee', focusPercent: 15 },
        { categoryKey: 'business', focusPercent: 30 },
        { categoryKey: 'knowledge', focusPercent: 20 },
        { categoryKey: 'acceleration', focusPercent: 10 },
      ],
    },
  ])('turns a saved $op change back into the same change', (change) => {
    expect(toChange(draftFromChange(change, 7), doc)).toEqual(change);
  });
});

describe('focusEntries and pickableMeasures', () => {
  it('lists categories in display order with the text to show', () => {
    expect(focusEntries(doc, { customer: '30' }).map((entry) => entry.text)).toEqual(['30', '20', '30', '20', '10']);
  });

  it('offers measures that are not retired, named with their category', () => {
    const options = pickableMeasures(doc);
    expect(options).toContainEqual({ value: 'time-to-smile', label: expect.stringMatching(/^Time to Smile \(/) });
    const retired = { ...doc, measures: doc.measures.map((m) => (m.key === 'time-to-smile' ? { ...m, status: 'RETIRED' as const } : m)) };
    expect(pickableMeasures(retired).map((o) => o.value)).not.toContain('time-to-smile');
  });
});
