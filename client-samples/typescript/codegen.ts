import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the schema snapshot at the repository root; no running server is needed to generate them.
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**/*'],
  errorsOnly: true,
  // Node ESM needs explicit .js extensions in the generated imports.
  emitLegacyCommonJSImports: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeOffset: 'string', DateOnly: 'string', Long: 'number', Upload: 'unknown' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
