import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GraphQLResponse, TestServer } from '../harness.js';

// Typed operations (written with `graphql(…)` in test/kit/operations.ts, the harness or a test
// file, typed by `npm run codegen`) sent to a test server: the typed `server.gql` and `server.ok`.

/** Runs `document` on `server`, with an optional session token. */
export function run<Result, Variables>(
  server: TestServer,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  token?: string,
): Promise<GraphQLResponse<Result>> {
  return server.gql<Result>(print(document), variables as Record<string, unknown>, token);
}

/** Like run, failing on any error; returns the data. */
export function ok<Result, Variables>(
  server: TestServer,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  token?: string,
): Promise<Result> {
  return server.ok<Result>(print(document), variables as Record<string, unknown>, token);
}
