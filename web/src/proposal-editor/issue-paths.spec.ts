import { ocmfV1Document } from '@ocmf/standard';
import { emptyChange } from './change-form';
import {
  combineIssues,
  emptyChoiceIssues,
  fieldDomId,
  fieldIdsOf,
  messagesByField,
  normalizeIssuePath,
  parentPath,
  placeIssues,
  targetOf,
  unchangedFieldIssues,
} from './issue-paths';

describe('normalizeIssuePath', () => {
  it('drops the API input prefix and reads categoryPatch as the patch', () => {
    expect(normalizeIssuePath('input.changes[1].measure.name')).toBe('changes[1].measure.name');
    expect(normalizeIssuePath('input.changes[0].categoryPatch.name')).toBe('changes[0].patch.name');
    expect(normalizeIssuePath('input.title')).toBe('title');
    expect(normalizeIssuePath('changes[0].focus')).toBe('changes[0].focus');
  });
});

describe('parentPath', () => {
  it('goes up one segment at a time', () => {
    expect(parentPath('changes[0].focus[2].focusPercent')).toBe('changes[0].focus[2]');
    expect(parentPath('changes[0].focus[2]')).toBe('changes[0].focus');
    expect(parentPath('changes[0]')).toBe('changes');
    expect(parentPath('changes')).toBeNull();
  });
});

describe('targetOf / placeIssues', () => {
  const drafts = [
    emptyChange('ADD_MEASURE', 1),
    emptyChange('SET_FOCUS', 2),
    { ...emptyChange('UPDATE_CATEGORY', 3), patch: { name: 'x' } },
  ];
  const fields = fieldIdsOf(drafts, [0, 5, 0]);

  it('finds the field, or the nearest thing holding it', () => {
    expect(targetOf('input.changes[0].measure.name', fields)).toBe('changes[0].measure.name');
    expect(targetOf('changes[0].measure.aliases[2]', fields)).toBe('changes[0].measure.aliases');
    expect(targetOf('changes[1].focus[3].focusPercent', fields)).toBe('changes[1].focus[3]');
    expect(targetOf('changes[1].focus', fields)).toBe('changes[1].focus');
    expect(targetOf('input.changes[2].categoryPatch.name', fields)).toBe('changes[2].patch.name');
    expect(targetOf('changes[2].patch.position', fields)).toBe('changes[2].patch');
    expect(targetOf('changes[0]', fields)).toBe('changes[0]');
    expect(targetOf('input.title', fields)).toBe('title');
  });

  it('leaves issues about the document as a whole to the form', () => {
    expect(targetOf('categories.customer.focusPercent', fields)).toBeNull();
    expect(targetOf('number', fields)).toBeNull();
  });

  it('groups messages by field, once each', () => {
    const placed = placeIssues(
      [
        { path: 'changes[0].measure.name', message: 'Name is empty.' },
        { path: 'input.changes[0].measure.name', message: 'Name is empty.' },
        { path: 'changes[1].focus', message: 'Focus % must sum to 100; these sum to 95.' },
        { path: 'measures.x', message: 'Whole document.' },
      ],
      fields,
    );
    expect(placed[3]).toEqual({ target: null, message: 'Whole document.' });
    expect(Object.fromEntries(messagesByField(placed))).toEqual({
      'changes[0].measure.name': ['Name is empty.'],
      'changes[1].focus': ['Focus % must sum to 100; these sum to 95.'],
    });
  });
});

describe('fieldDomId', () => {
  it('makes an HTML id of a field id', () => {
    expect(fieldDomId('changes[1].measure.name')).toBe('field-changes-1-measure-name');
    expect(fieldDomId('changes[0].focus[2]')).toBe('field-changes-0-focus-2');
    expect(fieldDomId('title')).toBe('field-title');
  });
});

describe('emptyChoiceIssues / combineIssues', () => {
  it('asks for empty choices and replaces the model issue at the same path', () => {
    const own = emptyChoiceIssues([emptyChange('RETIRE_MEASURE', 1)]);
    expect(own).toEqual([{ path: 'changes[0].measureKey', message: 'Choose a measure.' }]);
    const model = [
      { path: 'changes[0].measureKey', message: 'There is no measure with key "".' },
      { path: 'changes[0].reason', message: 'The reason of a retirement must not be empty.' },
    ];
    expect(combineIssues(own, model).map((issue) => issue.message)).toEqual([
      'Choose a measure.',
      'The reason of a retirement must not be empty.',
    ]);
  });
});

describe('unchangedFieldIssues', () => {
  it('asks to change or untick fields ticked but left as they are', () => {
    const issues = unchangedFieldIssues(
      [
        {
          uid: 1,
          op: 'UPDATE_MEASURE',
          reason: '',
          measureKey: 'time-to-smile',
          patch: { name: 'Time to Smile ', unit: 'hours', audience: 'MANAGER' },
        },
        { uid: 2, op: 'UPDATE_CATEGORY', reason: '', categoryKey: 'customer', patch: { position: '1', name: 'Customers' } },
        emptyChange('SET_FOCUS', 3),
      ],
      [ocmfV1Document, ocmfV1Document, ocmfV1Document],
    );
    expect(issues).toEqual([
      { path: 'changes[0].patch.name', message: 'Unchanged: give a new value, or untick “Change name”.' },
      { path: 'changes[0].patch.audience', message: 'Unchanged: give a new value, or untick “Change suggested for”.' },
      { path: 'changes[1].patch.position', message: 'Unchanged: give a new value, or untick “Change position”.' },
    ]);
  });

  it('compares aliases as lists', () => {
    const measure = ocmfV1Document.measures.find((m) => m.key === 'time-to-smile')!;
    const issues = unchangedFieldIssues(
      [{ uid: 1, op: 'UPDATE_MEASURE', reason: '', measureKey: measure.key, patch: { aliases: measure.aliases.join(', ') } }],
      [ocmfV1Document],
    );
    expect(issues.map((issue) => issue.path)).toEqual(['changes[0].patch.aliases']);
  });
});
