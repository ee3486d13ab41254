import { Logger } from '@nestjs/common';
import { isErrorCode } from '@ocmf/standard';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error.js';

const logger = new Logger('GraphQL');

/**
 * The one place where errors become what clients see. Domain errors keep their code, message and field
 * issues; GraphQL's own validation errors pass through; anything unexpected is logged and hidden.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: original.code,
        ...(original.issues.length > 0 ? { issues: original.issues } : {}),
        ...original.extra,
      },
    };
  }
  const code = formatted.extensions?.code;
  if (isErrorCode(code)) {
    // Raised before any resolver ran (the query limits): the code and its details, without transport hints.
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT' || code === 'BAD_REQUEST') {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'OPERATION_RESOLUTION_FAILURE') return formatted;
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Something went wrong on our side. It has been logged.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function originalError(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth++) {
    if (current instanceof DomainError) return current;
    const next = (current as { originalError?: unknown } | null)?.originalError;
    if (!next) return current;
    current = next;
  }
  return current;
}
