import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { DEVELOPER_LIMITS } from '@ocmf/standard';
import type { Destination } from './webhook-address.js';

export type AttemptResult = {
  statusCode: number | null;
  durationMs: number;
  /** The first 1 KB of the answer's body, as text. */
  excerpt: string | null;
  /** Headers a retry decision needs. */
  retryAfter: string | undefined;
  location: string | undefined;
  /** A transport failure (timeout, refused connection, TLS); null when an answer came. */
  transportError: string | null;
};

const USER_AGENT = 'OCMF-Commons-Webhooks/1.0 (+https://ocmfgroup.org)';

/**
 * POSTs one signed message to a checked destination, connecting to the address that was checked (the host name
 * still goes into Host and TLS SNI, and the certificate is verified against it). Redirects are not followed; the
 * whole exchange is cut after 15 s; at most the first 1 KB of the answer is read.
 */
export function postWebhook(
  destination: Destination,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number = DEVELOPER_LIMITS.attemptTimeoutSeconds * 1000,
): Promise<AttemptResult> {
  const started = performance.now();
  const { url, address, family } = destination;
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const client = url.protocol === 'https:' ? https : http;
  const signal = AbortSignal.timeout(timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<AttemptResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, durationMs: elapsed() });
    };
    const request = client.request(
      url,
      {
        method: 'POST',
        lookup: pinned,
        agent: false,
        signal,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': USER_AGENT,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => {
          const excerpt = Buffer.concat(chunks).subarray(0, DEVELOPER_LIMITS.responseExcerptBytes);
          finish({
            statusCode: response.statusCode ?? null,
            excerpt: excerpt.length > 0 ? new TextDecoder().decode(excerpt).replaceAll(String.fromCharCode(0), '') : null,
            retryAfter: header(response.headers['retry-after']),
            location: header(response.headers.location),
            transportError: null,
          });
          response.destroy();
        };
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          if (size >= DEVELOPER_LIMITS.responseExcerptBytes) done();
        });
        response.on('end', done);
        response.on('error', done);
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      finish({
        statusCode: null,
        excerpt: null,
        retryAfter: undefined,
        location: undefined,
        transportError: signal.aborted ? `no answer within ${timeoutMs / 1000} s` : describeError(error),
      });
    });
    request.end(body);
  });
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function describeError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset before an answer';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable';
    default:
      return error.code ? `${error.message} (${error.code})` : error.message;
  }
}
