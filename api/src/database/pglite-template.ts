import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from './migrations/index.js';

/**
 * A fresh PGlite runs initdb, compiled to WebAssembly: several seconds. The build runs it once, applies the
 * migrations, and saves the result beside the compiled code (`pnpm build` → `dist/pglite-template.tgz`); a new
 * embedded database, and every test database, starts from that copy in about a second. A template written for
 * another list of migrations is ignored.
 */
export const TEMPLATE_FILE = path.resolve(import.meta.dirname, '../pglite-template.tgz');
const FINGERPRINT_FILE = `${TEMPLATE_FILE}.fingerprint`;

export function migrationsFingerprint(): string {
  return createHash('sha256')
    .update(MIGRATIONS.map((migration) => migration.name).join('\n'))
    .digest('hex');
}

let cached: Blob | null | undefined;

/** The template as PGlite's `loadDataDir` takes it, or null when there is none for these migrations. */
export function pgliteTemplate(): Blob | null {
  if (cached !== undefined) return cached;
  try {
    cached =
      fs.readFileSync(FINGERPRINT_FILE, 'utf8').trim() === migrationsFingerprint() ? new Blob([fs.readFileSync(TEMPLATE_FILE)]) : null;
  } catch {
    cached = null;
  }
  return cached;
}

export function writePgliteTemplate(data: Buffer): void {
  fs.writeFileSync(TEMPLATE_FILE, data);
  fs.writeFileSync(FINGERPRINT_FILE, migrationsFingerprint());
}
