import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { httpRequestOf, MANAGER_KEY } from '../common/request-context.js';

/**
 * One mutation = one transaction: the handler and everything it calls use the transaction's
 * EntityManager (through RequestContext.manager); an error anywhere rolls all of it back.
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { req, gql } = httpRequestOf(context);
    return from(
      this.dataSource.transaction(async (manager) => {
        const holder = gql ?? (req as unknown as Record<symbol | string, unknown>);
        const previous = gql ? gql.manager : (holder as Record<symbol, unknown>)[MANAGER_KEY];
        if (gql) gql.manager = manager;
        else (holder as Record<symbol, unknown>)[MANAGER_KEY] = manager;
        try {
          return await lastValueFrom(next.handle(), { defaultValue: undefined });
        } finally {
          if (gql) gql.manager = previous as typeof gql.manager;
          else (holder as Record<symbol, unknown>)[MANAGER_KEY] = previous;
        }
      }),
    );
  }
}

/** Runs the decorated resolver or route in one database transaction. */
export const Transactional = () => UseInterceptors(TransactionInterceptor);
