import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error.js';
import { formatGraphQLError } from './graphql-errors.js';

describe('formatGraphQLError', () => {
  it('passes a domain error through with its code, message and field issues', () => {
    const domain = new DomainError('BAD_USER_INPUT', 'input.email: must be valid', [{ path: 'input.email', message: 'must be valid' }]);
    const wrapped = new GraphQLError(domain.message, { originalError: domain, path: ['signUp'] });
    expect(formatGraphQLError(wrapped.toJSON(), wrapped)).toEqual({
      message: 'input.email: must be valid',
      path: ['signUp'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'input.email', message: 'must be valid' }] },
    });
  });

  it('hides an unexpected error behind a generic message', () => {
    const crash = new GraphQLError('connection terminated: password for user x', {
      originalError: new Error('secret detail'),
      path: ['draft'],
    });
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => {});
    const formatted = formatGraphQLError(crash.toJSON(), crash);
    logged.mockRestore();
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(formatted.message).not.toContain('secret');
  });

  it('keeps GraphQL validation errors as they are', () => {
    const invalid = { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(formatGraphQLError(invalid, new GraphQLError(invalid.message))).toEqual({ ...invalid, locations: undefined, path: undefined });
  });
});
