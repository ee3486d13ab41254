import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { Observable } from 'rxjs';
import { describeError, errorCode, fieldIssuesOf, hasErrorCode, isRequestError, toFormErrors } from './graphql-errors';

const LABELS = { email: 'Email', password: 'Password', displayName: 'Display name' };

function graphQLError(code: string, message: string, issues?: { path: string; message: string }[]) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, extensions: { code, ...(issues ? { issues } : {}) } }],
  });
}

describe('errorCode / hasErrorCode', () => {
  it('reads extensions.code of a GraphQL error', () => {
    const error = graphQLError('MEASURE_NOT_FOUND', 'There is no measure with key "nope".');
    expect(errorCode(error)).toBe('MEASURE_NOT_FOUND');
    expect(hasErrorCode(error, 'MEASURE_NOT_FOUND')).toBe(true);
    expect(hasErrorCode(error, 'RELEASE_NOT_FOUND')).toBe(false);
  });

  it('finds codes in the JSON body of a 4xx response', () => {
    const body = JSON.stringify({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] });
    const error = new ServerError('Response not successful', { response: new Response(body, { status: 400 }), bodyText: body });
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
  });

  it('knows only the codes the API declares', () => {
    expect(errorCode(graphQLError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "nope".'))).toBeNull();
    expect(errorCode(graphQLError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side.'))).toBeNull();
    // @ts-expect-error a misspelt code is a type error, and matches nothing
    expect(hasErrorCode(graphQLError('MEASURE_NOT_FOUND', 'x'), 'MEASURE_NOT_FOUNDD')).toBe(false);
  });

  it('has no code for network failures or unparseable bodies', () => {
    expect(errorCode(new TypeError('Failed to fetch'))).toBeNull();
    const error = new ServerError('Bad gateway', { response: new Response('<html>', { status: 502 }), bodyText: '<html>' });
    expect(errorCode(error)).toBeNull();
    expect(errorCode(undefined)).toBeNull();
  });
});

describe('fieldIssuesOf', () => {
  it('keeps only well-formed issues', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: 'x', extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'input.email', message: 'bad' }, { nope: 1 }, 'str'] } },
      ],
    });
    expect(fieldIssuesOf(error)).toEqual([{ path: 'input.email', message: 'bad' }]);
  });
});

describe('toFormErrors', () => {
  it('puts each input issue next to its field, as a sentence', () => {
    const error = graphQLError(
      'BAD_USER_INPUT',
      'input.email: must be a valid email address; input.password: must be at least 10 characters',
      [
        { path: 'input.email', message: 'must be a valid email address, like name@example.org' },
        { path: 'input.password', message: 'must be at least 10 characters' },
      ],
    );
    expect(toFormErrors(error, LABELS)).toEqual({
      form: 'Please correct the highlighted fields.',
      fields: {
        email: 'Email must be a valid email address, like name@example.org.',
        password: 'Password must be at least 10 characters.',
      },
    });
  });

  it('keeps the first issue per field and ignores fields the form does not have', () => {
    const error = graphQLError('BAD_USER_INPUT', 'x', [
      { path: 'input.email', message: 'is required' },
      { path: 'input.email', message: 'is too long' },
      { path: 'input.role', message: 'is not allowed' },
      { path: 'version', message: 'is odd' },
    ]);
    expect(toFormErrors(error, LABELS).fields).toEqual({ email: 'Email is required.' });
  });

  it('shows EMAIL_TAKEN both at the field and as the form message', () => {
    const error = graphQLError('EMAIL_TAKEN', 'An account with this email already exists. Sign in instead.', [
      { path: 'input.email', message: 'is already registered' },
    ]);
    expect(toFormErrors(error, LABELS)).toEqual({
      form: 'An account with this email already exists. Sign in instead.',
      fields: { email: 'Email is already registered.' },
    });
  });

  it('uses the API message for errors about the whole form', () => {
    expect(toFormErrors(graphQLError('INVALID_CREDENTIALS', 'That email and password do not match an account.'), LABELS)).toEqual({
      form: 'That email and password do not match an account.',
      fields: {},
    });
    expect(toFormErrors(graphQLError('RATE_LIMITED', 'Too many sign-in attempts. Try again in 2 minute(s).'), LABELS).form).toBe(
      'Too many sign-in attempts. Try again in 2 minute(s).',
    );
  });

  it('explains network failures politely', () => {
    expect(toFormErrors(new TypeError('Failed to fetch'), LABELS)).toEqual({
      form: 'We could not reach the OCMF Commons server. Check your connection and try again.',
      fields: {},
    });
  });
});

describe('describeError', () => {
  it('explains server failures without technical detail', () => {
    const error = new ServerError('Response not successful', { response: new Response('', { status: 503 }), bodyText: '' });
    expect(describeError(error)).toEqual({
      title: 'The server had a problem',
      message: 'The OCMF Commons server could not answer (HTTP 503). Please try again in a moment.',
    });
  });

  it('explains unreadable responses', () => {
    const error = new ServerParseError(new SyntaxError('Unexpected token'), { response: new Response('<html>'), bodyText: '<html>' });
    expect(describeError(error).title).toBe('Unexpected answer from the server');
  });

  it('passes on the API message of a GraphQL error', () => {
    expect(describeError(graphQLError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side. It has been logged.')).message).toBe(
      'Something went wrong on our side. It has been logged.',
    );
  });
});

describe('isRequestError', () => {
  /** What a query rejects with when its link fails, e.g. fetch could not reach the server. */
  async function failureOf(linkError: Error): Promise<unknown> {
    const link = new ApolloLink(() => new Observable((observer) => observer.error(linkError)));
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    return client.query({ query: gql('query Probe { draft { revision } }') }).then(
      () => null,
      (error: unknown) => error,
    );
  }

  it('recognises errors from the link chain and GraphQL errors in an answer', async () => {
    expect(isRequestError(await failureOf(new TypeError('Failed to fetch')))).toBe(true);
    expect(isRequestError(graphQLError('MEASURE_NOT_FOUND', 'There is no measure with key "nope".'))).toBe(true);
  });

  it('does not take a bug while rendering for a failed request', () => {
    expect(isRequestError(new TypeError("Cannot read properties of undefined (reading 'name')"))).toBe(false);
    expect(isRequestError(new Error('The server sent a framework document in an unexpected shape.'))).toBe(false);
  });
});
