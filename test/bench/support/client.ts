import type { WebOperation } from './documents.js';

export type GraphQLError = { message: string; extensions?: { code?: string; issues?: { path: string; message: string }[] } };

/** The JSON body the web app POSTs to /graphql for an operation. */
export function requestBody(operation: WebOperation, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ operationName: operation.name, query: operation.query, variables });
}

/** A GraphQL client for one person: keeps the session cookie the API sets, like a browser would. */
export class Client {
  cookie: string | null = null;
  /** Bytes of the last answer's body. */
  lastSize = 0;

  constructor(readonly url: string) {}

  async request<T = Record<string, unknown>>(operation: WebOperation, variables: Record<string, unknown> = {}): Promise<T> {
    const { data, errors } = await this.send<T>(operation, variables);
    if (errors?.length) {
      const first = errors[0]!;
      const issues = first.extensions?.issues?.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      throw new Error(`${operation.name}: ${first.message}${issues ? ` (${issues})` : ''}`);
    }
    return data as T;
  }

  async send<T>(operation: WebOperation, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: GraphQLError[] }> {
    const res = await withRetries(() =>
      fetch(`${this.url}/graphql`, {
        method: 'POST',
        // What this client measures is the work behind an answer: never one the app kept (`no-cache`).
        headers: { 'content-type': 'application/json', 'cache-control': 'no-cache', ...(this.cookie ? { cookie: this.cookie } : {}) },
        body: requestBody(operation, variables),
      }),
    );
    const setCookies = res.headers.getSetCookie();
    if (setCookies.length > 0) this.cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
    const text = await res.text();
    this.lastSize = Buffer.byteLength(text);
    try {
      return JSON.parse(text) as { data?: T; errors?: GraphQLError[] };
    } catch {
      throw new Error(`${operation.name}: HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
    }
  }
}

/** Requests retried after a connection error, for the report. */
export const network = { retries: 0 };

const RETRIED = new Set(['ECONNRESET', 'ECONNREFUSED', 'UND_ERR_SOCKET']);

/**
 * Retries a request whose connection failed before an answer came: on a machine this busy, a server's
 * keep-alive timer can close a pooled connection just as the next request is written to it. The server read
 * nothing of such a request, so sending it again is safe. A server that is gone fails all three tries.
 */
async function withRetries(send: () => Promise<Response>): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (attempt >= 3 || !code || !RETRIED.has(code)) throw error;
      network.retries += 1;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** Runs `task` for each item with at most `limit` in flight; results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
