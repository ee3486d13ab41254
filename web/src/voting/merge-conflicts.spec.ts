import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { mergeConflictsOf } from './merge-conflicts';

const failure = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'The proposal no longer applies cleanly', extensions }] });

describe('mergeConflictsOf', () => {
  it('reads the conflicting fields of a MERGE_CONFLICT', () => {
    const error = failure({
      code: 'MERGE_CONFLICT',
      conflicts: [{ changeIndex: 0, path: 'measures.time-to-smile.notes', base: 'a', current: 'b', proposed: 'c' }, { nonsense: true }],
    });
    expect(mergeConflictsOf(error)).toEqual([{ path: 'measures.time-to-smile.notes', base: 'a', current: 'b', proposed: 'c' }]);
  });

  it('is empty for other errors', () => {
    expect(mergeConflictsOf(failure({ code: 'INVALID_STATE' }))).toEqual([]);
    expect(mergeConflictsOf(new Error('offline'))).toEqual([]);
  });
});
