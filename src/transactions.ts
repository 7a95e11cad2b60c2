import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { AuthScopes } from './builder.js';
import { type Context, type MemberContext, mutate } from './context.js';
import type { Transaction } from './db/client.js';

/** The context a member mutation's resolver runs with: the caller, inside the mutation's transaction. */
export interface WriteContext extends MemberContext {
  readonly tx: Transaction;
}

const IN_TRANSACTION = 'rosterTransaction';

/** The scopes a field declares itself (`authScopes` as an object), or null. */
export function declaredScopes(config: { pothosOptions: object }): Partial<AuthScopes> | null {
  const scopes = (config.pothosOptions as { authScopes?: unknown }).authScopes;
  return scopes && typeof scopes === 'object' ? (scopes as Partial<AuthScopes>) : null;
}

/**
 * Every mutation that is not public runs in one transaction that re-decides, inside it, exactly
 * the scopes the field declares (see `mutate`). A guarded operation is thus declared once, next to
 * its field, and cannot skip the second decision: the resolver only gets a transaction from here.
 * Public mutations (sign-up, login, accepting an invite) hash passwords before opening their own.
 */
export class TransactionPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>) {
    if (fieldConfig.kind !== 'Mutation') return fieldConfig;
    const scopes = declaredScopes(fieldConfig);
    if (scopes?.public) return fieldConfig;
    if (!scopes && (fieldConfig.pothosOptions as { authScopes?: unknown }).authScopes !== undefined) {
      throw new Error(`Mutation.${fieldConfig.name}: declare authScopes as an object, so it can be decided again at commit`);
    }
    return { ...fieldConfig, extensions: { ...fieldConfig.extensions, [IN_TRANSACTION]: true } };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!fieldConfig.extensions?.[IN_TRANSACTION]) return resolver;
    const scopes = declaredScopes(fieldConfig) ?? { member: true };
    return (parent, args, ctx, info) =>
      mutate(ctx as Context, scopes, async (tx) => resolver(parent, args, Object.assign(Object.create(ctx), { tx }), info));
  }
}

/** Whether a mutation field of the built schema runs through `TransactionPlugin`. */
export const runsInTransaction = (field: { extensions?: Record<string, unknown> | null }) =>
  field.extensions?.[IN_TRANSACTION] === true;

/** The database as the caller sees it: their mutation's transaction inside one, committed data elsewhere. */
export const callerDb = (ctx: Context) => ('tx' in ctx ? (ctx as WriteContext).tx.db : ctx.app.db.read);

/** The caller's context inside a member mutation (narrows the type; fails closed outside one). */
export function inTransaction(ctx: Context): WriteContext {
  if (!('tx' in ctx) || !ctx.viewer) throw new Error('inTransaction() outside a member mutation');
  return ctx as WriteContext;
}

SchemaBuilder.registerPlugin('rosterTransactions', TransactionPlugin);

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      rosterTransactions: TransactionPlugin<Types>;
    }
  }
}
