/**
 * `pnpm bench`: measures the figures of issue 15 side by side with what the hardware allows, and prints one
 * table (figure | app | baseline | ratio | goal), also written to test/bench/results/ as Markdown and JSON.
 *
 *   pnpm bench              the full run on the PostgreSQL server (TEST_DATABASE_URL, default local postgres)
 *   pnpm bench --embedded   also the app on the embedded database (PGlite), compared with the app on the server
 *   pnpm bench --smoke      a tiny data set and ~1 s per measurement: exercises every measurement, for CI
 *
 * It asserts nothing about speed: it prints ratios. It exits non-zero only when something crashes.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { adminQuery, freePort, freshDatabase, repoRoot, type RunningApp, startApp } from './support/app.js';
import { Client, network, requestBody } from './support/client.js';
import { startCountingProxy, type CountingProxy } from './support/counting-proxy.js';
import {
  addComments,
  castVotes,
  CHOICES,
  type Choice,
  createPeople,
  createProposals,
  type DatasetSizes,
  openVoting,
  type People,
  signUpMembers,
  voteInput,
} from './support/dataset.js';
import { normalizeQuery, type WebOperation, webOperation } from './support/documents.js';
import { initialJs } from './support/initial-js.js';
import { interleaved, interleavedLatency, type LoadResult, median, type Target } from './support/load.js';
import { launchChromium, measurePage } from './support/page-metrics.js';
import { type Pgbench, preparePgbench } from './support/pgbench.js';
import { firstDifference } from './support/projection.js';
import { type Figure, kib, machine, ms, perSecond, seconds, textTable, times, writeReport } from './support/report.js';

const { values: flags } = parseArgs({
  options: { smoke: { type: 'boolean', default: false }, embedded: { type: 'boolean', default: false } },
});
const SMOKE = flags.smoke;
const SERVER_URL = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The header that makes the app execute a query rather than answer it from what it kept. */
const NO_CACHE = { 'cache-control': 'no-cache' };

const SIZES: DatasetSizes = SMOKE
  ? { setters: 4, commenters: 3, authors: 2, comments: { small: 4, large: 20 }, proposals: { few: 10, many: 40 } }
  : { setters: 50, commenters: 12, authors: 4, comments: { small: 20, large: 200 }, proposals: { few: 10, many: 2000 } };
const TIMING = SMOKE
  ? { runs: 1, seconds: 1, warmupSeconds: 0.5, voteSeconds: 1, starts: 1, pageLoads: 1 }
  : { runs: 5, seconds: 5, warmupSeconds: 2, voteSeconds: 10, starts: 3, pageLoads: 5 };
const CONNECTIONS = 10;

const figures: Figure[] = [];
const problems: string[] = [];
const details: Record<string, unknown> = { sizes: SIZES, timing: TIMING };
const cleanups: (() => Promise<unknown>)[] = [];
const startedAt = new Date().toISOString();

const log = (message: string) => console.log(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const t0 = performance.now();
const problem = (message: string) => {
  problems.push(message);
  console.log(`  ! ${message}`);
};

process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

try {
  const onServer = await suite('server');
  if (flags.embedded) await suite('embedded', onServer);
  await startTimes();
  details.networkRetries = network.retries;
  if (network.retries > 0) log(`${network.retries} request(s) were sent again after a connection error`);
  const report = {
    mode: SMOKE ? ('smoke' as const) : ('full' as const),
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: machine(),
    figures,
    problems,
    details,
  };
  const files = await writeReport(report);
  console.log(`\n${textTable(figures)}\n`);
  if (problems.length) console.log(`Problems:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  console.log(`Written: ${files.markdown}\n         ${files.json}`);
} finally {
  await cleanUp();
}

async function cleanUp(): Promise<void> {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** What one database's run measured of the app itself, for comparing the embedded database with the server. */
type AppMeasures = { homeRps: number; proposalRps: number; votesPerSecond: number };

/**
 * Everything measured against one database. On the PostgreSQL server: against baseline B and pgbench, with
 * statement counts, the initial JS and the page in Chromium. On the embedded PGlite, which runs inside the app's
 * own process and serves a handful of connections, only the app itself: its figures are compared with the server's.
 */
async function suite(target: 'server' | 'embedded', onServer?: AppMeasures): Promise<AppMeasures> {
  const tag = target === 'embedded' ? ' (embedded)' : '';
  log(`${target}: starting the app on a fresh database`);
  let app: RunningApp;
  let databaseUrl: string | null = null;
  if (target === 'server') {
    const database = await freshDatabase(SERVER_URL);
    cleanups.push(() => database.drop());
    app = await startApp({ databaseUrl: database.url });
    databaseUrl = database.url;
  } else {
    app = await startApp({ databaseUrl: null });
  }
  cleanups.push(() => app.stop());
  const baseline = databaseUrl ? await startBaseline(databaseUrl) : null;
  if (baseline) cleanups.push(() => baseline.stop());

  log(`${target}: creating the data set through the API`);
  const people = await createPeople(app, SIZES);
  const [large, small, vote] = await createProposals(people.authors, SIZES.proposals.few, 0);
  if (large === undefined || small === undefined || vote === undefined) throw new Error('Need at least three proposals');
  await addComments(people.commenters, large, SIZES.comments.large);
  await addComments(people.commenters, small, SIZES.comments.small);
  for (const number of [large, small, vote]) await openVoting(people.admin, number);
  await castVotes(people.setters, large);
  await castVotes(people.setters, small);
  log(`${target}: ${SIZES.proposals.few} proposals, #${large} with ${SIZES.comments.large} comments and ${SIZES.setters} votes`);

  // Statements are counted on a second app process whose database connection runs through the counting proxy.
  let counted: Counted | null = null;
  if (databaseUrl) {
    const proxy = await startCountingProxy(databaseUrl);
    cleanups.push(() => proxy.close());
    const countedApp = await startApp({ databaseUrl: proxy.url });
    cleanups.push(() => countedApp.stop());
    counted = { app: countedApp, proxy };
  }

  // The list at few proposals is timed on a second app with a database of its own holding only those, so that
  // the two can be timed interleaved once the first has many.
  log(`${target}: a second app with ${SIZES.proposals.few} proposals, for the list's reference`);
  const fewDatabase = target === 'server' ? await freshDatabase(SERVER_URL, 'ocmf_bench_few') : null;
  if (fewDatabase) cleanups.push(() => fewDatabase.drop());
  const fewApp = await startApp({ databaseUrl: fewDatabase?.url ?? null });
  cleanups.push(() => fewApp.stop());
  await createProposals(await signUpMembers(fewApp, SIZES.authors, 'author', (i) => `Author ${i}`), SIZES.proposals.few, 0);

  // The list itself: `Proposals` is the page's other query, which only fills the filters from the draft.
  const proposals = webOperation('ProposalList');
  const listVariables = { status: null, categoryKey: null, measureKey: null, first: 20 };
  const listStatements = () => (counted ? countStatements(counted, proposals, listVariables, null) : Promise.resolve(null));
  const fewStatements = await listStatements();
  log(`${target}: creating ${SIZES.proposals.many - SIZES.proposals.few} more proposals`);
  await createProposals(people.authors, SIZES.proposals.many - SIZES.proposals.few, SIZES.proposals.few, 8);
  // A bulk load leaves the planner's statistics stale and the visibility map unset until autovacuum's next round
  // (within a minute by default); the list's exact totalCount is an index-only scan only after it. Do that round
  // now, on both databases alike, rather than time the minute after a bulk load.
  for (const url of [databaseUrl, fewDatabase?.url]) if (url) await adminQuery(url, 'VACUUM (ANALYZE)');
  const manyStatements = await listStatements();
  log(`${target}: proposals list latency at ${SIZES.proposals.few} and ${SIZES.proposals.many} proposals, interleaved`);
  const listBody = requestBody(proposals, listVariables);
  const latency = await interleavedLatency(
    [
      { name: 'few', url: `${fewApp.url}/graphql`, body: listBody, headers: NO_CACHE },
      { name: 'many', url: `${app.url}/graphql`, body: listBody, headers: NO_CACHE },
    ],
    TIMING,
  );
  await fewApp.stop();
  const listFew = { p50: median(latency.get('few')!), runs: latency.get('few')!, statements: fewStatements };
  const listMany = { p50: median(latency.get('many')!), runs: latency.get('many')!, statements: manyStatements };
  details[`list${tag}`] = { few: listFew, many: listMany };

  // ---- search at many proposals (full-text, GIN-indexed): the issue's bar is 50 ms on PostgreSQL ----
  log(`${target}: search latency at ${SIZES.proposals.many} proposals`);
  const searchLatency = await interleavedLatency(
    [
      {
        name: 'search',
        url: `${app.url}/graphql`,
        body: requestBody(webOperation('Search'), { query: 'measure sync', first: 20 }),
        headers: NO_CACHE,
      },
    ],
    TIMING,
  );
  const searchRuns = searchLatency.get('search')!;
  details[`search${tag}`] = { proposals: SIZES.proposals.many, p50: median(searchRuns), runs: searchRuns };
  log(`${target}: SearchQuery median ${median(searchRuns).toFixed(1)} ms`);

  // ---- throughput: Home and Proposal, app and baseline interleaved ----
  const home = webOperation('Home');
  const proposal = webOperation('Proposal');
  const homeBody = requestBody(home);
  const proposalBody = requestBody(proposal, { number: large });
  // Anonymous readers get the answer the app keeps while nothing changes; `uncached` asks it to do the work each time.
  const homeTargets: Target[] = [
    { name: 'app', url: `${app.url}/graphql`, body: homeBody },
    { name: 'uncached', url: `${app.url}/graphql`, body: homeBody, headers: NO_CACHE },
  ];
  const proposalTargets: Target[] = [
    { name: 'app', url: `${app.url}/graphql`, body: proposalBody },
    { name: 'uncached', url: `${app.url}/graphql`, body: proposalBody, headers: NO_CACHE },
  ];
  if (baseline) {
    await sameAnswer(app.url, `${baseline.url}/per-request/graphql`, homeBody, 'HomeQuery');
    await sameAnswer(app.url, `${baseline.url}/per-request/graphql`, proposalBody, 'ProposalQuery');
    await sameAnswer(app.url, `${baseline.url}/once/graphql`, proposalBody, 'ProposalQuery, Markdown once');
    homeTargets.push({ name: 'baseline', url: `${baseline.url}/per-request/graphql`, body: homeBody });
    proposalTargets.push(
      { name: 'per-request', url: `${baseline.url}/per-request/graphql`, body: proposalBody },
      { name: 'once', url: `${baseline.url}/once/graphql`, body: proposalBody },
    );
  }
  log(`${target}: HomeQuery throughput${baseline ? ', app and baseline interleaved' : ''}`);
  const homeRuns = await interleaved(homeTargets, { ...TIMING, connections: CONNECTIONS });
  checkFailures([...homeRuns.values()].flat(), `HomeQuery load${tag}`);
  log(`${target}: ProposalQuery throughput${baseline ? ', app and both baselines interleaved' : ''}`);
  const proposalRuns = await interleaved(proposalTargets, { ...TIMING, connections: CONNECTIONS });
  checkFailures([...proposalRuns.values()].flat(), `ProposalQuery load${tag}`);
  details[`throughput${tag}`] = { home: Object.fromEntries(homeRuns), proposal: Object.fromEntries(proposalRuns) };
  const rps = (runs: Map<string, LoadResult[]>, name: string) => median(runs.get(name)?.map((r) => r.rps) ?? []);
  const measured: AppMeasures = {
    homeRps: rps(homeRuns, 'app'),
    proposalRps: rps(proposalRuns, 'app'),
    votesPerSecond: Number.NaN,
  };
  const page = `${SIZES.comments.large} comments, ${SIZES.setters} votes`;
  if (baseline) {
    const homeBase = rps(homeRuns, 'baseline');
    const perRequest = rps(proposalRuns, 'per-request');
    const once = rps(proposalRuns, 'once');
    figures.push(
      {
        figure: 'HomeQuery throughput, app ÷ raw-pg baseline',
        app: perSecond(measured.homeRps),
        baseline: perSecond(homeBase),
        ratio: times(measured.homeRps / homeBase),
        goal: '≥ 0.5×',
      },
      {
        figure: 'HomeQuery throughput, uncached (every request executed), app ÷ raw-pg baseline',
        app: perSecond(rps(homeRuns, 'uncached')),
        baseline: perSecond(homeBase),
        ratio: times(rps(homeRuns, 'uncached') / homeBase),
        goal: '—',
      },
      {
        figure: `ProposalQuery (${page}) throughput, app ÷ baseline rendering Markdown per request`,
        app: perSecond(measured.proposalRps),
        baseline: perSecond(perRequest),
        ratio: times(measured.proposalRps / perRequest),
        goal: '—',
      },
      {
        figure: `ProposalQuery (${page}) throughput, app ÷ baseline rendering Markdown once`,
        app: perSecond(measured.proposalRps),
        baseline: perSecond(once),
        ratio: times(measured.proposalRps / once),
        goal: '≥ 0.5×',
      },
      {
        figure: `ProposalQuery (${page}) throughput, uncached, app ÷ baseline rendering Markdown once`,
        app: perSecond(rps(proposalRuns, 'uncached')),
        baseline: perSecond(once),
        ratio: times(rps(proposalRuns, 'uncached') / once),
        goal: '—',
      },
    );
  } else if (onServer) {
    figures.push(
      {
        figure: 'HomeQuery throughput, embedded ÷ the app on the PostgreSQL server',
        app: perSecond(measured.homeRps),
        baseline: perSecond(onServer.homeRps),
        ratio: times(measured.homeRps / onServer.homeRps),
        goal: '—',
      },
      {
        figure: `ProposalQuery (${page}) throughput, embedded ÷ the app on the PostgreSQL server`,
        app: perSecond(measured.proposalRps),
        baseline: perSecond(onServer.proposalRps),
        ratio: times(measured.proposalRps / onServer.proposalRps),
        goal: '—',
      },
    );
  }

  // ---- statements per request ----
  if (counted && databaseUrl) {
    log('server: SQL statements per request, through the counting proxy');
    const reader = people.commenters[0]!;
    const anonymous = await countStatements(counted, proposal, { number: large }, null);
    const signedIn = await countStatements(counted, proposal, { number: large }, reader.cookie);
    const smallPage = await countStatements(counted, proposal, { number: small }, null);
    const fewCount = listFew.statements!.count;
    const manyCount = listMany.statements!.count;
    figures.push(
      {
        figure: 'SQL statements: anonymous proposal page / signed-in extra (a MEMBER)',
        app: `${anonymous.count} / +${signedIn.count - anonymous.count}`,
        baseline: '1 / +0',
        ratio: times(anonymous.count, 0),
        goal: '≤ 8 / +1',
      },
      {
        figure: `statements per request as comments grow ${SIZES.comments.small} → ${SIZES.comments.large} (ProposalQuery)`,
        app: `${smallPage.count} → ${anonymous.count}`,
        baseline: '1 → 1',
        ratio: anonymous.count === smallPage.count ? 'flat' : times(anonymous.count / smallPage.count),
        goal: 'flat',
      },
      {
        figure: `statements per request as proposals grow ${SIZES.proposals.few} → ${SIZES.proposals.many} (ProposalListQuery)`,
        app: `${fewCount} → ${manyCount}`,
        baseline: '—',
        ratio: fewCount === manyCount ? 'flat' : times(manyCount / fewCount),
        goal: 'flat',
      },
    );
    details.statements = {
      [`ProposalQuery anonymous, #${large}`]: anonymous.statements,
      [`ProposalQuery signed in (MEMBER), #${large}`]: signedIn.statements,
      [`ProposalListQuery anonymous at ${SIZES.proposals.many} proposals`]: listMany.statements!.statements,
    };
    details.explain = await explainListSort(databaseUrl, listMany.statements!.raw);
  }

  figures.push({
    figure: `proposals list latency (median, one request at a time), ${SIZES.proposals.many} proposals ÷ ${SIZES.proposals.few}${tag}`,
    app: ms(listMany.p50),
    baseline: ms(listFew.p50),
    ratio: times(listMany.p50 / listFew.p50),
    goal: '≤ 1.2× (an index serves the sort)',
  });

  measured.votesPerSecond = await castVoteFigures(app, people, vote, target, onServer);

  if (target === 'server') {
    log('server: initial JavaScript');
    const js = await initialJs(app.url);
    details.initialJs = js;
    figures.push({
      figure: 'initial JS (what index.html loads): gzip (raw, brotli); served as; Cache-Control of hashed assets',
      app: `${kib(js.gzip)} (${kib(js.raw)} raw, ${kib(js.brotli)} br); served ${js.servedEncoding}; ${js.assetCacheControl}`,
      baseline: '—',
      ratio: '—',
      goal: '≤ 120 KiB, served br/gzip, immutable for a year',
    });
    await pageFigures(app, large);
  }
  return measured;
}

type Counted = { app: RunningApp; proxy: CountingProxy };

/** The app's and the baseline's answers to the same request must be the same JSON, or the ratio means nothing. */
async function sameAnswer(appUrl: string, baselineUrl: string, body: string, what: string): Promise<void> {
  const post = async (url: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: res.status, text: await res.text() };
  };
  const [a, b] = await Promise.all([post(`${appUrl}/graphql`), post(baselineUrl)]);
  const app = JSON.parse(a.text) as { data?: unknown; errors?: { message: string }[] };
  const base = JSON.parse(b.text) as { data?: unknown; errors?: { message: string }[] };
  if (app.errors?.length) throw new Error(`${what}: the app answered an error: ${app.errors[0]!.message}`);
  if (base.errors?.length) throw new Error(`${what}: the baseline answered an error: ${base.errors[0]!.message}`);
  const difference = firstDifference(app.data, base.data);
  details[`answer ${what}`] = { appBytes: a.text.length, baselineBytes: b.text.length, same: difference === null };
  if (difference) problem(`${what}: the baseline's answer differs from the app's (${difference}); update baseline-server.ts`);
  else log(`  ${what}: baseline answers the same JSON (${kib(Buffer.byteLength(a.text))})`);
}

function checkFailures(runs: { failures: number; requests: number }[], what: string): void {
  const failures = runs.reduce((sum, r) => sum + r.failures, 0);
  if (failures > 0) problem(`${what}: ${failures} of ${runs.reduce((s, r) => s + r.requests, 0)} requests failed`);
}

/** Statements one request costs, counted by the proxy; the median of three requests after a warm-up. */
async function countStatements(counted: Counted, operation: WebOperation, variables: Record<string, unknown>, cookie: string | null) {
  const client = new Client(counted.app.url);
  client.cookie = cookie;
  await client.request(operation, variables);
  const counts: number[] = [];
  let raw = counted.proxy.statements();
  for (let i = 0; i < 3; i++) {
    counted.proxy.reset();
    await client.request(operation, variables);
    counts.push(counted.proxy.count());
    raw = counted.proxy.statements();
  }
  if (new Set(counts).size > 1) log(`  ${operation.name}: statement counts varied between requests: ${counts.join(', ')}`);
  return { count: median(counts), counts, statements: raw.map((s) => s.sql), raw };
}

/** `EXPLAIN ANALYZE` of the statement the app sorts the proposals list with, with the parameters it sent. */
async function explainListSort(databaseUrl: string, statements: { sql: string; params: (string | null)[] }[]) {
  const sort = statements.find((s) => /from\s+"?proposals"?/i.test(s.sql) && /order\s+by/i.test(s.sql) && /limit/i.test(s.sql));
  if (!sort) {
    problem('No statement of the proposals list sorts proposals with a LIMIT; nothing to EXPLAIN');
    return undefined;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sort.sql}`, sort.params);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    console.log(`\nEXPLAIN of the proposals list's sort query:\n${sort.sql}\n${plan}\n`);
    return { sql: sort.sql, params: sort.params, plan };
  } finally {
    await client.end();
  }
}

/**
 * castVote as the web app sends it (its CastVote document), every standard-setter voting and changing their
 * vote at once, interleaved with `pgbench -N` on the same server; then the tally must be exact. Returns votes/s.
 */
async function castVoteFigures(app: RunningApp, people: People, proposalNumber: number, target: string, onServer?: AppMeasures) {
  const tag = target === 'embedded' ? ' (embedded)' : '';
  log(`${target}: castVote throughput${onServer ? '' : ', interleaved with pgbench -N'}`);
  const castVote = webOperation('CastVote');
  let pgbench: Pgbench | null = null;
  if (!onServer) {
    try {
      const database = await freshDatabase(SERVER_URL, 'ocmf_bench_pgbench');
      cleanups.push(() => database.drop());
      pgbench = await preparePgbench(database.url, CONNECTIONS);
    } catch (error) {
      problem(`pgbench could not run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  const last = new Map<number, Choice>();
  const turn = people.setters.map((_, i) => i);
  let lastSize = 0;
  let succeeded = 0;
  let failed = 0;
  const errors = new Set<string>();
  let castingMs = 0;
  const voteRun = async () => {
    const started = performance.now();
    const deadline = started + TIMING.voteSeconds * 1000;
    let ok = 0;
    await Promise.all(
      people.setters.map(async (setter, i) => {
        while (performance.now() < deadline) {
          // Each vote differs from the voter's previous one, so each is a change and lands in the history.
          const choice = CHOICES[turn[i]!++ % CHOICES.length]!;
          const answer = await setter.send(castVote, voteInput(proposalNumber, choice, i));
          if (answer.errors?.length) {
            failed += 1;
            errors.add(answer.errors[0]!.message);
            continue;
          }
          ok += 1;
          last.set(i, choice);
          lastSize = setter.lastSize;
        }
      }),
    );
    const elapsed = performance.now() - started;
    castingMs += elapsed;
    succeeded += ok;
    return ok / (elapsed / 1000);
  };
  // The answer to the ballot's first vote, cast alone: what every answer would weigh if it did not grow.
  const first = people.setters[0]!;
  await first.request(castVote, voteInput(proposalNumber, CHOICES[turn[0]!++ % CHOICES.length]!, 0));
  last.set(0, CHOICES[(turn[0]! - 1) % CHOICES.length]!);
  succeeded += 1;
  const firstSize = first.lastSize;
  const voteRates: number[] = [];
  const tpsRuns: number[] = [];
  for (let run = 0; run < TIMING.runs; run++) {
    voteRates.push(await voteRun());
    if (pgbench) tpsRuns.push(await pgbench.run(TIMING.voteSeconds));
  }
  if (failed > 0) problem(`castVote${tag}: ${failed} votes failed (${[...errors].join('; ')})`);
  const votesPerSecond = median(voteRates);
  const tally = await tallyCheck(app, proposalNumber, last, succeeded);
  if (!tally.exact) problem(`castVote${tag}: the tally is not exact: ${tally.detail}`);
  details[`castVote${tag}`] = { voteRates, tpsRuns, succeeded, failed, firstSize, lastSize, castingMs, tally };
  const who = `web app's CastVote, ${people.setters.length} standard-setters at once`;
  if (onServer) {
    figures.push({
      figure: `castVote throughput (${who}), embedded ÷ the app on the PostgreSQL server`,
      app: perSecond(votesPerSecond),
      baseline: perSecond(onServer.votesPerSecond),
      ratio: `${times(votesPerSecond / onServer.votesPerSecond)}; tally ${tally.exact ? 'exact' : 'WRONG'}`,
      goal: 'tally exact afterwards',
    });
  } else {
    const tps = median(tpsRuns);
    figures.push({
      figure: `castVote throughput (${who}) ÷ pgbench -N tps (${CONNECTIONS} clients)`,
      app: `${perSecond(votesPerSecond)} (runs: ${voteRates.map((r) => r.toFixed(0)).join(', ')})`,
      baseline: pgbench ? `${tps.toFixed(0)} tps` : 'n/a',
      ratio: `${times(votesPerSecond / tps, 3)}; tally ${tally.exact ? 'exact' : 'WRONG'}`,
      goal: '≥ 0.15×, tally exact afterwards',
    });
  }
  figures.push({
    figure: `CastVote answer size, the ballot's first vote → after ${(castingMs / 1000).toFixed(0)} s of voting (${succeeded} votes)${tag}`,
    app: `${kib(firstSize)} → ${kib(lastSize)}`,
    baseline: '—',
    ratio: times(lastSize / firstSize),
    goal: 'constant',
  });
  return votesPerSecond;
}

/** Each standard-setter's last vote is in the tally, and every vote in the history (this ballot had none before). */
async function tallyCheck(app: RunningApp, proposalNumber: number, last: Map<number, Choice>, succeeded: number) {
  const expected = { approvals: 0, rejections: 0, abstentions: 0 };
  for (const choice of last.values()) {
    if (choice === 'APPROVE') expected.approvals += 1;
    else if (choice === 'REJECT') expected.rejections += 1;
    else expected.abstentions += 1;
  }
  const answer = await new Client(app.url).request<{
    proposal: { voting: { tally: typeof expected | null; historyPage: { totalCount: number } } | null };
  }>(webOperation('Proposal'), { number: proposalNumber });
  const shown = answer.proposal.voting?.tally ?? null;
  const historyRows = answer.proposal.voting?.historyPage.totalCount ?? 0;
  const sameTally =
    shown !== null &&
    shown.approvals === expected.approvals &&
    shown.rejections === expected.rejections &&
    shown.abstentions === expected.abstentions;
  return {
    exact: sameTally && historyRows === succeeded,
    expected,
    shown,
    historyRows,
    succeeded,
    detail: `expected ${JSON.stringify(expected)}, the app shows ${JSON.stringify(shown)}; ${historyRows} votes in the history for ${succeeded} cast`,
  };
}

/** The proposal page with the large discussion in headless Chromium, cold: LCP and DOM size. */
async function pageFigures(app: RunningApp, proposalNumber: number): Promise<void> {
  log('server: proposal page in Chromium');
  const browser = await launchChromium();
  try {
    const runs = [];
    for (let i = 0; i < TIMING.pageLoads; i++) runs.push(await measurePage(browser, `${app.url}/proposals/${proposalNumber}`));
    const sent = runs[0]!.queries.get('Proposal');
    if (!sent) problem('The proposal page sent no Proposal query');
    else if (normalizeQuery(sent) !== normalizeQuery(webOperation('Proposal').query)) {
      problem(
        "The Proposal query the page sends differs from the bench's (web/src/gql/gql.ts plus __typename); both are in the JSON results",
      );
      details.proposalQuery = { sentByThePage: normalizeQuery(sent), sentByTheBench: normalizeQuery(webOperation('Proposal').query) };
    }
    const lcp = median(runs.map((r) => r.lcpMs));
    const nodes = median(runs.map((r) => r.domNodes));
    details.page = runs.map((r) => ({ lcpMs: r.lcpMs, domNodes: r.domNodes }));
    figures.push({
      figure: `proposal page with ${SIZES.comments.large} comments: LCP / DOM nodes (headless Chromium, localhost, cold)`,
      app: `${seconds(lcp)} / ${nodes.toLocaleString('en-US')}`,
      baseline: '—',
      ratio: '—',
      goal: '≤ 0.6 s / ≤ 1,500',
    });
  } finally {
    await browser.close();
  }
}

/** Fresh start to `/health` 200: embedded (new DATA_DIR) and on the server (new database), interleaved. */
async function startTimes(): Promise<void> {
  log('start times: embedded and PostgreSQL server, interleaved');
  // As `npm start` runs it: with the demo data, on both databases alike.
  const env = { DEMO_SEED: 'true' };
  const embedded: number[] = [];
  const server: number[] = [];
  for (let i = 0; i < TIMING.starts; i++) {
    const e = await startApp({ databaseUrl: null, env });
    embedded.push(e.startMs);
    await e.stop();
    const database = await freshDatabase(SERVER_URL, 'ocmf_bench_start');
    try {
      const s = await startApp({ databaseUrl: database.url, env });
      server.push(s.startMs);
      await s.stop();
    } finally {
      await database.drop();
    }
  }
  details.startTimes = { embedded, server };
  const e = median(embedded);
  const s = median(server);
  figures.push({
    figure: 'embedded mode: fresh start to /health 200 ÷ PostgreSQL-server start (fresh database, demo data)',
    app: `${seconds(e)} (${embedded.map((v) => (v / 1000).toFixed(1)).join(', ')})`,
    baseline: `${seconds(s)} (${server.map((v) => (v / 1000).toFixed(1)).join(', ')})`,
    ratio: times(e / s),
    goal: '≤ 2×',
  });
}

/** Baseline B in its own process, so the load generator does not share its event loop. */
async function startBaseline(databaseUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), 'test/bench/baseline-server.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('baseline listening')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The baseline exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
