import { ApolloClient, HttpLink, InMemoryCache, type Reference } from '@apollo/client';

type ProposalPage = { nodes: Reference[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/**
 * The API serves this app on the same origin, so GraphQL is at `/graphql` and the httpOnly session cookie
 * travels with every request. Whether someone is signed in is only ever known from the `me` query.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        // There is one working draft: store it once, whatever query fetched it.
        Draft: { keyFields: [] },
        // A release is identified by its version and never changes once published.
        Release: { keyFields: ['version'] },
        // Categories and measures have no global id: a release's snapshot and the draft may hold different
        // versions of the same key, so they stay inside the object that returned them (the default for types
        // without `id`). A licence has an id but its attribution line belongs to the release that carries it.
        License: { keyFields: false },
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
}
