import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { BearerAuthMiddleware } from './bearer-auth.middleware.js';
import { TokensResolver } from './tokens.resolver.js';
import { TokensService } from './tokens.service.js';

@Module({ imports: [OrganizationsModule], providers: [TokensService, TokensResolver] })
export class TokensModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(BearerAuthMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
  }
}
