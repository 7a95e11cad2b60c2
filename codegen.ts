import type { CodegenConfig } from '@graphql-codegen/cli';

// `npm run schema:print` writes the schema built by src/schema.ts to schema/schema.graphql.
// test/schema.test.ts fails when the committed file is stale.
const config: CodegenConfig = {
  schema: './src/schema.ts',
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: false, sort: true },
    },
  },
};

export default config;
