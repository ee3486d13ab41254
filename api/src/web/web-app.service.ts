import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { metaRouteOf, withPageMeta } from './page-meta.js';
import { PageMetaService } from './page-meta.service.js';

/** Serves the built single-page web app's index.html for client-side routes. */
@Injectable()
export class WebAppService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly meta: PageMetaService,
  ) {}

  get indexPath(): string {
    return path.join(this.config.webDist, 'index.html');
  }

  get built(): boolean {
    return fs.existsSync(this.indexPath);
  }

  /** index.html, with the page's own title, description and Open Graph tags for a proposal, measure or release. */
  sendIndex(req: Request, res: Response): void {
    void this.sendPage(req, res);
  }

  private async sendPage(req: Request, res: Response): Promise<void> {
    if (!this.built) {
      res
        .status(503)
        .type('text/plain')
        .send(`The web app is not built (no ${this.indexPath}). Run \`pnpm build\`, or use \`pnpm start\`, which builds it.`);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    const route = req.method === 'GET' ? metaRouteOf(req.path) : null;
    const meta = route ? await this.meta.lookup(route).catch(() => null) : null;
    if (!meta) {
      res.sendFile(this.indexPath);
      return;
    }
    try {
      const html = await fs.promises.readFile(this.indexPath, 'utf8');
      res.type('html').send(withPageMeta(html, meta, `${this.config.publicUrl}${req.path}`));
    } catch {
      res.sendFile(this.indexPath);
    }
  }
}
