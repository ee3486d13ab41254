import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedWebhook = { headers: http.IncomingHttpHeaders; body: string; status: number };
export type Answer = { status: number; body?: string; headers?: Record<string, string> };

export type WebhookReceiver = {
  url: string;
  received: ReceivedWebhook[];
  /** Resolves once `count` requests have arrived in all (never a fixed wait). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  /** Changes how the next requests are answered. */
  answer(respond: (index: number, request: ReceivedWebhook) => Answer): void;
  close(): Promise<void>;
};

/** A real HTTP server on 127.0.0.1 that records every request and answers as told (200 unless told otherwise). */
export async function startReceiver(
  respond: (index: number, request: ReceivedWebhook) => Answer = () => ({ status: 200 }),
): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const waiters: (() => void)[] = [];
  let answerWith: (index: number, request: ReceivedWebhook) => Answer = respond;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: ReceivedWebhook = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status: 0 };
      const answer = answerWith(received.length, request);
      request.status = answer.status;
      received.push(request);
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
      res.end(answer.body ?? (answer.status < 300 ? 'ok' : 'not now'));
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`Expected ${count} webhook request(s), got ${received.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return received;
    },
    answer(next) {
      answerWith = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
