import type { IncomingMessage } from 'node:http';
import { getOperationAST, GraphQLError, type GraphQLSchema, parse } from 'graphql';
import { checkOperation, QUERY_LIMITS, queryTooComplex } from './query-limits.js';
import { API_TOKEN_USER, type AuthUser } from './request-context.js';

/** graphql-ws's context, whose `extra` the ws adapter fills with the upgrade request and the socket. */
type WsContext = { extra: unknown; connectionParams?: Readonly<Record<string, unknown>> };
type WsExtra = { request: IncomingMessage; socket: { close(code: number, reason: string): void } };
const upgradeRequest = (ctx: WsContext): IncomingMessage => (ctx.extra as WsExtra).request;

/** What checking a connection's API token found: its owner, or why it is refused. */
export type TokenAuthentication = { ok: true; user: AuthUser } | { ok: false; message: string };
type SubscribePayload = { query: string; operationName?: string | null; variables?: Record<string, unknown> | null };

export type WebSocketPolicy = {
  /** The app's own origin (PUBLIC_URL's). */
  publicOrigin: string;
  /** PUBLIC_URL was set: only it and `allowedOrigins` count. Unset (development), the Host the page was served from counts too. */
  publicUrlSet: boolean;
  allowedOrigins: readonly string[];
  /** Whether a connection carries the session cookie (it then acts as the signed-in user). */
  hasSessionCookie(request: IncomingMessage): boolean;
  /** The schema, once the GraphQL server has built it. */
  schema(): GraphQLSchema | null;
  /** Checks `connectionParams.authorization` ("Bearer <token>"). */
  authenticate(authorization: unknown): Promise<TokenAuthentication>;
};

/** graphql-ws's close code for a connection whose credentials are refused. */
const UNAUTHORIZED = 4401;

/**
 * graphql-ws options. A browser sends its cookies with a WebSocket to any page's request, so a cookie-bearing
 * connection is accepted only from the app's own origin (Cross-Site WebSocket Hijacking). A connection whose
 * `connectionParams` carry `authorization: "Bearer <token>"` acts as the token's owner from anywhere (a page of
 * another site cannot know the token; the cookie is then ignored); a refused token closes it with 4401 and the
 * reason. Connections with neither act as nobody and see public data. Over WebSockets only
 * subscriptions run, under the same query limits as HTTP; queries and mutations go to POST /graphql, where CSRF
 * prevention applies.
 */
export function graphqlWebSocketOptions(policy: WebSocketPolicy) {
  return {
    path: '/graphql',
    connectionInitWaitTimeout: 10_000,
    onConnect: async (ctx: WsContext): Promise<boolean> => {
      const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
      if (authorization === undefined) return originAllowed(upgradeRequest(ctx), policy);
      const check = await policy.authenticate(authorization);
      const extra = ctx.extra as WsExtra & Record<symbol, unknown>;
      if (!check.ok) {
        extra.socket.close(UNAUTHORIZED, Buffer.from(check.message).subarray(0, 123).toString());
        return false;
      }
      extra[API_TOKEN_USER] = check.user;
      return true;
    },
    onSubscribe: (_ctx: WsContext, _id: string, payload: SubscribePayload): readonly GraphQLError[] | void => {
      let document;
      try {
        document = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens });
      } catch {
        return; // graphql-ws answers a document that does not parse with the parser's own error
      }
      const operation = getOperationAST(document, payload.operationName ?? undefined);
      if (!operation) return;
      if (operation.operation !== 'subscription') {
        return [
          new GraphQLError('Over WebSockets only subscriptions run; send queries and mutations to POST /graphql.', {
            extensions: { code: 'SUBSCRIPTIONS_ONLY' },
          }),
        ];
      }
      const schema = policy.schema();
      const refused = schema ? checkOperation(schema, document, operation, payload.variables ?? {}) : null;
      if (refused) return [queryTooComplex(refused)];
    },
  };
}

/** Connections without the session cookie act as nobody and may come from anywhere; with it, only from the app. */
export function originAllowed(request: IncomingMessage, policy: WebSocketPolicy): boolean {
  if (!policy.hasSessionCookie(request)) return true;
  const origin = request.headers.origin;
  // Browsers always send Origin with a WebSocket; a client without one is a script, which no other page drives.
  if (origin === undefined) return true;
  if (origin === policy.publicOrigin || policy.allowedOrigins.includes(origin)) return true;
  if (policy.publicUrlSet) return false;
  const host = request.headers.host;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}
