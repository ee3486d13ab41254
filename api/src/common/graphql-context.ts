import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { API_TOKEN_USER, type AuthUser, MANAGER_KEY } from './request-context.js';

type HttpArgs = { req: Request; res: Response };
type WsArgs = { extra: { request: IncomingMessage; [API_TOKEN_USER]?: AuthUser } };

/**
 * Builds the GraphQL context for HTTP requests and for graphql-ws subscriptions alike. A subscription has
 * no Express request, so it gets a small stand-in carrying the upgrade request's headers and cookies: the
 * same session guard then identifies the subscriber (by the API token its connection_init carried, or by the
 * cookie), and field resolvers see who is asking.
 */
export function graphqlContext(dataSource: DataSource) {
  return (args: HttpArgs | WsArgs) => {
    if ('req' in args && args.req) return { req: args.req, res: args.res };
    const { extra } = args as WsArgs;
    const upgrade = extra.request;
    const req = {
      [API_TOKEN_USER]: extra[API_TOKEN_USER],
      headers: upgrade.headers,
      cookies: parseCookies(upgrade.headers.cookie),
      ip: upgrade.socket.remoteAddress,
      socket: upgrade.socket,
      get: (name: string) => upgrade.headers[name.toLowerCase()],
      [MANAGER_KEY]: dataSource.manager,
    };
    return { req, res: undefined };
  };
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of header?.split(';') ?? []) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      cookies[name] = part.slice(index + 1).trim();
    }
  }
  return cookies;
}
