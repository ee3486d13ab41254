import autocannon from 'autocannon';

/** One HTTP target under load: the same request body sent to the app or to a baseline. */
export type Target = { name: string; url: string; body?: string; headers?: Record<string, string> };

export type LoadResult = { rps: number; p50: number; requests: number; failures: number };

/** Load with autocannon: `connections` keep-alive connections for `seconds`, POSTing the body. */
export async function load(target: Target, options: { connections: number; seconds: number }): Promise<LoadResult> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  const requests = result.requests.total;
  return {
    rps: requests / Math.max(result.duration, 0.001),
    p50: result.latency.p50,
    requests,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * Runs the targets in turn, A B A B ..., `runs` times each, after one short warm-up of each, so a slow
 * patch of a noisy machine falls on all of them alike. Returns every run per target.
 */
export async function interleaved(
  targets: Target[],
  options: { runs: number; seconds: number; connections: number; warmupSeconds: number },
): Promise<Map<string, LoadResult[]>> {
  for (const target of targets) await load(target, { connections: options.connections, seconds: options.warmupSeconds });
  const results = new Map<string, LoadResult[]>(targets.map((t) => [t.name, []]));
  for (let run = 0; run < options.runs; run++) {
    for (const target of targets) results.get(target.name)!.push(await load(target, options));
  }
  return results;
}

/**
 * Latency of one request at a time, timed here with a high-resolution clock (autocannon's histogram keeps
 * whole milliseconds, too coarse for a ratio of two ~10 ms figures), the targets interleaved A B A B ...
 * Returns the median latency of each run, per target.
 */
export async function interleavedLatency(
  targets: Target[],
  options: { runs: number; seconds: number; warmupSeconds: number },
): Promise<Map<string, number[]>> {
  const once = async (target: Target) => {
    const started = performance.now();
    const res = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...target.headers },
      body: target.body,
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${target.name}: HTTP ${res.status}`);
    return performance.now() - started;
  };
  const during = async (target: Target, seconds: number) => {
    const deadline = performance.now() + seconds * 1000;
    const latencies: number[] = [];
    while (performance.now() < deadline) latencies.push(await once(target));
    return latencies;
  };
  for (const target of targets) await during(target, options.warmupSeconds);
  const results = new Map<string, number[]>(targets.map((t) => [t.name, []]));
  for (let run = 0; run < options.runs; run++) {
    for (const target of targets) results.get(target.name)!.push(median(await during(target, options.seconds)));
  }
  return results;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
