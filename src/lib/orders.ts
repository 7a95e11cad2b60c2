import { eq } from 'drizzle-orm';
import type { Context } from '../request/context.js';
import type { Column, Table } from '../db/dialect.js';
import { conflict } from '../errors.js';
import type { WriteContext } from '../request/transaction.js';

/**
 * What orders of every kind share (stock orders, wholesale orders): their status rule, their lines
 * and their totals. Each exists here once.
 */

/** Refuses a change to a record whose status does not allow it (CONFLICT, rule WRONG_STATUS). */
export function requireStatus<S extends string>(record: { status: S }, allowed: readonly S[], what: string) {
  if (!allowed.includes(record.status)) {
    throw conflict(`The ${what} is ${record.status}: this needs it to be ${allowed.join(' or ')}`, { rule: 'WRONG_STATUS' });
  }
}

/** The sum of quantity × unit amount over lines, in cents. */
export const totalCents = <L extends { quantity: number }>(lines: readonly L[], unitCents: (line: L) => number) =>
  lines.reduce((sum, line) => sum + line.quantity * unitCents(line), 0);

/** The units on lines, by variant (summed, should a variant appear twice), in the order of the lines. */
export function unitsByVariant(lines: ReadonlyArray<{ variantId: string; quantity: number }>, sign: 1 | -1 = 1): Map<string, number> {
  const units = new Map<string, number>();
  for (const line of lines) units.set(line.variantId, (units.get(line.variantId) ?? 0) + sign * line.quantity);
  return units;
}

/**
 * An order's lines, oldest first, in one query: inside a mutation as its transaction sees them;
 * elsewhere through the request's loader (batched across every order a response lists).
 */
export function linesOf<T extends Table & { id: Column; createdAt: Column }>(
  ctx: Context | WriteContext,
  table: T,
  orderColumn: Column,
  orderId: string,
): Promise<Array<T['$inferSelect']>> {
  if ('tx' in ctx) {
    return ctx.tx.db
      .select()
      .from(table as Table)
      .where(eq(orderColumn, orderId))
      .orderBy(table.createdAt, table.id) as Promise<Array<T['$inferSelect']>>;
  }
  return ctx.loaders.children(table, orderColumn).load(orderId);
}
