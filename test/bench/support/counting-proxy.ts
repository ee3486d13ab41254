import net from 'node:net';

/**
 * A TCP proxy between the app and PostgreSQL that reads the frontend half of the wire protocol and counts
 * statements: each Parse (extended protocol, what `pg` sends for a query with parameters) and each simple
 * Query message. It keeps the SQL and the text parameters of the latest statements, so the bench can show
 * them and `EXPLAIN` one. Bytes are forwarded untouched.
 */
export type Statement = { sql: string; params: (string | null)[] };

export type CountingProxy = {
  port: number;
  /** The upstream database URL, pointed at the proxy. */
  url: string;
  count(): number;
  statements(): Statement[];
  reset(): void;
  close(): Promise<void>;
};

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const KEEP = 2000;

export async function startCountingProxy(upstreamUrl: string): Promise<CountingProxy> {
  const upstream = new URL(upstreamUrl);
  const host = upstream.hostname;
  const port = Number(upstream.port || 5432);
  let count = 0;
  let recent: Statement[] = [];
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    const db = net.connect(port, host);
    sockets.add(client);
    sockets.add(db);
    client.on('close', () => sockets.delete(client));
    db.on('close', () => sockets.delete(db));
    db.pipe(client);
    client.on('error', () => db.destroy());
    db.on('error', () => client.destroy());
    client.on('end', () => db.end());
    let buffer: Buffer = Buffer.alloc(0);
    let started = false;
    let lastParse: Statement | null = null;
    client.on('data', (chunk: Buffer) => {
      db.write(chunk);
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST && code !== CANCEL_REQUEST) started = true;
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) break;
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) break;
        const type = String.fromCharCode(buffer[0]!);
        const body = buffer.subarray(5, 1 + length);
        if (type === 'P') {
          const nameEnd = body.indexOf(0);
          const sqlEnd = body.indexOf(0, nameEnd + 1);
          lastParse = { sql: body.toString('utf8', nameEnd + 1, sqlEnd), params: [] };
          record(lastParse);
        } else if (type === 'Q') {
          record({ sql: body.toString('utf8', 0, body.indexOf(0)), params: [] });
        } else if (type === 'B' && lastParse) {
          lastParse.params = bindParams(body);
        }
        buffer = buffer.subarray(1 + length);
      }
    });
  });

  function record(statement: Statement) {
    count += 1;
    recent.push(statement);
    if (recent.length > KEEP) recent = recent.slice(-KEEP);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const listening = (server.address() as net.AddressInfo).port;
  const url = new URL(upstreamUrl);
  url.hostname = '127.0.0.1';
  url.port = String(listening);
  return {
    port: listening,
    url: url.toString(),
    count: () => count,
    statements: () => [...recent],
    reset() {
      count = 0;
      recent = [];
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The parameters of a Bind message, as text (binary-format ones as null: `pg` sends text). */
function bindParams(body: Buffer): (string | null)[] {
  let offset = body.indexOf(0) + 1; // portal
  offset = body.indexOf(0, offset) + 1; // statement
  const formats = body.readInt16BE(offset);
  const codes: number[] = [];
  offset += 2;
  for (let i = 0; i < formats; i++, offset += 2) codes.push(body.readInt16BE(offset));
  const count = body.readInt16BE(offset);
  offset += 2;
  const params: (string | null)[] = [];
  for (let i = 0; i < count; i++) {
    const length = body.readInt32BE(offset);
    offset += 4;
    if (length < 0) {
      params.push(null);
      continue;
    }
    const binary = (codes.length === 1 ? codes[0] : codes[i]) === 1;
    params.push(binary ? null : body.toString('utf8', offset, offset + length));
    offset += length;
  }
  return params;
}
