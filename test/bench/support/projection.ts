import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  type GraphQLObjectType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { repoRoot } from './app.js';
import type { WebOperation } from './documents.js';

/**
 * The shape of an operation's answer, worked out once from the document and the committed schema: which
 * keys, in which order, with which `__typename`. Projecting plain objects through it gives the JSON a GraphQL
 * server would answer, at the cost of copying the fields: no resolvers, no validation, no execution engine.
 */
export type ShapeNode = { key: string; field: string; typename?: string; children?: Shape };
export type Shape = ShapeNode[];

let schema: GraphQLSchema | undefined;

function loadSchema(): GraphQLSchema {
  return (schema ??= buildSchema(fs.readFileSync(path.join(repoRoot, 'api/schema.gql'), 'utf8')));
}

export function shapeOf(operation: WebOperation): Shape {
  const s = loadSchema();
  const fragments = new Map<string, FragmentDefinitionNode>();
  let definition: OperationDefinitionNode | undefined;
  for (const d of operation.document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    if (d.kind === Kind.OPERATION_DEFINITION) definition = d;
  }
  if (!definition) throw new Error(`${operation.name} has no operation`);
  const root = definition.operation === 'mutation' ? s.getMutationType() : s.getQueryType();
  if (!root) throw new Error(`The schema has no root type for ${definition.operation}`);

  const collect = (type: GraphQLObjectType, set: SelectionSetNode, into: Shape) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) throw new Error(`Unknown fragment ${selection.name.value}`);
        collect(type, fragment.selectionSet, into);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(type, selection.selectionSet, into);
        continue;
      }
      const key = selection.alias?.value ?? selection.name.value;
      const field = selection.name.value;
      let node = into.find((n) => n.key === key);
      if (!node) {
        node = field === '__typename' ? { key, field, typename: type.name } : { key, field };
        into.push(node);
      }
      if (!selection.selectionSet) continue;
      const definitionOfField = type.getFields()[field];
      if (!definitionOfField) throw new Error(`${type.name} has no field ${field}`);
      const named = getNamedType(definitionOfField.type);
      if (!isObjectType(named)) throw new Error(`${type.name}.${field}: only object types are supported, not ${named.name}`);
      collect(named, selection.selectionSet, (node.children ??= []));
    }
  };
  const shape: Shape = [];
  collect(root, definition.selectionSet, shape);
  return shape;
}

/** Plain objects (getters allowed: a field not asked for is never computed) through a shape, as JSON values. */
export function project(value: unknown, shape: Shape): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => project(item, shape));
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const node of shape) {
    if (node.typename) out[node.key] = node.typename;
    else if (node.children) out[node.key] = project(source[node.field], node.children);
    else out[node.key] = source[node.field] ?? null;
  }
  return out;
}

/** The first place two JSON values differ, as a path with both values; null when equal. */
export function firstDifference(a: unknown, b: unknown, at = 'data'): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${at}: app ${preview(a)} vs baseline ${preview(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} items (app) vs ${b.length} (baseline)`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
    if (!(key in ao)) return `${at}.${key}: missing in the app's answer`;
    if (!(key in bo)) return `${at}.${key}: missing in the baseline's answer`;
    const d = firstDifference(ao[key], bo[key], `${at}.${key}`);
    if (d) return d;
  }
  return null;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
