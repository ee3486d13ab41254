import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const GQL_DIR = path.resolve(import.meta.dirname, '../src/gql');
/** A `graphql(`…`)` call whose template has no substitutions, as every document in src/ is written. */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
/** A line of the `documents` map in src/gql/gql.ts: the document's text (a JSON string) and its export's name. */
const ENTRY = /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/;
/** A document in src/gql/graphql.ts: its export's name and its syntax tree, as JSON. */
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;
const VIRTUAL = 'virtual:ocmf-document/';

/**
 * In a production build, replaces each `graphql(`…`)` call in src/ with the document codegen made of it, as a
 * module of its own, so that each page's chunk carries only the documents it sends.
 *
 * Calling `graphql()` looks the text up in src/gql/gql.ts, a map of every document in the app, and the documents
 * themselves sit in one module, src/gql/graphql.ts (together about 360 KB): a bundler cannot split either, so
 * without this the first page would load them all. Tests and the dev server still call `graphql()`, which returns
 * the same syntax trees.
 */
export function graphqlDocuments(): Plugin {
  let exportsByText = new Map<string, string>();
  let documents = new Map<string, string>();
  return {
    name: 'ocmf:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      exportsByText = readDocumentMap(path.join(GQL_DIR, 'gql.ts'));
      documents = readDocuments(path.join(GQL_DIR, 'graphql.ts'));
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const document = documents.get(id.slice(VIRTUAL.length + 1));
      if (!document) this.error(`src/gql/graphql.ts has no document ${id}: run pnpm codegen`);
      return `export default ${document};`;
    },
    transform: {
      filter: { id: /[\\/]src[\\/].*\.tsx?$/ },
      handler(code, id) {
        if (id.startsWith(GQL_DIR) || !code.includes('graphql(')) return null;
        const imported = new Set<string>();
        const replaced = code.replace(CALL, (call, text: string) => {
          const name = text.includes('\\') || text.includes('${') ? undefined : exportsByText.get(text);
          if (!name) {
            const first = text.trim().split('\n')[0];
            this.error(`${path.relative(process.cwd(), id)}: no generated document for "${first}"; run pnpm codegen`);
          }
          imported.add(name);
          // Keep the line count, so that positions after the call still map to the source.
          return `__document_${name}${'\n'.repeat(call.split('\n').length - 1)}`;
        });
        if (imported.size === 0) return null;
        const imports = [...imported].map((name) => `import __document_${name} from '${VIRTUAL}${name}';`).join('');
        return { code: `${imports}${replaced}`, map: null };
      },
    },
  };
}

function readDocumentMap(file: string): Map<string, string> {
  const map = new Map<string, string>();
  const source = fs.readFileSync(file, 'utf8');
  const start = source.indexOf('const documents');
  for (const line of source.slice(start).split('\n')) {
    if (line.startsWith('}')) break;
    const entry = ENTRY.exec(line);
    if (entry) map.set(JSON.parse(entry[1]!) as string, entry[2]!);
  }
  if (start < 0 || map.size === 0) throw new Error(`${file} holds no document map: run pnpm codegen`);
  return map;
}

function readDocuments(file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const document = DOCUMENT.exec(line);
    if (document) map.set(document[1]!, document[2]!);
  }
  return map;
}
