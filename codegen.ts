import type { CodegenConfig } from '@graphql-codegen/cli';

// `npm run codegen` writes, from the schema built by src/schema.ts:
// - schema/schema.graphql, the printed schema (test/schema.test.ts fails when it is stale);
// - test/kit/gql/, typed documents for the operations the tests write with `graphql(…)` in
//   test/kit/operations.ts (test/kit.test.ts fails when they are stale).
const config: CodegenConfig = {
  schema: './src/schema.ts',
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: false, sort: true },
    },
    'test/kit/gql/': {
      documents: ['test/kit/operations.ts', 'test/kit/operations/*.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: true, emitLegacyCommonJSImports: false },
    },
  },
};

export default config;
