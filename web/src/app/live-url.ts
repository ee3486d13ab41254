/** The WebSocket address of the GraphQL API, on the page's own origin: `https://x/` → `wss://x/graphql`. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/graphql`;
}
