import { mapExchange, makeOperation, type Exchange, type Operation } from '@urql/core';

/** Codegen's client preset stamps every document with the sha256 it registered in persisted-documents.json. */
function registeredHash(document: unknown): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : undefined;
}

/**
 * Sends `documentId` instead of the query text for every operation the build registered: the server
 * runs the text it was given at deploy time (GraphQL:PersistedDocuments), so the portal can be held to
 * its own operations. urql's fetch exchange sends `documentId` when the document has no definitions;
 * the cache above this exchange still sees the full document.
 */
export const persistedDocumentExchange: Exchange = mapExchange({
  onOperation(operation: Operation) {
    const hash = registeredHash(operation.query);
    if (!hash || operation.kind === 'teardown') return operation;
    const query = Object.assign({ kind: 'Document', definitions: [] }, { documentId: `sha256:${hash}` });
    Object.defineProperty(query, '__key', { value: (operation.query as { __key?: number }).__key, enumerable: false });
    return makeOperation(operation.kind, { ...operation, query: query as unknown as Operation['query'] }, operation.context);
  },
});
