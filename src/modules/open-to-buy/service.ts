import { and, between, eq, inArray, sql } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { first, one } from '../../db/rows.js';
import { badInput } from '../../errors.js';
import * as validate from '../../lib/validate.js';
import { inAccount } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { products, variants } from '../products/index.js';
import { stockOrderLines, stockOrders } from '../purchasing/index.js';
import { budgets } from './tables.js';

export interface SetBudgetInput {
  month: string;
  category: string;
  amountCents: number;
}

/** Sets (creates or replaces) the budget of one category for one month. */
export async function setBudget(ctx: WriteContext, input: SetBudgetInput) {
  const month = validate.month('month', input.month);
  const category = validate.text('category', input.category, 64);
  const amountCents = validate.cents('amountCents', input.amountCents);
  const accountId = ctx.viewer.account.id;
  const before = await first(
    ctx.tx.db
      .select()
      .from(budgets)
      .where(and(eq(budgets.accountId, accountId), eq(budgets.month, month), eq(budgets.category, category))),
  );
  if (before?.amountCents === amountCents) return before;
  const budget = await one(
    ctx.tx.db
      .insert(budgets)
      .values({ accountId, month, category, amountCents, createdAt: ctx.app.now() })
      .onConflictDoUpdate({ target: [budgets.accountId, budgets.month, budgets.category], set: { amountCents } })
      .returning(),
  );
  await audit(ctx, 'BUDGET_SET', budget.id, {
    before: before ? { amountCents: before.amountCents } : null,
    after: { month, category, amountCents },
  });
  return budget;
}

/** At most this many months per Open-to-Buy query (two years). */
export const MAX_MONTHS = 24;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export interface OpenToBuyRow {
  month: string;
  category: string;
  budgetCents: number;
  committedCents: number;
  remainingCents: number;
}

/**
 * Budget against commitments per month and category, for every month from `from` to `to` that has
 * a budget or a commitment. Committed: Σ quantity × unit cost of the lines of stock orders that are
 * placed or received (not drafts), charged to the order's expected month and to the category of
 * each line's product. Remaining: budget − committed (negative when over budget). Two queries.
 */
export async function openToBuy(ctx: MemberContext, fromInput: string, toInput: string): Promise<OpenToBuyRow[]> {
  const from = validate.month('from', fromInput);
  const to = validate.month('to', toInput);
  const months = monthIndex(to) - monthIndex(from) + 1;
  if (months < 1) throw badInput('to', 'to must not be before from');
  if (months > MAX_MONTHS) throw badInput('to', `At most ${MAX_MONTHS} months at a time`);
  const db = ctx.app.db.read;
  const [planned, committed] = await Promise.all([
    db
      .select({ month: budgets.month, category: budgets.category, cents: budgets.amountCents })
      .from(budgets)
      .where(and(inAccount(ctx, budgets), between(budgets.month, from, to))),
    db
      .select({
        month: stockOrders.expectedMonth,
        category: products.category,
        cents: sql<number>`sum(cast(${stockOrderLines.quantity} as bigint) * ${stockOrderLines.unitCostCents})`.mapWith(Number),
      })
      .from(stockOrderLines)
      .innerJoin(stockOrders, eq(stockOrders.id, stockOrderLines.stockOrderId))
      .innerJoin(variants, eq(variants.id, stockOrderLines.variantId))
      .innerJoin(products, eq(products.id, variants.productId))
      .where(
        and(inAccount(ctx, stockOrders), inArray(stockOrders.status, ['PLACED', 'RECEIVED']), between(stockOrders.expectedMonth, from, to)),
      )
      .groupBy(stockOrders.expectedMonth, products.category),
  ]);
  const rows = new Map<string, OpenToBuyRow>();
  const rowFor = (month: string, category: string) => {
    const key = `${month}\u0000${category}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { month, category, budgetCents: 0, committedCents: 0, remainingCents: 0 }));
    return row;
  };
  for (const budget of planned) rowFor(budget.month, budget.category).budgetCents = budget.cents;
  for (const commitment of committed) rowFor(commitment.month, commitment.category).committedCents = commitment.cents;
  return [...rows.values()]
    .map((row) => ({ ...row, remainingCents: row.budgetCents - row.committedCents }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.category.localeCompare(b.category));
}
