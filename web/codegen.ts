import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every GraphQL operation and fragment in src/, generated from the committed schema file
 * (never from a running server), so the output depends only on files in the repository.
 * CI re-runs this and fails when src/gql/ differs from what is committed.
 */
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // JSON carries whole framework documents; the app checks their shape before use (never `any`).
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
