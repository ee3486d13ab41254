import { createHash } from 'node:crypto';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { toCsv, toMarkdown } from '@ocmf/standard';
import type { Request, Response } from 'express';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { WebAppService } from '../web/web-app.service.js';
import { PublishingService } from './publishing.service.js';
import { ReleasesService } from './releases.service.js';

const FORMATS = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  md: 'text/markdown; charset=utf-8',
} as const;
type Format = keyof typeof FORMATS;

/** Downloads: /releases/{version}.json|.csv|.md ("latest" works as a version), and comparisons /releases/{from}...{to}.json. */
@Controller('releases')
export class ReleasesController {
  constructor(
    private readonly releases: ReleasesService,
    private readonly publishing: PublishingService,
    private readonly web: WebAppService,
  ) {}

  @Get(':file')
  async download(@Ctx() ctx: RequestContext, @Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const comparison = /^(.+)\.\.\.(.+)\.json$/.exec(file);
    if (comparison) return this.compare(ctx, comparison[1]!, comparison[2]!, req, res);
    const match = /^(.+)\.(json|csv|md)$/.exec(file);
    if (!match) {
      // /releases/1.0.0 is a page of the web app, not a download.
      this.web.sendIndex(req, res);
      return;
    }
    const [, version, format] = match as unknown as [string, string, Format];
    const release = await this.releases.get(ctx, version);
    const body =
      format === 'json' ? this.releases.canonicalJson(release) : format === 'csv' ? toCsv(release.document) : toMarkdown(release.document);
    // The JSON's ETag is its content hash; the other formats are derived from it, so tag them by hash and format.
    const etag = format === 'json' ? `"${release.contentHash.trim()}"` : `"${release.contentHash.trim()}-${format}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', release.publishedAt.toUTCString());
    // "latest" moves when a new release is published; a versioned URL never changes.
    res.setHeader('Cache-Control', version === 'latest' ? 'public, max-age=60' : 'public, max-age=31536000, immutable');
    res.setHeader('Content-Disposition', `${format === 'json' ? 'inline' : 'attachment'}; filename="ocmf-${release.version}.${format}"`);
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.type(FORMATS[format]).send(body);
  }

  /**
   * /releases/{from}...{to}.json: what releaseDiff returns, as JSON valid against /schema/release-diff.schema.json.
   * Tagged by both releases' content hashes, so a versioned comparison never changes.
   */
  private async compare(ctx: RequestContext, from: string, to: string, req: Request, res: Response): Promise<void> {
    const result = await this.publishing.diff(ctx, from, to);
    const etag = `"${createHash('sha256').update(`${result.from.contentHash.trim()}...${result.to.contentHash.trim()}`).digest('hex')}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', from === 'latest' || to === 'latest' ? 'public, max-age=60' : 'public, max-age=31536000, immutable');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.type(FORMATS.json).send(JSON.stringify({ from: result.from.version, to: result.to.version, diff: result.diff }));
  }
}
