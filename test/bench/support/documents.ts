import fs from 'node:fs';
import path from 'node:path';
import {
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { repoRoot } from './app.js';

/**
 * The web app's own GraphQL documents, by operation name (`Home`, `Proposal`, `CastVote`, ...), read from the
 * map graphql-codegen generates in web/src/gql/gql.ts: the bench sends what the app sends, and follows it when
 * a route's query changes.
 */
export type WebOperation = { name: string; query: string; document: DocumentNode };

const GQL_FILE = path.join(repoRoot, 'web/src/gql/gql.ts');

let definitions: { operations: Map<string, OperationDefinitionNode>; fragments: Map<string, FragmentDefinitionNode> } | undefined;

function load() {
  if (definitions) return definitions;
  const source = fs.readFileSync(GQL_FILE, 'utf8');
  const operations = new Map<string, OperationDefinitionNode>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  // `const documents = { "<source>": types.XDocument, ... }`: each key is one document the web app declares.
  for (const match of source.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.\w+,?$/gm)) {
    for (const definition of parse(JSON.parse(match[1]!) as string).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) operations.set(definition.name.value, definition);
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  if (operations.size === 0) throw new Error(`No GraphQL documents found in ${GQL_FILE}`);
  return (definitions = { operations, fragments });
}

/** The operation with every fragment it uses, with `__typename` added the way Apollo Client's cache adds it. */
export function webOperation(name: string): WebOperation {
  const { operations, fragments } = load();
  const operation = operations.get(name);
  if (!operation) throw new Error(`The web app has no GraphQL operation named ${name} (it has: ${[...operations.keys()].join(', ')})`);
  const used: DefinitionNode[] = [];
  const seen = new Set<string>();
  const collect = (node: DefinitionNode) => {
    visit(node, {
      FragmentSpread(spread) {
        const fragmentName = spread.name.value;
        if (seen.has(fragmentName)) return;
        seen.add(fragmentName);
        const fragment = fragments.get(fragmentName);
        if (!fragment) throw new Error(`Fragment ${fragmentName} used by ${name} is not in ${GQL_FILE}`);
        used.push(fragment);
        collect(fragment);
      },
    });
  };
  collect(operation);
  const document = withTypenames({ kind: Kind.DOCUMENT, definitions: [operation, ...used] });
  return { name, query: print(document), document };
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      // Not on an operation's root selection, as Apollo Client does it.
      if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
      const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias);
      return has ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

/** A document of the bench's own, for set-up steps the web app has no screen for (granting roles). */
export function ownOperation(query: string): WebOperation {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation?.name) throw new Error('An operation needs a name');
  return { name: operation.name.value, query: print(document), document };
}

/** A query as a canonical string (its operation, then its fragments by name), to compare what a page sent with what the bench sends. */
export function normalizeQuery(query: string): string {
  const definitions = [...parse(query).definitions].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  return print({ kind: Kind.DOCUMENT, definitions });
}

function sortKey(definition: DefinitionNode): string {
  return definition.kind === Kind.FRAGMENT_DEFINITION ? `1 ${definition.name.value}` : '0';
}
