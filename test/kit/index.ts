import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { PermissionKey } from './gql/graphql.js';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember, signUp, snapshotTables, startServer } from '../harness.js';
import { run } from './send.js';

export { graphql } from './gql/index.js';
export { ok, run } from './send.js';

/**
 * The test kit: typed operations (test/kit/operations.ts, typed by `npm run codegen`) run as
 * members of any permission shape, so a permission test is a line, not a page.
 */
export interface Caller extends SignedUp {
  permissions: readonly PermissionKey[];
}

export class Kit {
  #members = new Map<string, Promise<Caller>>();

  private constructor(
    readonly server: TestServer,
    readonly admin: Caller,
  ) {}

  /** A server of its own and a full-access admin of a new account. */
  static async start(accountName = 'Kit Co'): Promise<Kit> {
    const server = await startServer();
    const admin = await signUp(server, accountName);
    return new Kit(server, { ...admin, permissions: ['FULL_ACCESS'] });
  }

  /** A member of the admin's account holding exactly `permissions`; one per shape, made on first use. */
  member(permissions: readonly PermissionKey[]): Promise<Caller> {
    const shape = [...permissions].sort().join('+');
    let member = this.#members.get(shape);
    if (!member) {
      member = addMember(this.server, this.admin, [...permissions], `Kit ${shape || 'Nothing'}`).then((m) => ({ ...m, permissions }));
      this.#members.set(shape, member);
    }
    return member;
  }

  /** Runs a typed operation as `caller` (null: anonymous). */
  async run<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables: Variables,
    caller: { token: string } | null,
  ): Promise<GraphQLResponse<Result>> {
    return run(this.server, document, variables, caller?.token);
  }

  /** Like run, failing on any error; returns the data. */
  async ok<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables: Variables,
    caller: { token: string } = this.admin,
  ) {
    const response = await this.run(document, variables, caller);
    if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data as Result;
  }

  /** Every row of every table, to prove that a refused operation wrote nothing. */
  snapshot(): Promise<string> {
    return snapshotTables(this.server);
  }

  close() {
    return this.server.close();
  }
}
