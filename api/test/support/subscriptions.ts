import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { EventBus } from '../../src/events/event-bus.js';
import type { GraphQLTestClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

/**
 * A graphql-ws client that sends the HTTP client's session cookie on the WebSocket upgrade, as a browser does
 * (and, with `origin`, the Origin header a browser page would send).
 */
export function subscriptionClient(
  http: GraphQLTestClient,
  options: { origin?: string; connectionParams?: Record<string, unknown> } = {},
): Client {
  const cookie = http.cookie('ocmf_session');
  const headers: Record<string, string> = {
    ...(cookie ? { cookie: `ocmf_session=${cookie}` } : {}),
    ...(options.origin ? { origin: options.origin } : {}),
  };
  class BrowserLikeWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: http.baseUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: BrowserLikeWebSocket,
    lazy: true,
    retryAttempts: 0,
    connectionParams: options.connectionParams,
  });
}

/** Runs one operation over a graphql-ws client and resolves with its single result (or rejects with its error). */
export function runOnce<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: unknown[] }> {
  return new Promise((resolve, reject) => {
    let result: { data?: T; errors?: unknown[] } | undefined;
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          result = value as { data?: T; errors?: unknown[] };
        },
        error: (error) => {
          if (Array.isArray(error)) resolve({ errors: error });
          else if (error instanceof Error) reject(error);
          else {
            const closed = error as { code?: number; reason?: string };
            reject(new Error(`WebSocket closed: ${closed.code ?? '?'} ${closed.reason ?? ''}`));
          }
        },
        complete: () => resolve(result ?? {}),
      },
    );
  });
}

/** Collects the payloads of one subscription until `until` is satisfied (or the timeout passes). */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>) {
  const received: T[] = [];
  const waiters: (() => void)[] = [];
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.data) received.push(value.data as T);
        for (const wake of waiters.splice(0)) wake();
      },
      error: (error) => {
        throw error instanceof Error ? error : new Error(JSON.stringify(error));
      },
      complete: () => {},
    },
  );
  return {
    received,
    async until(predicate: (items: T[]) => boolean, timeoutMs = 5000): Promise<T[]> {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > deadline) throw new Error(`Subscription timed out; received ${JSON.stringify(received)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received;
    },
    dispose,
  };
}

/** Resolves once the app has `count` live subscriptions listening: a push sent after this reaches them. */
export async function subscribed(app: TestApp, count: number, timeoutMs = 5000): Promise<void> {
  const bus = app.running.app.get(EventBus);
  const deadline = Date.now() + timeoutMs;
  while (bus.listenerCount() < count) {
    if (Date.now() > deadline) throw new Error(`Expected ${count} subscription(s), the app has ${bus.listenerCount()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
