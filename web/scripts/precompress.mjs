#!/usr/bin/env node
// Writes a Brotli (.br) and a gzip (.gz) copy beside every text asset of the build, at their highest settings,
// so the server sends compressed files without compressing anything per request.
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../dist');
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/;

let files = 0;
let saved = 0;
for (const entry of await fs.readdir(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
  const file = path.join(entry.parentPath, entry.name);
  const raw = await fs.readFile(file);
  const brotli = zlib.brotliCompressSync(raw, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  const gzip = zlib.gzipSync(raw, { level: 9 });
  await fs.writeFile(`${file}.br`, brotli);
  await fs.writeFile(`${file}.gz`, gzip);
  files += 1;
  saved += raw.length - brotli.length;
}
console.log(`precompressed ${files} files (Brotli saves ${(saved / 1024).toFixed(0)} KiB)`);
