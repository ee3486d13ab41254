import fs from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { repoRoot } from './app.js';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export type InitialJs = {
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
  /** What the server answered for the first script with `Accept-Encoding: br, gzip`. */
  servedEncoding: string;
  assetCacheControl: string;
  indexCacheControl: string;
};

/** The JavaScript web/dist/index.html makes the browser load before anything shows: its scripts and modulepreloads. */
export async function initialJs(appUrl: string): Promise<InitialJs> {
  const dist = path.join(repoRoot, 'web/dist');
  const html = await fs.readFile(path.join(dist, 'index.html'), 'utf8');
  const files: string[] = [];
  walk(parse(html), (element) => {
    const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value;
    if (element.tagName === 'script' && attr('src')) files.push(attr('src')!);
    if (element.tagName === 'link' && attr('rel') === 'modulepreload' && attr('href')) files.push(attr('href')!);
  });
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = await fs.readFile(path.join(dist, file.replace(/^\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  const first = files[0];
  const asset = first ? await fetch(`${appUrl}${first}`, { headers: { 'accept-encoding': 'br, gzip' } }) : null;
  await asset?.arrayBuffer();
  const index = await fetch(`${appUrl}/`, { headers: { 'accept-encoding': 'br, gzip' } });
  await index.arrayBuffer();
  return {
    files,
    raw,
    gzip,
    brotli,
    servedEncoding: asset?.headers.get('content-encoding') ?? 'identity',
    assetCacheControl: asset?.headers.get('cache-control') ?? 'none',
    indexCacheControl: index.headers.get('cache-control') ?? 'none',
  };
}

function walk(node: ParentNode, visit: (element: Element) => void): void {
  for (const child of node.childNodes) {
    if ('tagName' in child) visit(child);
    if ('childNodes' in child) walk(child as ParentNode, visit);
  }
}
