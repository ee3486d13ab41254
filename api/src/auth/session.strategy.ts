import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { apiTokenUserOf, type AuthUser, type GqlContext, requestContext } from '../common/request-context.js';
import { AuthService } from './auth.service.js';
import { SESSION_COOKIE } from './session-token.js';

/** The request's signed-in user, looked up once however many root fields the request has. */
const SESSION_USER = Symbol('session-user');

/**
 * Authenticates a request by its API token (checked already: bearer-auth.middleware.ts over HTTP, the WebSocket's
 * connection_init for subscriptions), otherwise by its session cookie. No cookie, or a stale one, means
 * "signed out", not an error.
 */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly auth: AuthService) {
    super();
  }

  validate(req: Request): Promise<AuthUser | null> {
    const holder = req as unknown as Record<symbol, Promise<AuthUser | null> | undefined>;
    return (holder[SESSION_USER] ??= this.lookUp(req));
  }

  private async lookUp(req: Request): Promise<AuthUser | null> {
    const tokenUser = apiTokenUserOf(req);
    if (tokenUser) return tokenUser;
    const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
    if (!token) return null;
    return this.auth.userForSessionToken(requestContext(req as GqlContext['req']), token);
  }
}
