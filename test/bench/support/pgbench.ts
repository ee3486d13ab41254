import { spawn } from 'node:child_process';

/** PostgreSQL's own write benchmark on a scratch database: what the server does without any app in front. */
export type Pgbench = { run(seconds: number): Promise<number> };

const PGBENCH = process.env.PGBENCH_PATH ?? '/usr/bin/pgbench';

/** Initialises pgbench's tables in `databaseUrl` (a scratch database) and returns a runner of `pgbench -N`. */
export async function preparePgbench(databaseUrl: string, clients: number): Promise<Pgbench> {
  await pgbench(databaseUrl, ['-i', '-q', '-s', '1']);
  return {
    async run(seconds) {
      const output = await pgbench(databaseUrl, [
        '-N',
        '-n',
        '-c',
        String(clients),
        '-j',
        '2',
        '-T',
        String(Math.max(1, Math.round(seconds))),
      ]);
      const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output) ?? /tps = ([\d.]+)/.exec(output);
      if (!tps) throw new Error(`pgbench printed no tps:\n${output}`);
      return Number(tps[1]);
    },
  };
}

function pgbench(databaseUrl: string, args: string[]): Promise<string> {
  const url = new URL(databaseUrl);
  const env = {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username || 'postgres'),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: url.pathname.slice(1),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(PGBENCH, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`pgbench ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}
