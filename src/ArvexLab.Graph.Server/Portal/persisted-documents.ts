import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Copies codegen's persisted-documents.json (hash → operation text) into the build, so the server can
 * load exactly the operations this build sends by `documentId` (GraphQL:PersistedDocuments:ManifestPath).
 */
export function persistedDocumentsManifest(): Plugin {
  let outDir = '';
  return {
    name: 'arvexlab-persisted-documents',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      cpSync(resolve(import.meta.dirname, 'src/gql/persisted-documents.json'), resolve(outDir, 'persisted-documents.json'));
    },
  };
}
