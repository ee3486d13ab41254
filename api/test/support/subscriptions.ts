import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLTestClient } from './graphql-client.js';

/** A graphql-ws client that sends the HTTP client's session cookie on the WebSocket upgrade, as a browser does. */
export function subscriptionClient(http: GraphQLTestClient): Client {
  const cookie = http.cookie('ocmf_session');
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie: `ocmf_session=${cookie}` } : {} });
    }
  }
  return createClient({
    url: http.baseUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: CookieWebSocket,
    lazy: true,
    retryAttempts: 0,
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
