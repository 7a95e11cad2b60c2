import type { CodegenConfig } from '@graphql-codegen/cli';

// `npm run codegen` writes, from the schema built by src/graphql/schema.ts:
// - schema/schema.graphql, the printed schema (test/schema.test.ts fails when it is stale);
// - schema/client/gql/, typed documents for the example client (schema/client/), which front-ends
//   can copy and test/client.test.ts uses against the server;
// - test/kit/gql/, typed documents for the operations the tests write with `graphql(…)`, in
//   any file of test/ (test/kit/operations.ts, the harness, a test file or its fixtures), outside
//   test/kit/gql/ itself (test/schema.test.ts fails when they are stale). Raw strings are not collected.
/** Typed documents (The Guild's client preset) for the operations written with `graphql(…)` in `documents`. */
const typedDocuments = (documents: string[]) => ({
  documents,
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: { enumsAsTypes: true, useTypeImports: true, skipTypename: true, emitLegacyCommonJSImports: false },
});

const config: CodegenConfig = {
  schema: './src/graphql/schema.ts',
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: false, sort: true },
    },
    'schema/client/gql/': typedDocuments(['schema/client/operations.ts']),
    'test/kit/gql/': typedDocuments(['test/**/*.ts', '!test/kit/gql/**']),
  },
};

export default config;
