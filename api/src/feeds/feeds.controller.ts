import { createHash } from 'node:crypto';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { WebAppService } from '../web/web-app.service.js';
import { FEED_FORMATS, type FeedDefinition, type FeedFormat, renderFeed } from './feed-documents.js';
import { FeedsService } from './feeds.service.js';

/**
 * /feeds/releases.{atom,rss,json}, /feeds/decisions.{atom,rss,json} and /feeds/case-studies.{atom,rss,json}. The ETag is the SHA-256 of the bytes sent
 * (so it changes exactly when the content does) and Last-Modified the newest entry's date; a matching
 * If-None-Match, or failing that an If-Modified-Since no older than it, gets 304 with no body.
 */
@Controller('feeds')
export class FeedsController {
  constructor(
    private readonly feeds: FeedsService,
    private readonly web: WebAppService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':file')
  async feed(@Ctx() ctx: RequestContext, @Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const match = /^(releases|decisions|case-studies)\.(atom|rss|json)$/.exec(file);
    if (!match) {
      this.web.sendIndex(req, res);
      return;
    }
    const [, name, format] = match as unknown as [string, 'releases' | 'decisions' | 'case-studies', FeedFormat];
    const definition: FeedDefinition =
      name === 'releases'
        ? await this.feeds.releasesFeed(ctx)
        : name === 'decisions'
          ? await this.feeds.decisionsFeed(ctx)
          : await this.feeds.caseStudiesFeed(ctx);
    const body = renderFeed(definition, format, this.config.publicUrl);
    const etag = `"${createHash('sha256').update(body).digest('hex')}"`;
    const lastModified = new Date(Math.floor(definition.updated.getTime() / 1000) * 1000);
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', lastModified.toUTCString());
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Vary', 'Accept-Encoding');
    if (notModified(req, etag, lastModified)) {
      res.status(304).end();
      return;
    }
    res.type(FEED_FORMATS[format]).send(body);
  }
}

/** RFC 9110 §13.2.2: If-None-Match decides when present; only without it does If-Modified-Since count. */
function notModified(req: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  const ifModifiedSince = req.headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && lastModified.getTime() <= since;
}
