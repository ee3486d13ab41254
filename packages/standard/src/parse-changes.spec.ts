import fc from 'fast-check';
import type { Change } from './changes.js';
import type { ValidationIssue } from './errors.js';
import { parseChanges } from './parse-changes.js';
import { netArrMeasure, ocmfV1Document } from './seed/ocmf-v1.js';
import { changeArb, documentWithLiveMeasureArb } from './testing/document-arbitrary.js';

const issuesOf = (input: unknown): { code: string; path: string }[] => {
  const result = parseChanges(input);
  if (!('issues' in result)) throw new Error('expected issues');
  return result.issues.map(({ code, path }: ValidationIssue) => ({ code, path }));
};

const changesOf = (input: unknown): Change[] => {
  const result = parseChanges(input);
  if (!('changes' in result)) throw new Error(`expected changes, got ${JSON.stringify(result.issues)}`);
  return result.changes;
};

const every: Change[] = [
  { op: 'ADD_MEASURE', measure: netArrMeasure, reason: 'Customer Success was left out of v1.' },
  { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { definition: 'Sharper.', formula: null } },
  { op: 'RETIRE_MEASURE', measureKey: 'employee-satisfaction', reason: 'Folded into engagement.' },
  { op: 'MOVE_MEASURE', measureKey: 'self-service-success', categoryKey: 'knowledge', reason: null },
  { op: 'ADD_CATEGORY', category: { key: 'customer-success', name: 'Customer Success', description: 'Outcomes.', position: 2 } },
  { op: 'UPDATE_CATEGORY', categoryKey: 'business', patch: { name: 'Business Outcomes' } },
  {
    op: 'SET_FOCUS',
    focus: ocmfV1Document.categories.map((c) => ({ categoryKey: c.key, focusPercent: c.focusPercent })),
  },
];

describe('parseChanges', () => {
  it('accepts well-formed changes of every op, as a list or under "changes"', () => {
    const json: unknown = JSON.parse(JSON.stringify(every));
    expect(changesOf(json)).toEqual(every);
    expect(changesOf({ changes: json })).toEqual(every);
  });

  it('round-trips any typed change through JSON', () => {
    fc.assert(
      fc.property(
        documentWithLiveMeasureArb.chain((doc) => fc.array(changeArb(doc), { maxLength: 4 })),
        (changes) => {
          const json: unknown = JSON.parse(JSON.stringify(changes));
          expect(changesOf(json)).toEqual(JSON.parse(JSON.stringify(changes)));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses input that is not a list of changes', () => {
    expect(issuesOf('ADD_MEASURE')).toEqual([{ code: 'INVALID_TYPE', path: 'changes' }]);
    expect(issuesOf({ change: [] })).toEqual([{ code: 'INVALID_TYPE', path: 'changes' }]);
    expect(issuesOf([42])).toEqual([{ code: 'INVALID_TYPE', path: 'changes[0]' }]);
  });

  it('requires a known op', () => {
    expect(issuesOf([{ measureKey: 'x' }])).toEqual([{ code: 'MISSING_FIELD', path: 'changes[0].op' }]);
    expect(issuesOf([every[0], { op: 'REMOVE_CATEGORY', categoryKey: 'customer' }])).toEqual([
      { code: 'INVALID_ENUM', path: 'changes[1].op' },
    ]);
  });

  it('reports each missing required field by path', () => {
    expect(issuesOf([{ op: 'RETIRE_MEASURE', measureKey: 'time-to-smile' }])).toEqual([
      { code: 'MISSING_FIELD', path: 'changes[0].reason' },
    ]);
    expect(issuesOf([{ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile' }])).toEqual([
      { code: 'MISSING_FIELD', path: 'changes[0].patch' },
    ]);
    const { definition: _definition, unit: _unit, ...partial } = netArrMeasure;
    expect(issuesOf([{ op: 'ADD_MEASURE', measure: partial }])).toEqual([
      { code: 'MISSING_FIELD', path: 'changes[0].measure.definition' },
      { code: 'MISSING_FIELD', path: 'changes[0].measure.unit' },
    ]);
  });

  it('reports wrong types by path', () => {
    expect(
      issuesOf([
        { op: 'UPDATE_MEASURE', measureKey: 7, patch: { name: ['x'], aliases: ['ok', 3] } },
        { op: 'SET_FOCUS', focus: [{ categoryKey: 'customer', focusPercent: '20' }] },
        { op: 'ADD_CATEGORY', category: 'customer-success' },
      ]),
    ).toEqual([
      { code: 'INVALID_TYPE', path: 'changes[0].measureKey' },
      { code: 'INVALID_TYPE', path: 'changes[0].patch.name' },
      { code: 'INVALID_TYPE', path: 'changes[0].patch.aliases' },
      { code: 'INVALID_TYPE', path: 'changes[1].focus[0].focusPercent' },
      { code: 'INVALID_TYPE', path: 'changes[2].category' },
    ]);
  });

  it('refuses enum values it does not know, and RETIRED as a status a change may set', () => {
    const result = parseChanges([
      { op: 'ADD_MEASURE', measure: { ...netArrMeasure, audience: 'BOARD' } },
      { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { status: 'RETIRED' } },
    ]);
    expect('issues' in result && result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'INVALID_ENUM', path: 'changes[0].measure.audience' },
      { code: 'INVALID_ENUM', path: 'changes[1].patch.status' },
    ]);
    expect('issues' in result && result.issues[1]?.message).toContain('RETIRE_MEASURE');
  });

  it('refuses fields an op does not take, but tolerates them as null', () => {
    expect(issuesOf([{ op: 'MOVE_MEASURE', measureKey: 'time-to-smile', categoryKey: 'customer', patch: { name: 'x' } }])).toEqual([
      { code: 'UNEXPECTED_FIELD', path: 'changes[0].patch' },
    ]);
    expect(issuesOf([{ op: 'UPDATE_CATEGORY', categoryKey: 'customer', patch: { focusPercent: 30 } }])).toEqual([
      { code: 'UNEXPECTED_FIELD', path: 'changes[0].patch.focusPercent' },
    ]);
    const generic = {
      op: 'MOVE_MEASURE',
      measureKey: 'time-to-smile',
      categoryKey: 'customer',
      measure: null,
      patch: null,
      category: null,
      focus: null,
      reason: null,
    };
    expect(changesOf([generic])).toEqual([{ op: 'MOVE_MEASURE', measureKey: 'time-to-smile', categoryKey: 'customer', reason: null }]);
  });

  it('keeps null where it is a value and drops it where it means "not given"', () => {
    const [change] = changesOf([
      { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { name: null, formula: null, notes: null, aliases: null } },
    ]);
    expect(change).toEqual({ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { formula: null, notes: null } });
    const [added] = changesOf([{ op: 'ADD_CATEGORY', category: { key: 'x', name: 'X', description: 'D', position: null } }]);
    expect(added).toEqual({ op: 'ADD_CATEGORY', category: { key: 'x', name: 'X', description: 'D' } });
  });

  it('leaves judging values to validateChanges', () => {
    expect(changesOf([{ op: 'ADD_CATEGORY', category: { key: 'Not A Key', name: '', description: ' ' } }])).toHaveLength(1);
  });

  it('does not share arrays with its input', () => {
    const input = [{ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { aliases: ['A'] } }];
    const [change] = changesOf(input);
    expect(change?.op === 'UPDATE_MEASURE' && change.patch.aliases).not.toBe(input[0]?.patch.aliases);
  });
});
