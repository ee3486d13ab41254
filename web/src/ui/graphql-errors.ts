import { CombinedGraphQLErrors, LinkError, ServerError, ServerParseError } from '@apollo/client/errors';
import { type ErrorCode, isErrorCode } from '@ocmf/standard';
import type { GraphQLFormattedError } from 'graphql';

/** A field the API rejected: `path` is the dotted input path, e.g. `input.email`. */
export type FieldIssue = { path: string; message: string };

/** What a form shows after a failed mutation: one message per field, plus one for the whole form. */
export type FormErrors = { form: string | null; fields: Record<string, string> };

/**
 * Whether an error is a failed GraphQL request: GraphQL errors in the answer, or a network, HTTP or parse error
 * from the link chain. Anything else thrown while rendering is a bug in the app, not something to retry.
 */
export function isRequestError(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) || LinkError.is(error);
}

/**
 * The GraphQL errors in a failed operation, whether they came in a 200 response or, for requests the server
 * refused before running them, in the body of a 4xx response.
 */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (body && typeof body === 'object' && 'errors' in body && Array.isArray(body.errors)) {
        return body.errors as GraphQLFormattedError[];
      }
    } catch {
      return [];
    }
  }
  return [];
}

/**
 * The stable code (`extensions.code`) of one GraphQL error, when it is one the API declares (`ErrorCode`); null
 * for anything else, such as GraphQL's own validation codes or INTERNAL_SERVER_ERROR.
 */
export function codeOf(error: GraphQLFormattedError): ErrorCode | null {
  const code = error.extensions?.code;
  return isErrorCode(code) ? code : null;
}

/** The API's stable error code of the first GraphQL error in a failure, e.g. `MEASURE_NOT_FOUND`. */
export function errorCode(error: unknown): ErrorCode | null {
  const first = graphQLErrorsOf(error)[0];
  return first ? codeOf(first) : null;
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return graphQLErrorsOf(error).some((e) => codeOf(e) === code);
}

/** The field issues (`extensions.issues`) the API attached to its errors. */
export function fieldIssuesOf(error: unknown): FieldIssue[] {
  return graphQLErrorsOf(error).flatMap((e) => {
    const issues = e.extensions?.issues;
    if (!Array.isArray(issues)) return [];
    return issues.filter(isFieldIssue);
  });
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldIssue).path === 'string' &&
    typeof (value as FieldIssue).message === 'string'
  );
}

/**
 * Maps a failed mutation to form errors. Issues whose path starts with `prefix` (e.g. `input.email`) go to
 * that field (`email`), phrased as a sentence; everything else becomes the form-level message.
 */
export function toFormErrors(error: unknown, fieldLabels: Record<string, string>, prefix = 'input.'): FormErrors {
  const fields: Record<string, string> = {};
  for (const issue of fieldIssuesOf(error)) {
    if (!issue.path.startsWith(prefix)) continue;
    const field = issue.path.slice(prefix.length).split('.')[0];
    if (!field || !(field in fieldLabels) || fields[field]) continue;
    fields[field] = `${fieldLabels[field]} ${issue.message}.`.replace(/\.\.$/, '.');
  }
  const code = errorCode(error);
  const hasFieldErrors = Object.keys(fields).length > 0;
  let form: string;
  if (code === 'BAD_USER_INPUT' && hasFieldErrors) {
    form = 'Please correct the highlighted fields.';
  } else if (code !== null) {
    // A declared code comes with a message written for the person using the form.
    form = graphQLErrorsOf(error)[0]?.message ?? describeError(error).message;
  } else {
    form = describeError(error).message;
  }
  return { form, fields };
}

/** A polite, human explanation of any failure, for people rather than developers. */
export function describeError(error: unknown): { title: string; message: string } {
  const graphQLErrors = graphQLErrorsOf(error);
  if (CombinedGraphQLErrors.is(error) && graphQLErrors[0]) {
    return { title: 'Something went wrong', message: graphQLErrors[0].message };
  }
  if (ServerError.is(error)) {
    if (error.statusCode >= 500) {
      return {
        title: 'The server had a problem',
        message: `The OCMF Commons server could not answer (HTTP ${error.statusCode}). Please try again in a moment.`,
      };
    }
    const message = graphQLErrors[0]?.message;
    return {
      title: 'The request was refused',
      message: message ?? `The server refused the request (HTTP ${error.statusCode}).`,
    };
  }
  if (ServerParseError.is(error)) {
    return {
      title: 'Unexpected answer from the server',
      message: 'The server sent a response we could not read. Please try again in a moment.',
    };
  }
  return {
    title: 'Could not reach the server',
    message: 'We could not reach the OCMF Commons server. Check your connection and try again.',
  };
}
