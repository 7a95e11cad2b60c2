import { and, eq, inArray } from 'drizzle-orm';
import type { MemberContext } from './context.js';
import type { Column, Table } from '../db/dialect.js';
import { first } from '../db/rows.js';
import { notFound } from '../errors.js';
import type { WriteContext } from './transaction.js';

/** A table whose rows belong to one account. */
export type TenantTable = Table & { id: Column; accountId: Column };

/**
 * The one way to reach a row by id: within the caller's account, or NOT_FOUND (rows of other
 * accounts answer exactly like rows that do not exist). Inside a mutation it reads through the
 * transaction, so the row is as the change will see it; elsewhere through the request's loader.
 */
export async function ownRow<T extends TenantTable>(
  ctx: MemberContext | WriteContext,
  table: T,
  id: string,
  what: string,
): Promise<T['$inferSelect']> {
  const row =
    'tx' in ctx
      ? await first(
          ctx.tx.db
            .select()
            .from(table as Table)
            .where(and(eq(table.id, id), eq(table.accountId, ctx.viewer.account.id))),
        )
      : await ctx.loaders.row(table).load(id);
  if (!row || (row as { accountId: string }).accountId !== ctx.viewer.account.id) throw notFound(what);
  return row as T['$inferSelect'];
}

/** Several rows by id, in one query, all within the caller's account (NOT_FOUND for any that is not). */
export async function ownRows<T extends TenantTable>(
  ctx: WriteContext,
  table: T,
  ids: readonly string[],
  what: string,
): Promise<Map<string, T['$inferSelect']>> {
  const wanted = [...new Set(ids)];
  const rows = wanted.length
    ? ((await ctx.tx.db
        .select()
        .from(table as Table)
        .where(and(inArray(table.id, wanted), eq(table.accountId, ctx.viewer.account.id)))) as Array<T['$inferSelect'] & { id: string }>)
    : [];
  if (rows.length !== wanted.length) throw notFound(what);
  return new Map(rows.map((row) => [row.id, row]));
}

/** The caller's account, as a condition on a tenant table. */
export const inAccount = (ctx: MemberContext, table: TenantTable) => eq(table.accountId, ctx.viewer.account.id);
