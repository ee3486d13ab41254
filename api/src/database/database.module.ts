import { Global, Inject, Module, type MiddlewareConsumer, type NestModule, type OnApplicationShutdown } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { MANAGER_KEY } from '../common/request-context.js';
import { TransactionInterceptor } from './transaction.interceptor.js';

export const DATABASE_INFO = Symbol('DATABASE_INFO');
export type DatabaseInfo = { embedded: boolean };

/**
 * Provides the already-opened DataSource (opened and migrated before Nest starts, see bootstrap.ts)
 * and hands every request the default EntityManager.
 */
@Global()
@Module({})
export class DatabaseModule implements NestModule, OnApplicationShutdown {
  static forDataSource(dataSource: DataSource, info: DatabaseInfo) {
    return {
      module: DatabaseModule,
      providers: [{ provide: DataSource, useValue: dataSource }, { provide: DATABASE_INFO, useValue: info }, TransactionInterceptor],
      exports: [DataSource, DATABASE_INFO, TransactionInterceptor],
    };
  }

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply((req: Request, _res: Response, next: NextFunction) => {
        (req as unknown as Record<symbol, unknown>)[MANAGER_KEY] = this.dataSource.manager;
        next();
      })
      .forRoutes('*');
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
