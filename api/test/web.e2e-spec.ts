import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The app serving a built web app: a small fake build with the compressed copies the real build writes. */
describe('serving the built web app', () => {
  let app: TestApp;
  let dist: string;
  const script = 'console.log("the app");'.repeat(200);
  beforeAll(async () => {
    dist = await fs.mkdtemp(path.join(os.tmpdir(), 'ocmf-dist-'));
    await fs.mkdir(path.join(dist, 'assets'));
    await fs.writeFile(
      path.join(dist, 'index.html'),
      '<!doctype html><title>OCMF Commons</title><script type="module" src="/assets/app-1a2b.js"></script>',
    );
    await fs.writeFile(path.join(dist, 'assets/app-1a2b.js'), script);
    await fs.writeFile(path.join(dist, 'assets/app-1a2b.js.br'), zlib.brotliCompressSync(script));
    await fs.writeFile(path.join(dist, 'assets/app-1a2b.js.gz'), zlib.gzipSync(script));
    await fs.writeFile(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await startTestApp({ WEB_DIST: dist });
  });
  afterAll(async () => {
    await app.close();
    await fs.rm(dist, { recursive: true, force: true });
  });

  it('sends the Brotli or gzip copy the build wrote, as the browser accepts, with the original type', async () => {
    for (const [accept, encoding, decode] of [
      ['br, gzip', 'br', zlib.brotliDecompressSync],
      ['gzip', 'gzip', zlib.gunzipSync],
    ] as const) {
      const res = await fetch(`${app.url}/assets/app-1a2b.js`, { headers: { 'accept-encoding': accept } });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
      // fetch decodes the body itself; the length on the wire is the compressed copy's.
      expect(Number(res.headers.get('content-length'))).toBe(
        (encoding === 'br' ? zlib.brotliCompressSync(script) : zlib.gzipSync(script)).length,
      );
      expect(await res.text()).toBe(decode(encoding === 'br' ? zlib.brotliCompressSync(script) : zlib.gzipSync(script)).toString());
    }
  });

  it('caches hashed assets for a year, other files for an hour, and the page itself not at all', async () => {
    expect((await fetch(`${app.url}/assets/app-1a2b.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${app.url}/favicon.svg`)).headers.get('cache-control')).toBe('public, max-age=3600');
    const page = await fetch(`${app.url}/proposals/1`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>OCMF Commons</title>');
  });

  it('serves only files of the build: nothing outside it, nor the compressed copies by name', async () => {
    const outside = await fetch(`${app.url}/assets/..%2F..%2F${path.basename(dist)}%2Findex.html`);
    expect(await outside.text()).toContain('<title>OCMF Commons</title>'); // the page route, not a file
    const copy = await fetch(`${app.url}/assets/app-1a2b.js.br`);
    expect(copy.headers.get('content-encoding')).toBeNull();
    expect(copy.headers.get('cache-control')).toBe('no-cache');
  });
});
