import { ISSUE_CODES, issue } from './errors.js';

describe('issues', () => {
  it('has distinct, upper-snake-case codes', () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    for (const code of ISSUE_CODES) expect(code).toMatch(/^[A-Z0-9]+(_[A-Z0-9]+)*$/);
  });

  it('builds an issue from a code, a path and a message', () => {
    expect(issue('EMPTY_FIELD', 'measures.time-to-smile.name', 'The name must not be empty.')).toEqual({
      code: 'EMPTY_FIELD',
      path: 'measures.time-to-smile.name',
      message: 'The name must not be empty.',
    });
  });
});
