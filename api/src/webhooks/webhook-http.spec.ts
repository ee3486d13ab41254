import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postWebhook } from './webhook-http.js';

/** A real server on 127.0.0.1 answering every request with `handler`. */
async function serve(handler: http.RequestListener): Promise<{ url: URL; close(): Promise<void>; requests: () => number }> {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests += 1;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // A host name that resolves nowhere: the call must use the address it is given, never resolve it again.
    url: new URL(`http://receiver.invalid:${port}/hook`),
    requests: () => requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('postWebhook', () => {
  it('connects to the checked address, sends the headers and body, and keeps the first 1 KB of the answer', async () => {
    let seen: { host?: string; id?: string; type?: string; body: string } = { body: '' };
    const server = await serve((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen = { host: req.headers.host, id: req.headers['webhook-id'] as string, type: req.headers['content-type'], body };
        res.end('x'.repeat(5000));
      });
    });
    try {
      const result = await postWebhook({ url: server.url, address: '127.0.0.1', family: 4 }, { 'webhook-id': 'msg_1' }, '{"a":1}');
      expect(result).toMatchObject({ statusCode: 200, transportError: null });
      expect(result.excerpt).toHaveLength(1024);
      expect(seen).toEqual({ host: `receiver.invalid:${server.url.port}`, id: 'msg_1', type: 'application/json', body: '{"a":1}' });
    } finally {
      await server.close();
    }
  });

  it('does not follow redirects', async () => {
    const server = await serve((_req, res) => res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end());
    try {
      const result = await postWebhook({ url: server.url, address: '127.0.0.1', family: 4 }, {}, '{}');
      expect(result).toMatchObject({ statusCode: 302, location: 'http://127.0.0.1:1/elsewhere' });
      expect(server.requests()).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const server = await serve(() => {}); // never answers
    try {
      const result = await postWebhook({ url: server.url, address: '127.0.0.1', family: 4 }, {}, '{}', 300);
      expect(result).toMatchObject({ statusCode: null, transportError: 'no answer within 0.3 s' });
      expect(result.durationMs).toBeGreaterThanOrEqual(290);
      expect(result.durationMs).toBeLessThan(5000);
    } finally {
      await server.close();
    }
  });

  it('says when nothing listens', async () => {
    const server = await serve(() => {});
    const port = server.url.port;
    await server.close();
    const result = await postWebhook({ url: new URL(`http://receiver.invalid:${port}/`), address: '127.0.0.1', family: 4 }, {}, '{}');
    expect(result).toMatchObject({ statusCode: null, transportError: 'connection refused' });
  });
});
