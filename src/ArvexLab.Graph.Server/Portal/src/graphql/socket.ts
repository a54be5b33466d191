import { subscriptionExchange, type Exchange } from '@urql/core';
import { createClient, type Client as SocketClient } from 'graphql-ws';
import type { AuthSession } from '../auth/session';

/** The same /graphql endpoint over WebSocket (graphql-transport-ws), on the page's own host. */
export function socketUrl(path: string, location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/**
 * A lazy graphql-ws client: it connects with the first subscription and authenticates in connection_init with the
 * current access token (read again on every reconnect, so a renewed token is used). Few retries: the pages that
 * subscribe fall back to polling when the socket fails, so giving up soon is better than waiting.
 */
export function createSocketClient(session: AuthSession, url: string, webSocketImpl?: unknown): SocketClient {
  return createClient({
    url,
    lazy: true,
    retryAttempts: 2,
    // A proxy that swallows the upgrade must not leave the page waiting forever.
    connectionAckWaitTimeout: 10_000,
    webSocketImpl,
    connectionParams: async () => {
      const token = await session.accessToken();
      return token ? { Authorization: `Bearer ${token}` } : {};
    },
  });
}

/**
 * Subscriptions go over the socket. A registered subscription arrives here with `documentId` and no query text
 * (persistedDocumentExchange runs first); graphql-ws insists on a query string, and the server reads the
 * registered text for `documentId`, so the empty string stands in for it.
 */
export function socketExchange(socket: Pick<SocketClient, 'subscribe'>): Exchange {
  return subscriptionExchange({
    forwardSubscription(request) {
      const payload = { ...request, query: request.query ?? '' };
      return {
        subscribe(sink) {
          const unsubscribe = socket.subscribe(payload, sink);
          return { unsubscribe };
        },
      };
    },
  });
}
