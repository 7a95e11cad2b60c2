import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { AuthScopes } from './builder.js';
import { type Context, type MemberContext, mutate } from '../request/context.js';
import type { Transaction } from '../db/client.js';

/** The context a member mutation's resolver runs with: the caller, inside the mutation's transaction. */
export interface WriteContext extends MemberContext {
  readonly tx: Transaction;
}

const IN_TRANSACTION = 'rosterTransaction';
const HASHES_FIRST = 'rosterHashesFirst';

/**
 * For a member mutation's `extensions`: it checks or hashes a password (scrypt, slow on purpose)
 * before its transaction, so that no lock is held meanwhile. It then opens the transaction with
 * `transactionAfterHashing(ctx)`, which decides the field's scopes inside it as usual.
 */
export const HASHES_PASSWORDS_FIRST = { [HASHES_FIRST]: true } as const;

/** The context of a HASHES_PASSWORDS_FIRST mutation: the caller, and how to open its transaction. */
export interface HashingContext extends MemberContext {
  transaction<T>(work: (ctx: WriteContext) => Promise<T>): Promise<T>;
}

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
    const inside = <T>(ctx: Context, work: (ctx: WriteContext) => Promise<T>) =>
      mutate(ctx, scopes, async (tx) => work(Object.assign(Object.create(ctx), { tx })));
    if (fieldConfig.extensions[HASHES_FIRST]) {
      return (parent, args, ctx, info) =>
        resolver(parent, args, Object.assign(Object.create(ctx), { transaction: (work: never) => inside(ctx as Context, work) }), info);
    }
    return (parent, args, ctx, info) => inside(ctx as Context, (writeCtx) => resolver(parent, args, writeCtx, info) as Promise<unknown>);
  }
}

/** Whether a mutation field of the built schema runs through `TransactionPlugin`. */
export const runsInTransaction = (field: { extensions?: Record<string, unknown> | null }) =>
  field.extensions?.[IN_TRANSACTION] === true;

/** The database as the caller sees it: their mutation's transaction inside one, committed data elsewhere. */
export const callerDb = (ctx: Context) => ('tx' in ctx ? (ctx as WriteContext).tx.db : ctx.app.db.read);

/** The caller's context in a HASHES_PASSWORDS_FIRST mutation (narrows the type; fails closed elsewhere). */
export function transactionAfterHashing(ctx: Context): HashingContext {
  if (!('transaction' in ctx) || !ctx.viewer) throw new Error('transactionAfterHashing() outside a HASHES_PASSWORDS_FIRST mutation');
  return ctx as HashingContext;
}

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
