import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLSchema,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { type ComplexityEstimatorArgs, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LruCache } from './lru-cache.js';

/**
 * What one GraphQL request may ask for, checked after parsing and validation and before anything runs, so an
 * abusive query is refused in milliseconds. The web app's heaviest page and the standard introspection query
 * stay well inside (tests hold both).
 */
export const QUERY_LIMITS = {
  /** Nesting of fields, fragments expanded; introspection (`__schema`, `__type`) aside. */
  maxDepth: 12,
  /** Aliased fields, each fragment spread counted as often as it is spread. */
  maxAliases: 30,
  maxDirectives: 20,
  /** The estimated cost: each field 1, a list its page size times what it holds (see listCost). */
  maxCost: 20_000,
  /** Root fields of one mutation request. */
  maxRootMutations: 10,
  /** Lexical tokens of a document (Apollo's parser refuses longer ones). */
  maxTokens: 5000,
} as const;

/** Mutations that may appear once per request: each creates a session (or an account) and is rate-limited. */
const ONCE_PER_REQUEST = new Set(['signUp', 'signIn']);

/** A list whose size no argument bounds counts as this many items. */
const DEFAULT_LIST_SIZE = 10;
/** Beyond this many fields, estimating the cost itself would be the expensive part. */
const MAX_QUERY_NODES = 5000;

/**
 * The cost of a list field that holds up to `size` items: `@Field(() => [Comment], { complexity: listCost(100) })`.
 * With `pageArgument`, the caller's page size (e.g. `first`, or the default page size) takes its place.
 */
export function listCost(size: number, pageArgument?: string) {
  return ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }): number => {
    const page = pageArgument ? args[pageArgument] : undefined;
    return 1 + (typeof page === 'number' && page > 0 ? page : size) * childComplexity;
  };
}

export type QueryRefusal = { rule: string; limit: number; value: number; message: string };

/** The first limit an operation breaks, or null when it is within all of them. */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): QueryRefusal | null {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  if (operation.operation === 'mutation') {
    const roots = rootFields(operation.selectionSet, fragments);
    const overMutations = over(
      'MAX_ROOT_MUTATIONS',
      QUERY_LIMITS.maxRootMutations,
      roots.length,
      'A request may run at most %limit mutations; this one has %value.',
    );
    if (overMutations) return overMutations;
    for (const name of ONCE_PER_REQUEST) {
      const once = over(
        'ONCE_PER_REQUEST',
        1,
        roots.filter((root) => root === name).length,
        `${name} may appear once per request; this one has it %value times.`,
      );
      if (once) return once;
    }
  }
  const shape = measure(operation.selectionSet, fragments);
  const overShape =
    over('MAX_ALIASES', QUERY_LIMITS.maxAliases, shape.aliases, 'A query may use at most %limit aliases; this one uses %value.') ??
    over(
      'MAX_DIRECTIVES',
      QUERY_LIMITS.maxDirectives,
      shape.directives,
      'A query may use at most %limit directives; this one uses %value.',
    ) ??
    over('MAX_DEPTH', QUERY_LIMITS.maxDepth, shape.depth, 'A query may nest at most %limit levels; this one nests %value.');
  if (overShape) return overShape;
  let cost: number;
  try {
    cost = queryCost(schema, document, operation.name?.value, variables);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (error.message.includes('maximum allowed number of nodes')) {
      return refusal('MAX_COST', QUERY_LIMITS.maxCost, MAX_QUERY_NODES, `This query has more than ${MAX_QUERY_NODES} fields.`);
    }
    // Variables that do not fit their types: execution refuses them with a field-specific error before anything runs.
    return null;
  }
  return over(
    'MAX_COST',
    QUERY_LIMITS.maxCost,
    cost,
    'This query costs %value, more than the limit of %limit. Ask for fewer items or fewer nested lists.',
  );
}

/** The estimated cost of an operation, before it runs. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    maxQueryNodes: MAX_QUERY_NODES,
    estimators: [introspectionIsFree, declaredCost, pageSizedList, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** The error a refused query gets: QUERY_TOO_COMPLEX, naming the rule, its limit and what the query measured. */
export function queryTooComplex(refused: QueryRefusal): GraphQLError {
  return new GraphQLError(refused.message, {
    extensions: {
      code: 'QUERY_TOO_COMPLEX',
      rule: refused.rule,
      limit: refused.limit,
      measured: refused.value,
      ...(refused.rule === 'MAX_COST' ? { cost: refused.value } : {}),
      http: { status: 400 },
    },
  });
}

/**
 * Applies QUERY_LIMITS to every operation Apollo runs over HTTP, and hands the schema to `onSchema` once built
 * (the WebSocket server checks subscriptions against it).
 */
export function queryLimitsPlugin(onSchema: (schema: GraphQLSchema) => void = () => {}): ApolloServerPlugin {
  return {
    serverWillStart({ schema }) {
      onSchema(schema);
      return Promise.resolve();
    },
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          const refused = operation ? checkedOperation(schema, document, operation, request.variables ?? {}) : null;
          if (refused) throw queryTooComplex(refused);
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * Verdicts by document, then by operation and variables. Apollo keeps each parsed and validated document (its
 * document store), so a query the web app sends again arrives as the same object, and its verdict, which depends
 * on nothing else, is known. Variables too large to serve as a key are checked every time.
 */
const verdicts = new WeakMap<DocumentNode, LruCache<string, QueryRefusal | null>>();
const VERDICTS_PER_DOCUMENT = 64;
const MAX_VERDICT_KEY = 1024;

function checkedOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): QueryRefusal | null {
  const key = `${operation.name?.value ?? ''} ${JSON.stringify(variables)}`;
  if (key.length > MAX_VERDICT_KEY) return checkOperation(schema, document, operation, variables);
  let known = verdicts.get(document);
  if (!known) verdicts.set(document, (known = new LruCache(VERDICTS_PER_DOCUMENT)));
  return known.get(key, () => checkOperation(schema, document, operation, variables));
}

// ---- the shape of an operation, fragments expanded (each counted once, however often it is spread) ----

type Shape = { depth: number; aliases: number; directives: number };

function measure(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): Shape {
  const memo = new Map<string, Shape>();
  const visit = (set: SelectionSetNode, inIntrospection: boolean): Shape => {
    let depth = 0;
    let aliases = 0;
    let directives = 0;
    for (const selection of set.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        const introspection = inIntrospection || selection.name.value.startsWith('__');
        const inner = selection.selectionSet ? visit(selection.selectionSet, introspection) : { depth: 0, aliases: 0, directives: 0 };
        depth = Math.max(depth, (introspection ? 0 : 1) + inner.depth);
        aliases += inner.aliases;
        directives += inner.directives;
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? visit(selection.selectionSet, inIntrospection)
            : spread(selection.name.value, inIntrospection);
        depth = Math.max(depth, inner.depth);
        aliases += inner.aliases;
        directives += inner.directives;
      }
    }
    return { depth, aliases, directives };
  };
  const spread = (name: string, inIntrospection: boolean): Shape => {
    const key = `${name}:${inIntrospection}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    // Validation has already refused unknown and cyclic fragments; the placeholder guards the recursion anyway.
    memo.set(key, { depth: 0, aliases: 0, directives: 0 });
    const shape = fragment ? visit(fragment.selectionSet, inIntrospection) : { depth: 0, aliases: 0, directives: 0 };
    const total = { ...shape, directives: shape.directives + (fragment?.directives?.length ?? 0) };
    memo.set(key, total);
    return total;
  };
  return visit(selectionSet, false);
}

function rootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    return rootFields(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
  });
}

// ---- cost estimators ----

/** Introspection reads the schema in memory, bounded by its size: it costs nothing (and is off in production). */
function introspectionIsFree({ field, type }: ComplexityEstimatorArgs): number | void {
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
}

/** A field that declares its cost (`complexity` on @Field or @ResolveField). */
function declaredCost(options: ComplexityEstimatorArgs): number | void {
  const declared = (options.field.extensions as { complexity?: unknown } | undefined)?.complexity;
  if (typeof declared === 'number') return declared + options.childComplexity;
  if (typeof declared === 'function') return (declared as (args: ComplexityEstimatorArgs) => number)(options);
}

/** Any other list of objects: its `first` argument, or DEFAULT_LIST_SIZE, times what each item costs. */
function pageSizedList({ field, args, childComplexity }: ComplexityEstimatorArgs): number | void {
  const type = getNullableType(field.type);
  if (!isListType(type) || !isObjectType(getNamedType(type))) return;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_LIST_SIZE;
  return 1 + first * childComplexity;
}

function refusal(rule: string, limit: number, value: number, message: string): QueryRefusal {
  return { rule, limit, value, message };
}

/** A refusal when `value` is over `limit`; the message names both (%limit, %value). */
function over(rule: string, limit: number, value: number, message: string): QueryRefusal | null {
  if (value <= limit) return null;
  return refusal(rule, limit, value, message.replace('%limit', String(limit)).replace('%value', String(value)));
}
