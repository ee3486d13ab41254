#!/usr/bin/env node
// The two commands of the quick start, runnable with nothing but Node.js 20+ and npm:
//   npm start  - install, build, and run the platform (embedded PostgreSQL, seeded)
//   npm test   - install, build, and run the whole test suite (unit, API end-to-end, browser)
// Each step is printed; the first failing step stops the run with its exit code.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const PNPM_VERSION = '12.21.0';
const root = path.resolve(import.meta.dirname, '..');
const task = process.argv[2];

const pnpm = findPnpm();
step('Installing dependencies', [...pnpm, 'install', '--frozen-lockfile']);
step('Building', [...pnpm, 'run', 'build']);

if (task === 'start') {
  const main = spawnSync(process.execPath, ['api/dist/main.js'], { cwd: root, stdio: 'inherit' });
  process.exit(main.status ?? 1);
} else if (task === 'test') {
  ensureChromium();
  const results = [];
  for (const [label, script] of [
    ['Unit tests', 'test:unit'],
    ['API end-to-end tests', 'test:api'],
    ['Browser tests', 'test:browser'],
  ]) {
    results.push(step(label, [...pnpm, 'run', script], { exitOnFailure: false }));
  }
  const failed = results.filter((ok) => !ok).length;
  console.log(`\nTest suites: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
} else {
  console.error('Usage: node scripts/run.mjs start|test');
  process.exit(2);
}

function step(label, command, { exitOnFailure = true } = {}) {
  console.log(`\n> ${label}: ${command.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command[0], command.slice(1), { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? 'ok' : 'FAILED'}: ${label} (${seconds}s)`);
  if (!ok && exitOnFailure) process.exit(result.status ?? 1);
  return ok;
}

/** pnpm from PATH when present, else the pinned version through npx (npm's own registry package). */
function findPnpm() {
  try {
    execFileSync('pnpm', ['--version'], { stdio: 'ignore' });
    return ['pnpm'];
  } catch {
    return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
  }
}

/** The browser tests drive Debian's Chromium; install it when missing and we may (root with apt-get). */
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (fs.existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(`The browser tests need Chromium at ${chromium}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  step('Installing Chromium for the browser tests', ['sh', '-c', 'apt-get update -qq && apt-get install -y -qq chromium']);
}
