import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { liveUrl } from './live-url';

/**
 * The WebSocket side of the client: graphql-ws at `/graphql` on the same origin, loaded with the first subscription
 * (see apollo-client.ts) and connected only while one is active.
 */
export type LiveConnection = {
  link: GraphQLWsLink;
  /** Closes the WebSocket, if one is open, so that graphql-ws opens a new one and subscribes again. */
  reconnect(): void;
};

/** `onReconnected` runs after the connection came back from a drop (events sent meanwhile are lost). */
export function createLiveConnection(onReconnected: () => void): LiveConnection {
  let socket: WebSocket | null = null;
  let connecting = false;
  let reconnectWhenOpen = false;
  const restart = (open: WebSocket) => open.close(4205, 'Session changed');
  const client = createClient({
    url: liveUrl(window.location),
    lazy: true,
    // Keep trying while a page listens (the server may be restarting); the first retry right away.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retries === 0 ? 50 : Math.min(30_000, 1000 * 2 ** retries))),
    on: {
      connecting: () => {
        connecting = true;
      },
      opened: (opened) => {
        connecting = false;
        socket = opened as WebSocket;
        if (reconnectWhenOpen) {
          reconnectWhenOpen = false;
          restart(socket);
        }
      },
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) onReconnected();
      },
      closed: () => {
        connecting = false;
        socket = null;
      },
    },
  });
  return {
    link: new GraphQLWsLink(client),
    reconnect() {
      if (socket && socket.readyState === WebSocket.OPEN) restart(socket);
      // A connection being opened may carry the old cookie: restart it as soon as it opens.
      else if (connecting) reconnectWhenOpen = true;
    },
  };
}
