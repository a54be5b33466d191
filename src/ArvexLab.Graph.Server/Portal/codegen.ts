import type { CodegenConfig } from '@graphql-codegen/cli';
import { schemaPath } from './schema-path';

// Typed documents are generated from the committed SDL, so codegen never needs a running server.
const config: CodegenConfig = {
  schema: schemaPath(),
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', Long: 'number', Upload: 'File' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
