import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type Reference } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { defer, mergeMap, tap } from 'rxjs';
import type { LiveConnection } from './live-connection';

type ProposalPage = { nodes: Reference[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type CommentPage = { nodes: Reference[]; totalCount: number; hasNextPage: boolean; endCursor: string | null };
type VoteHistoryPage = { nodes: unknown[]; totalCount: number; changedCount: number; hasNextPage: boolean; endCursor: string | null };

/** The mutations after which the session cookie is different: the live connection must reconnect to carry it. */
const SESSION_MUTATIONS: ReadonlySet<string> = new Set(['SignIn', 'SignUp', 'SignOut']);

/** The app's one client: the pages read through it, and the routes' loaders start queries with it. */
export const client = createApolloClient();

/**
 * The API serves this app on the same origin, so GraphQL is at `/graphql` and the httpOnly session cookie
 * travels with every request. Whether someone is signed in is only ever known from the `me` query.
 * Subscriptions go over a WebSocket (graphql-ws) at the same path, opened only while one is active; its code is
 * loaded with the first subscription, so pages that have none never download it.
 */
export function createApolloClient(): ApolloClient {
  // Events sent while the connection was down are lost: after reconnecting, bring what is on screen up to date.
  const live = lazyLiveConnection(() => void client.refetchObservableQueries());
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  // The browser sends the session cookie with the WebSocket upgrade, once: after signing in or out, reconnect.
  const session = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap({
        complete: () => {
          if (operation.operationName && SESSION_MUTATIONS.has(operation.operationName)) live.reconnect();
        },
      }),
    ),
  );
  const client = new ApolloClient({
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      live.link,
      ApolloLink.from([session, http]),
    ),
    cache: new InMemoryCache({
      typePolicies: {
        // There is one working draft and one set of voting rules: store each once, whatever query fetched it.
        Draft: { keyFields: [] },
        GovernanceSettings: { keyFields: [] },
        // A release is identified by its version and never changes once published.
        Release: { keyFields: ['version'] },
        // Categories and measures have no global id: a release's snapshot and the draft may hold different
        // versions of the same key, so they stay inside the object that returned them (the default for types
        // without `id`). A licence has an id but its attribution line belongs to the release that carries it.
        License: { keyFields: false },
        // A tally and a vote have no id of their own; each answer carries all of their fields.
        VoteTally: { merge: true },
        Vote: { merge: true },
        Proposal: {
          fields: {
            // "Show more" appends the next page (`after`); the first page, read again or pushed live, refreshes the
            // comments it holds and keeps the pages loaded after it.
            commentPage: {
              keyArgs: false,
              merge(existing: CommentPage | undefined, incoming: CommentPage, { args, readField }): CommentPage {
                if (!existing) return incoming;
                const id = (ref: Reference) => readField<string>('id', ref);
                if (args?.after) {
                  const known = new Set(existing.nodes.map(id));
                  return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes.filter((ref) => !known.has(id(ref)))] };
                }
                const fresh = new Set(incoming.nodes.map(id));
                const later = existing.nodes.filter((ref) => !fresh.has(id(ref)));
                if (later.length === 0) return incoming;
                return {
                  ...incoming,
                  nodes: [...incoming.nodes, ...later],
                  hasNextPage: existing.hasNextPage,
                  endCursor: existing.endCursor,
                };
              },
            },
          },
        },
        Voting: {
          fields: {
            // "Show more votes" appends the next page (`after`). The history only grows, so a first page pushed live
            // holds the same entries as the one cached and keeps the pages loaded after it (VoteHistory corrects
            // their `current` flags); entries added since come with the next "Show more". A refetch starts over.
            historyPage: {
              keyArgs: false,
              merge(existing: VoteHistoryPage | undefined, incoming: VoteHistoryPage, { args }): VoteHistoryPage {
                if (!existing) return incoming;
                if (args?.after) {
                  // A page for a cursor other than the last one (sent twice, or before a refresh) adds nothing.
                  if (args.after !== existing.endCursor) return existing;
                  return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
                }
                if (existing.nodes.length <= incoming.nodes.length) return incoming;
                return {
                  ...incoming,
                  nodes: [...incoming.nodes, ...existing.nodes.slice(incoming.nodes.length)],
                  hasNextPage: existing.hasNextPage || incoming.totalCount > existing.nodes.length,
                  endCursor: existing.endCursor,
                };
              },
            },
          },
        },
        Query: {
          fields: {
            // One list per filter; "Load more" (the `after` cursor) appends the next page to it.
            proposals: {
              keyArgs: ['status', 'categoryKey', 'measureKey'],
              merge(existing: ProposalPage | undefined, incoming: ProposalPage, { args }): ProposalPage {
                if (!existing || !args?.after) return incoming;
                return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
              },
            },
          },
        },
      },
    }),
  });
  return client;
}

/** The live connection (live-connection.ts), imported when the first subscription starts. */
function lazyLiveConnection(onReconnected: () => void): { link: ApolloLink; reconnect(): void } {
  let connection: LiveConnection | null = null;
  let loading: Promise<LiveConnection> | null = null;
  const load = () =>
    (loading ??= import('./live-connection').then(({ createLiveConnection }) => (connection = createLiveConnection(onReconnected))));
  return {
    link: new ApolloLink((operation) => defer(load).pipe(mergeMap((live) => live.link.request(operation)))),
    // Before the first subscription there is no WebSocket to carry an old cookie.
    reconnect: () => connection?.reconnect(),
  };
}
