import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { type GqlContext, requestContext } from '../common/request-context.js';
import type { UserEntity } from '../users/user.entity.js';
import { AuthService } from './auth.service.js';

/** Email + password sign-in. The signIn resolver's guard hands it the mutation's input as the request body. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, email: string, password: string): Promise<UserEntity> {
    return this.auth.verifyCredentials(requestContext(req as GqlContext['req']), { email, password });
  }
}
