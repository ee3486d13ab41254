import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { UsersModule } from '../users/users.module.js';
import { AccountResolver } from './account.resolver.js';
import { AccountService } from './account.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { PermissionGuard, SessionAuthGuard } from './guards.js';
import { LocalStrategy } from './local.strategy.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { SessionStrategy } from './session.strategy.js';

@Module({
  imports: [PassportModule, UsersModule],
  providers: [
    AuthService,
    AuthResolver,
    AccountService,
    AccountResolver,
    LoginRateLimiter,
    SessionStrategy,
    LocalStrategy,
    // Order matters: identify the user first, then check what they may do.
    { provide: APP_GUARD, useClass: SessionAuthGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
