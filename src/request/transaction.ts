import type { Transaction } from '../db/client.js';
import { type Context, type MemberContext, refreshViewer } from './context.js';

/** The context a member mutation's resolver runs with: the caller, inside the mutation's transaction. */
export interface WriteContext extends MemberContext {
  readonly tx: Transaction;
}

/** The context of a mutation that hashes passwords first: the caller, and how to open its transaction. */
export interface HashingContext extends MemberContext {
  transaction<T>(work: (ctx: WriteContext) => Promise<T>): Promise<T>;
}

/**
 * Runs a caller's changes in one transaction. For a signed-in caller, the transaction first takes
 * their account's write lock (so writes to one account run one at a time, on every instance), then
 * runs `decideAgain` (the GraphQL layer decides the field's scopes again there: nothing can revoke
 * the caller between that decision and the commit). Afterwards the caller is reloaded, so the
 * payload, and the next field of the same operation, see the committed state.
 */
export async function callerTransaction<T>(
  ctx: Context,
  work: (tx: Transaction) => Promise<T>,
  decideAgain?: (tx: Transaction) => Promise<void>,
): Promise<T> {
  const result = await ctx.app.db.transaction(async (tx) => {
    if (ctx.viewer) await tx.lock(`account:${ctx.viewer.account.id}`);
    await decideAgain?.(tx);
    return work(tx);
  });
  await refreshViewer(ctx);
  return result;
}

/** The database as the caller sees it: their mutation's transaction inside one, committed data elsewhere. */
export const callerDb = (ctx: Context) => ('tx' in ctx ? (ctx as WriteContext).tx.db : ctx.app.db.read);

/** The caller's context in a mutation that hashes passwords first (narrows the type; fails closed elsewhere). */
export function transactionAfterHashing(ctx: Context): HashingContext {
  if (!('transaction' in ctx) || !ctx.viewer) throw new Error('transactionAfterHashing() outside a HASHES_PASSWORDS_FIRST mutation');
  return ctx as HashingContext;
}

/** The caller's context inside a member mutation (narrows the type; fails closed outside one). */
export function inTransaction(ctx: Context): WriteContext {
  if (!('tx' in ctx) || !ctx.viewer) throw new Error('inTransaction() outside a member mutation');
  return ctx as WriteContext;
}
