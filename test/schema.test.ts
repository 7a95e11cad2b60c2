import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { plugin as printSchemaAst } from '@graphql-codegen/schema-ast';
import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';
import { schema } from '../src/graphql/schema.js';

const rootTypes = () =>
  [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((type): type is GraphQLObjectType =>
    Boolean(type),
  );

describe('the printed schema', () => {
  it('is up to date: run `npm run codegen` after changing the schema', async () => {
    const output = config.generates['schema/schema.graphql'] as { config: Record<string, unknown> };
    const printed = await printSchemaAst(schema, [], output.config);
    expect(readFileSync('schema/schema.graphql', 'utf8')).toBe(printed);
  });
});

describe('deny by default', () => {
  // The only operations anyone may call without a session. Adding one is a security decision:
  // it must be listed here on purpose.
  const PUBLIC = [
    'Query.permissionCatalog',
    'Query.invitation',
    'Mutation.signUp',
    'Mutation.verifyEmail',
    'Mutation.login',
    'Mutation.acceptInvite',
    'Mutation.requestPasswordReset',
    'Mutation.resetPassword',
    'Mutation.confirmEmailChange',
  ];

  it('every root field needs a member session unless it is on the public list', () => {
    const skipping: string[] = [];
    for (const type of rootTypes()) {
      for (const field of Object.values(type.getFields())) {
        const options = field.extensions.pothosOptions as { skipTypeScopes?: boolean; authScopes?: unknown };
        if (options.skipTypeScopes) {
          skipping.push(`${type.name}.${field.name}`);
          expect(options.authScopes, `${type.name}.${field.name} must declare its own scopes`).toEqual({ public: true });
        }
      }
      const typeOptions = type.extensions.pothosOptions as { authScopes?: unknown };
      expect(typeOptions.authScopes, `${type.name} must require a member`).toEqual({ member: true });
    }
    expect(skipping.sort()).toEqual([...PUBLIC].sort());
  });
});

describe('the test kit', () => {
  it('its typed operations are up to date: run `npm run codegen` after changing the schema or a graphql(…) document in test/', () => {
    const codegen = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'node_modules/.bin/graphql-codegen', '--config', 'codegen.ts', '--check'],
      {
        encoding: 'utf8',
      },
    );
    expect(codegen.status, codegen.stdout + codegen.stderr).toBe(0);
  });
});
