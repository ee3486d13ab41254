import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { saveFailure } from './server-errors';

const failure = (code: string, message: string, issues?: { path: string; message: string }[]) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code, ...(issues ? { issues } : {}) } }] });

describe('saveFailure', () => {
  it('phrases input issues as sentences and keeps their paths', () => {
    const result = saveFailure(
      failure('BAD_USER_INPUT', 'input.title: must be at least 5 characters', [
        { path: 'input.title', message: 'must be at least 5 characters' },
      ]),
    );
    expect(result).toEqual({ issues: [{ path: 'input.title', message: 'The title must be at least 5 characters.' }], message: null });
  });

  it('passes on the model’s messages about changes as they are', () => {
    const result = saveFailure(
      failure('INVALID_CHANGES', 'x', [
        { path: 'input.changes[1].measure.name', message: 'The name of the new measure must not be empty.' },
      ]),
    );
    expect(result.issues).toEqual([{ path: 'input.changes[1].measure.name', message: 'The name of the new measure must not be empty.' }]);
    expect(result.message).toBeNull();
  });

  it('explains failures that are not about fields', () => {
    expect(saveFailure(failure('INVALID_STATE', 'A proposal in VOTING cannot be edited.'))).toEqual({
      issues: [],
      message: 'A proposal in VOTING cannot be edited.',
    });
    expect(saveFailure(new TypeError('Failed to fetch')).message).toMatch(/could not reach/);
  });
});
