import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { WebAppService } from './web-app.service.js';

/** Every GET that no other route claims is a page of the web app. Registered last (see AppModule). */
@Controller()
export class WebController {
  constructor(private readonly web: WebAppService) {}

  @Get('{*path}')
  page(@Req() req: Request, @Res() res: Response): void {
    this.web.sendIndex(req, res);
  }
}
