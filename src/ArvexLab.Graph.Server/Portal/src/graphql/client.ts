import { Client, cacheExchange, fetchExchange } from '@urql/core';
import type { AuthSession } from '../auth/session';
import { createAuthFetch } from './authFetch';
import { persistedDocumentExchange } from './persistedDocuments';
import { createSocketClient, socketExchange, socketUrl } from './socket';

export const graphqlEndpoint = '/graphql';

/**
 * The one urql client of the portal: same endpoint, same rules as every other API client. Queries and mutations go
 * over HTTP; subscriptions over a WebSocket to the same path (`webSocketImpl` lets tests stand in for the server).
 */
export function createGraphClient(session: AuthSession, baseFetch?: typeof fetch, webSocketImpl?: unknown): Client {
  const socket = createSocketClient(session, socketUrl(graphqlEndpoint), webSocketImpl);
  return new Client({
    url: graphqlEndpoint,
    // Mutations and queries alike go as POST application/json (no URL length limit, no cached GETs).
    preferGetMethod: false,
    fetch: createAuthFetch(session, baseFetch),
    exchanges: [cacheExchange, persistedDocumentExchange, socketExchange(socket), fetchExchange],
    requestPolicy: 'cache-and-network',
  });
}
