import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { API_TOKEN_USER } from '../common/request-context.js';
import { authenticateApiToken } from './bearer-token.js';
import { refusalMessage } from './tokens.errors.js';

/**
 * `Authorization: Bearer <token>` on /graphql: the token's owner becomes the request's user (the cookie, if any, is
 * ignored). A token that is malformed, unknown, revoked or expired is refused with 401 before anything runs, with a
 * GraphQL-shaped body saying why and the `WWW-Authenticate` challenge of RFC 6750.
 */
@Injectable()
export class BearerAuthMiddleware implements NestMiddleware {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const header = req.headers.authorization;
    if (header === undefined) return next();
    try {
      const check = await authenticateApiToken(this.dataSource.manager, header);
      if (check.ok) {
        (req as unknown as Record<symbol, unknown>)[API_TOKEN_USER] = check.user;
        return next();
      }
      const message = refusalMessage(check.reason, check.at);
      res
        .status(401)
        .set('WWW-Authenticate', `Bearer realm="OCMF Commons", error="invalid_token", error_description="${message.replace(/"/g, "'")}"`)
        .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED', reason: check.reason } }] });
    } catch (error) {
      next(error);
    }
  }
}
