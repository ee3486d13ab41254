#!/usr/bin/env node
// Fails when a generated artefact is out of date with its source:
//   api/schema.gql          <- the resolvers          (pnpm schema:generate)
//   web/src/gql/            <- api/schema.gql + web operations (pnpm codegen)
//   api/src/database/migrations <- the entities      (pnpm migration:generate <Name>)
// Needs a build of api (pnpm build).
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
let failed = false;

function run(label, command, args) {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failed = true;
    console.error(`FAILED: ${label}`);
  }
  return result.status === 0;
}

function unchanged(label, paths, fix) {
  const status = execFileSync('git', ['status', '--porcelain', '--', ...paths], { cwd: root, encoding: 'utf8' });
  if (status.trim() === '') {
    console.log(`${label}: up to date`);
    return;
  }
  failed = true;
  console.error(`${label} is out of date; run \`${fix}\` and commit the result:\n${status}`);
  spawnSync('git', ['--no-pager', 'diff', '--stat', '--', ...paths], { cwd: root, stdio: 'inherit' });
}

if (run('Regenerating api/schema.gql', 'pnpm', ['--silent', 'schema:generate'])) {
  unchanged('GraphQL schema (api/schema.gql)', ['api/schema.gql'], 'pnpm schema:generate');
}
if (run('Regenerating web/src/gql', 'pnpm', ['--silent', 'codegen'])) {
  unchanged('GraphQL codegen (web/src/gql)', ['web/src/gql'], 'pnpm codegen');
}
run('Checking migrations against the entities', 'node', ['api/dist/scripts/generate-migration.js', '--check']);

process.exit(failed ? 1 : 0);
