import { Logger as NestLogger } from '@nestjs/common';
import type { Logger } from 'typeorm';

/**
 * TypeORM's logger: counts every query (tests use the count to keep N+1 queries out of list and detail
 * views), logs failures, and logs every query when asked to.
 */
export class QueryLogger implements Logger {
  queryCount = 0;
  private readonly logger = new NestLogger('SQL');

  constructor(private readonly logQueries = false) {}

  logQuery(query: string): void {
    this.queryCount += 1;
    if (this.logQueries) this.logger.debug(query);
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug(`${typeof error === 'string' ? error : error.message} in: ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
