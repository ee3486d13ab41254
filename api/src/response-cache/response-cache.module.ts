import { Global, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { PublicResponseCache } from './public-response-cache.js';
import { PublicResponseCacheMiddleware } from './public-response-cache.middleware.js';

@Global()
@Module({ providers: [PublicResponseCache], exports: [PublicResponseCache] })
export class ResponseCacheModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PublicResponseCacheMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
