import type { Change } from './changes.js';
import { changeKind, describeChange, describeChanges } from './describe-change.js';
import { netArrMeasure, ocmfV1Document } from './seed/ocmf-v1.js';

const seed = ocmfV1Document;

describe('describeChange', () => {
  it.each<[Change, string]>([
    [{ op: 'ADD_MEASURE', measure: netArrMeasure }, 'Add measure Net Annual Recurring Revenue to Business'],
    [
      { op: 'RETIRE_MEASURE', measureKey: 'employee-satisfaction', reason: 'Folded into Employee Engagement. ' },
      'Retire Employee Satisfaction: Folded into Employee Engagement.',
    ],
    [
      { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { definition: 'x', unit: 'hours' } },
      'Update Time to Smile: definition, unit',
    ],
    [
      { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { name: 'Time to Happy' } },
      'Update Time to Smile (renamed Time to Happy): name',
    ],
    [
      { op: 'MOVE_MEASURE', measureKey: 'self-service-success', categoryKey: 'knowledge' },
      'Move Self-Service Success from Customer to Knowledge/Collaboration',
    ],
    [
      { op: 'ADD_CATEGORY', category: { key: 'customer-success', name: 'Customer Success', description: 'd' } },
      'Add category Customer Success',
    ],
    [
      { op: 'UPDATE_CATEGORY', categoryKey: 'knowledge', patch: { description: 'd', position: 1 } },
      'Update category Knowledge/Collaboration: description, position',
    ],
    [
      {
        op: 'SET_FOCUS',
        focus: [
          { categoryKey: 'customer', focusPercent: 25 },
          { categoryKey: 'employee', focusPercent: 20 },
          { categoryKey: 'business', focusPercent: 25 },
          { categoryKey: 'knowledge', focusPercent: 20 },
          { categoryKey: 'acceleration', focusPercent: 10 },
        ],
      },
      'Re-balance Focus %: Customer 20→25, Business 30→25',
    ],
  ])('describes %j', (change, text) => {
    expect(describeChange(seed, change)).toBe(text);
  });

  it('falls back to keys the document does not know', () => {
    expect(describeChange(seed, { op: 'MOVE_MEASURE', measureKey: 'ghost', categoryKey: 'nowhere' })).toBe('Move ghost to nowhere');
  });
});

describe('describeChanges', () => {
  it('names things as the earlier changes left them', () => {
    const changes: Change[] = [
      { op: 'ADD_CATEGORY', category: { key: 'customer-success', name: 'Customer Success', description: 'd' } },
      { op: 'ADD_MEASURE', measure: { ...netArrMeasure, categoryKey: 'customer-success' } },
      { op: 'UPDATE_MEASURE', measureKey: 'net-annual-recurring-revenue', patch: { status: 'ACTIVE' } },
    ];
    expect(describeChanges(seed, changes)).toEqual([
      'Add category Customer Success',
      'Add measure Net Annual Recurring Revenue to Customer Success',
      'Update Net Annual Recurring Revenue: status',
    ]);
  });
});

describe('changeKind', () => {
  it.each<[Change['op'], string]>([
    ['ADD_MEASURE', 'added'],
    ['ADD_CATEGORY', 'added'],
    ['UPDATE_MEASURE', 'changed'],
    ['UPDATE_CATEGORY', 'changed'],
    ['RETIRE_MEASURE', 'retired'],
    ['MOVE_MEASURE', 'moved'],
    ['SET_FOCUS', 'rebalanced'],
  ])('calls %s %s', (op, kind) => {
    expect(changeKind({ op } as Change)).toBe(kind);
  });
});
