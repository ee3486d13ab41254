import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

/** Serves the built single-page web app's index.html for client-side routes. */
@Injectable()
export class WebAppService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get indexPath(): string {
    return path.join(this.config.webDist, 'index.html');
  }

  get built(): boolean {
    return fs.existsSync(this.indexPath);
  }

  sendIndex(_req: Request, res: Response): void {
    if (!this.built) {
      res
        .status(503)
        .type('text/plain')
        .send(`The web app is not built (no ${this.indexPath}). Run \`pnpm build\`, or use \`pnpm start\`, which builds it.`);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(this.indexPath);
  }
}
