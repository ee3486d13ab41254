import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { httpRequestOf, TRANSACTION_KEY, type TransactionState } from '../common/request-context.js';
import { PublicResponseCache } from '../response-cache/public-response-cache.js';

/**
 * One mutation = one transaction: the handler and everything it calls use the transaction's
 * EntityManager (through RequestContext.manager); an error anywhere rolls all of it back. Effects
 * registered with ctx.afterCommit run only after the commit succeeded; kept public answers are dropped then.
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly responses: PublicResponseCache,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { req, gql } = httpRequestOf(context);
    const holder = req as unknown as Record<symbol, TransactionState | undefined>;
    const run = async () => {
      const afterCommit: (() => void)[] = [];
      const result = await this.dataSource.transaction(async (manager) => {
        const state: TransactionState = { manager, afterCommit };
        if (gql) gql.transaction = state;
        else holder[TRANSACTION_KEY] = state;
        try {
          return await lastValueFrom(next.handle(), { defaultValue: undefined });
        } finally {
          if (gql) gql.transaction = undefined;
          else holder[TRANSACTION_KEY] = undefined;
        }
      });
      // A mutation that committed may have changed what anyone reads, event or not.
      this.responses.invalidate();
      for (const effect of afterCommit) effect();
      return result;
    };
    return from(run());
  }
}

/** Runs the decorated resolver or route in one database transaction. */
export const Transactional = () => UseInterceptors(TransactionInterceptor);
