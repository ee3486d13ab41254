import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

type StaticFile = { brotli: boolean; gzip: boolean };

/** Hashed build output never changes under its name; anything else may, so it is revalidated within the hour. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=3600';

/**
 * Serves the built web app's files: the Brotli or gzip copy the build wrote beside each one when the browser
 * accepts it (never compressing per request), hashed assets cached for a year. Only files that were in the build
 * when the app started are served, so no request path can reach outside it. index.html is left to the page
 * route, which serves it uncached.
 */
export function staticFiles(root: string) {
  const files = scan(root);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let name: string;
    try {
      name = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = files.get(name);
    if (!file) return next();
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = file.brotli && /\bbr\b/.test(accepts) ? 'br' : file.gzip && /\bgzip\b/.test(accepts) ? 'gzip' : null;
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', name.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    // The type of the file itself, not of its compressed copy.
    res.type(path.extname(name));
    if (encoding) res.setHeader('Content-Encoding', encoding);
    const suffix = encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : '';
    res.sendFile(path.join(root, name + suffix), { dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}

function scan(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!fs.existsSync(root)) return files;
  const all = new Set(
    fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => '/' + path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
  );
  for (const name of all) {
    if (name.endsWith('.br') || name.endsWith('.gz') || name === '/index.html') continue;
    files.set(name, { brotli: all.has(`${name}.br`), gzip: all.has(`${name}.gz`) });
  }
  return files;
}
