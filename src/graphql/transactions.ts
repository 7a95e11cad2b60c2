import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { Transaction } from '../db/client.js';
import { type Context, refreshViewer } from '../request/context.js';
import { type WriteContext, callerTransaction } from '../request/transaction.js';
import { capabilitiesIn, decidedInside } from '../modules/permissions/guards.js';
import { recordDecisions, undeclaredDecisions } from './decided.js';
import { unauthorizedError } from './refusals.js';
import type { AuthScopes } from './scopes.js';

const IN_TRANSACTION = 'rosterTransaction';
const HASHES_FIRST = 'rosterHashesFirst';

/**
 * For a member mutation's `extensions`: it checks or hashes a password (scrypt, slow on purpose)
 * before its transaction, so that no lock is held meanwhile. It then opens the transaction with
 * `transactionAfterHashing(ctx)`, which decides the field's scopes inside it as usual.
 */
export const HASHES_PASSWORDS_FIRST = { [HASHES_FIRST]: true } as const;

/** The scopes a field declares itself (`authScopes` as an object), or null. */
export function declaredScopes(config: { pothosOptions: object }): Partial<AuthScopes> | null {
  const scopes = (config.pothosOptions as { authScopes?: unknown }).authScopes;
  return scopes && typeof scopes === 'object' ? (scopes as Partial<AuthScopes>) : null;
}

/**
 * Every mutation that is not public runs in one transaction that re-decides, inside it, exactly
 * the scopes the field declares (see `callerTransaction`). A guarded operation is thus declared once, next to
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
    const decideAgain = (ctx: Context) => async (tx: Transaction) => {
      await refreshViewer(ctx, ctx.session, tx.db);
      await this.builder.runAuthScopes(ctx, scopes as never, (result) => unauthorizedError(ctx, result.failure));
    };
    const declared = [...capabilitiesIn(scopes), ...decidedInside(fieldConfig)];
    const inside = <T>(ctx: Context, work: (ctx: WriteContext) => Promise<T>) =>
      callerTransaction(
        ctx,
        async (tx) => {
          const writeCtx = recordDecisions(Object.assign(Object.create(ctx) as WriteContext, { tx }));
          const result = await work(writeCtx);
          const undeclared = undeclaredDecisions(writeCtx, declared);
          // Rolls back: a decision the field does not declare is a defect, never a silent grant or refusal.
          if (undeclared.length)
            throw new Error(`Mutation.${fieldConfig.name} decided ${undeclared.join(', ')}, which it does not declare`);
          return result;
        },
        decideAgain(ctx),
      );
    if (fieldConfig.extensions[HASHES_FIRST]) {
      return (parent, args, ctx, info) =>
        resolver(parent, args, Object.assign(Object.create(ctx), { transaction: (work: never) => inside(ctx as Context, work) }), info);
    }
    return (parent, args, ctx, info) => inside(ctx as Context, (writeCtx) => resolver(parent, args, writeCtx, info) as Promise<unknown>);
  }
}

/** Whether a mutation field of the built schema runs through `TransactionPlugin`. */
export const runsInTransaction = (field: { extensions?: Record<string, unknown> | null }) => field.extensions?.[IN_TRANSACTION] === true;

SchemaBuilder.registerPlugin('rosterTransactions', TransactionPlugin);

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      rosterTransactions: TransactionPlugin<Types>;
    }
  }
}
