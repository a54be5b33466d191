import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Typed documents are generated from the SDL snapshot the server's schema test keeps at the
// repository root, so codegen never needs a running server and a schema change breaks `tsc` here.
const config: CodegenConfig = {
  schema: '../../../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  // Quiet on success; a failing document still prints its error with file and line.
  errorsOnly: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      // The registered text must be what the cache needs back: urql's cache invalidates by __typename.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeOffset: 'string', DateOnly: 'string', Long: 'number', Upload: 'File' },
      },
      presetConfig: {
        fragmentMasking: false,
        // Also writes src/gql/persisted-documents.json (hash → document) for the server's allow-list.
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
    },
  },
};

export default config;
