import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../database/data-source.js';
import { connectDatabase } from '../database/connect.js';

/**
 * Generates a migration from the difference between the entities and a freshly migrated database.
 * `--check` writes nothing and exits 1 if a migration would be generated: the CI drift check.
 */
const args = process.argv.slice(2);
const check = args.includes('--check');
const name = args.find((arg) => !arg.startsWith('--'));
if (!check && !name) {
  console.error('Usage: pnpm migration:generate <PascalCaseName> | --check');
  process.exit(2);
}

const migrationsDir = path.resolve(import.meta.dirname, '../../src/database/migrations');
const config = loadConfig();
const database = await connectDatabase({ ...config, dataDir: '' }, { ephemeral: true });
const dataSource = await openDatabase(database.url, { poolSize: 2 });
const sql = await dataSource.driver.createSchemaBuilder().log();
await dataSource.destroy();
await database.stop();

const up = sql.upQueries.map((q) => q.query);
const down = sql.downQueries.map((q) => q.query).reverse();
if (check) {
  if (up.length > 0) {
    console.error('The entities and the migrations disagree; run `pnpm migration:generate <Name>`. Missing:');
    for (const query of up) console.error(`  ${query};`);
    process.exit(1);
  }
  console.log('migrations: up to date with the entities');
  process.exit(0);
}
if (up.length === 0) {
  console.log('No changes: the migrations already match the entities.');
  process.exit(0);
}

const timestamp = Date.now();
const className = `${name}${timestamp}`;
const fileName = `${timestamp}-${name}`;
const quote = (query: string) => '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }
}
`;
await fs.writeFile(path.join(migrationsDir, `${fileName}.ts`), body);
await writeIndex();
console.log(`Wrote src/database/migrations/${fileName}.ts`);

async function writeIndex(): Promise<void> {
  const files = (await fs.readdir(migrationsDir)).filter((f) => /^\d+-\w+\.ts$/.test(f)).sort();
  const entries = files.map((file) => {
    const [stamp, migrationName] = file.replace(/\.ts$/, '').split('-') as [string, string];
    return { file: file.replace(/\.ts$/, '.js'), className: `${migrationName}${stamp}` };
  });
  const index = `// Listed in order. \`pnpm migration:generate <Name>\` writes a new file here and adds it to this list.
${entries.map((e) => `import { ${e.className} } from './${e.file}';`).join('\n')}

export const MIGRATIONS = [${entries.map((e) => e.className).join(', ')}];
`;
  await fs.writeFile(path.join(migrationsDir, 'index.ts'), index);
}
