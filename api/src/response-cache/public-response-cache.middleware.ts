import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { type DocumentNode, Kind, parse } from 'graphql';
import { SESSION_COOKIE } from '../auth/session-token.js';
import { LruCache } from '../common/lru-cache.js';
import { QUERY_LIMITS } from '../common/query-limits.js';
import { PublicResponseCache } from './public-response-cache.js';

type Body = { query?: unknown; variables?: unknown; operationName?: unknown };

/** Whether a document's chosen operation is a query, by query text (bounded: the texts are the app's own few). */
const isQueryCache = new LruCache<string, boolean>(500);

/**
 * Serves an anonymous query's answer from PublicResponseCache when it has one, and keeps the answer otherwise. Only a
 * POST of JSON (what Apollo's CSRF prevention lets through) with no session cookie, no Authorization header and no
 * `Cache-Control: no-cache`, asking a query (never a mutation), whose answer was a 200 without errors.
 */
@Injectable()
export class PublicResponseCacheMiddleware implements NestMiddleware {
  constructor(private readonly cache: PublicResponseCache) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const body = req.body as Body | undefined;
    if (!this.cache.enabled || !this.eligible(req, body)) return next();
    const key = this.cache.key(body!.query as string, body!.variables, body!.operationName);
    const hit = this.cache.get(key);
    if (hit) {
      res.status(200).set('Content-Type', 'application/json; charset=utf-8').set('X-Cache', 'hit').end(hit);
      return;
    }
    this.keepAnswer(res, key, this.cache.current());
    next();
  }

  private eligible(req: Request, body: Body | undefined): boolean {
    if (req.method !== 'POST' || !req.is('application/json')) return false;
    if (req.headers.authorization !== undefined || (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]) return false;
    if (/no-cache|no-store/i.test(req.headers['cache-control'] ?? '')) return false;
    if (!body || typeof body.query !== 'string' || body.query.length > 20_000) return false;
    return isQuery(body.query, typeof body.operationName === 'string' ? body.operationName : null);
  }

  /** Collects what Apollo writes, and keeps it once the response ends with a 200 and no errors. */
  private keepAnswer(res: Response, key: string, generation: number): void {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && typeof chunk !== 'function') collect(chunk, rest[0]);
      const result = end(chunk, ...rest);
      const answer = Buffer.concat(chunks);
      if (res.statusCode === 200 && !answer.includes('"errors":')) this.cache.set(key, generation, answer);
      return result;
    }) as Response['end'];
  }
}

function isQuery(text: string, operationName: string | null): boolean {
  const memo = `${operationName ?? ''}\u0000${text}`;
  const known = isQueryCache.peek(memo);
  if (known !== undefined) return known;
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: QUERY_LIMITS.maxTokens });
  } catch {
    return false;
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const chosen = operationName ? operations.find((operation) => operation.name?.value === operationName) : operations[0];
  const answer = chosen !== undefined && (operationName !== null || operations.length === 1) && chosen.operation === 'query';
  isQueryCache.set(memo, answer);
  return answer;
}
