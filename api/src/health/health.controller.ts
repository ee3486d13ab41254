import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DATABASE_INFO, type DatabaseInfo } from '../database/database.module.js';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DATABASE_INFO) private readonly info: DatabaseInfo,
  ) {}

  /** 200 when the database answers, 503 when it does not. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = performance.now();
    try {
      await this.dataSource.query('SELECT 1');
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      res.status(200).json({ status: 'ok', database: { status: 'up', embedded: this.info.embedded, latencyMs } });
    } catch (error) {
      res
        .status(503)
        .json({ status: 'error', database: { status: 'down', embedded: this.info.embedded, error: (error as Error).message } });
    }
  }
}
