import { ocmfV1Document } from '@ocmf/standard';
import { changesFromInput, changesToType } from './change-mapping.js';
import type { ChangeInput } from './change.types.js';

describe('changesFromInput', () => {
  it('maps a category patch to the model’s patch and defaults a new measure to ACTIVE', () => {
    const result = changesFromInput([
      { op: 'UPDATE_CATEGORY', categoryKey: 'business', categoryPatch: { name: 'Business outcomes' }, patch: null },
      {
        op: 'ADD_MEASURE',
        measure: {
          key: 'x-y',
          name: 'X Y',
          categoryKey: 'customer',
          audience: 'MANAGER',
          definition: 'd',
          unit: 'u',
          direction: 'TARGET',
          status: null,
        },
      },
    ] as ChangeInput[]);
    expect(result).toEqual({
      changes: [
        { op: 'UPDATE_CATEGORY', categoryKey: 'business', patch: { name: 'Business outcomes' } },
        {
          op: 'ADD_MEASURE',
          measure: {
            key: 'x-y',
            name: 'X Y',
            categoryKey: 'customer',
            audience: 'MANAGER',
            definition: 'd',
            unit: 'u',
            direction: 'TARGET',
            status: 'ACTIVE',
          },
        },
      ],
    });
  });

  it('keeps an explicit null in a measure patch (it clears the field)', () => {
    const result = changesFromInput([{ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { notes: null } }] as ChangeInput[]);
    expect(result).toEqual({ changes: [{ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { notes: null } }] });
  });

  it('points issues into the mutation input, naming categoryPatch for a category', () => {
    const result = changesFromInput([
      { op: 'UPDATE_CATEGORY', categoryKey: 'business', categoryPatch: { name: 42 as unknown as string } },
    ] as ChangeInput[]);
    expect('issues' in result && result.issues.map((i) => i.path)).toEqual(['input.changes[0].categoryPatch.name']);
  });
});

describe('changesToType', () => {
  const changes = [
    { op: 'MOVE_MEASURE' as const, measureKey: 'time-to-smile', categoryKey: 'customer' },
    { op: 'SET_FOCUS' as const, focus: ocmfV1Document.categories.map((c) => ({ categoryKey: c.key, focusPercent: c.focusPercent })) },
  ];

  it('describes each change against the document it applies to', () => {
    expect(changesToType(changes, ocmfV1Document).map((c) => [c.op, c.kind, c.measureKey, c.categoryKey])).toEqual([
      ['MOVE_MEASURE', 'moved', 'time-to-smile', 'customer'],
      ['SET_FOCUS', 'rebalanced', null, null],
    ]);
  });
});
