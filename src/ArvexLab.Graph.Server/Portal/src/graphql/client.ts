import { Client, cacheExchange, fetchExchange } from '@urql/core';
import type { AuthSession } from '../auth/session';
import { createAuthFetch } from './authFetch';
import { persistedDocumentExchange } from './persistedDocuments';

export const graphqlEndpoint = '/graphql';

/** The one urql client of the portal: same endpoint, same rules as every other API client. */
export function createGraphClient(session: AuthSession, baseFetch?: typeof fetch): Client {
  return new Client({
    url: graphqlEndpoint,
    // Mutations and queries alike go as POST application/json (no URL length limit, no cached GETs).
    preferGetMethod: false,
    fetch: createAuthFetch(session, baseFetch),
    exchanges: [cacheExchange, persistedDocumentExchange, fetchExchange],
    requestPolicy: 'cache-and-network',
  });
}
