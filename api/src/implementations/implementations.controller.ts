import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { ImplementationsService } from './implementations.service.js';

/** GET /implementations.json: every current implementation report, for machines; cacheable by ETag. */
@Controller()
export class ImplementationsController {
  constructor(private readonly service: ImplementationsService) {}

  @Get('implementations.json')
  async all(@Ctx() ctx: RequestContext, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { body, etag } = await this.service.export(ctx);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.type('application/json; charset=utf-8').send(body);
  }
}
