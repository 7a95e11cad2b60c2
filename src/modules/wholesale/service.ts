import { eq } from 'drizzle-orm';
import type { MemberContext } from '../../context.js';
import { paginate } from '../../db/paginate.js';
import { one } from '../../db/rows.js';
import { badInput, conflict } from '../../errors.js';
import type { PageArgs } from '../../lib/pagination.js';
import * as validate from '../../lib/validate.js';
import { inAccount, ownRow } from '../../tenancy.js';
import type { WriteContext } from '../../transactions.js';
import { audit } from '../audit/service.js';
import { moveStock } from '../catalog/service.js';
import { variants, warehouses } from '../catalog/tables.js';
import { requireStatus } from '../purchasing/service.js';
import { wholesaleOrderLines, wholesaleOrders } from './tables.js';

/** The account's wholesale orders, newest first. */
export const listWholesaleOrders = (ctx: MemberContext, args: PageArgs) =>
  paginate(ctx.app.db.read, wholesaleOrders, inAccount(ctx, wholesaleOrders), args, 'desc');

const MAX_LINES = 500;

export interface WholesaleLineInput {
  variantId: string;
  quantity: number;
  unitPriceCents?: number | null;
}

export interface CreateWholesaleOrderInput {
  customerName: string;
  warehouseId: string;
  lines: readonly WholesaleLineInput[];
}

/** A DRAFT order for a wholesale customer; each line's unit price defaults to the variant's price. */
export async function createWholesaleOrder(ctx: WriteContext, input: CreateWholesaleOrderInput) {
  const customerName = validate.text('customerName', input.customerName);
  const warehouse = await ownRow(ctx, warehouses, input.warehouseId, 'Warehouse');
  if (input.lines.length === 0) throw badInput('lines', 'A wholesale order needs at least one line');
  if (input.lines.length > MAX_LINES) throw badInput('lines', `A wholesale order has at most ${MAX_LINES} lines`);
  if (new Set(input.lines.map((line) => line.variantId)).size !== input.lines.length) {
    throw badInput('lines', 'Two lines have the same variant: give each variant one line');
  }
  const lines = [];
  for (const [index, line] of input.lines.entries()) {
    const variant = await ownRow(ctx, variants, line.variantId, 'Variant');
    lines.push({
      variantId: variant.id,
      quantity: validate.wholeNumber(`lines[${index}].quantity`, line.quantity, 1),
      unitPriceCents:
        line.unitPriceCents == null ? variant.priceCents : validate.wholeNumber(`lines[${index}].unitPriceCents`, line.unitPriceCents, 0),
    });
  }
  const accountId = ctx.viewer.account.id;
  const createdAt = ctx.app.now();
  const order = await one(ctx.tx.db
    .insert(wholesaleOrders)
    .values({ accountId, customerName, warehouseId: warehouse.id, status: 'DRAFT', createdById: ctx.viewer.member.id, createdAt })
    .returning());
  await ctx.tx.db.insert(wholesaleOrderLines).values(lines.map((line) => ({ ...line, accountId, wholesaleOrderId: order.id, createdAt })));
  await audit(ctx, 'WHOLESALE_ORDER_CREATED', order.id, { after: { customerName, warehouseId: warehouse.id, lines } });
  return order;
}

/**
 * Confirms a DRAFT order and takes its stock from the warehouse. If any line lacks stock, the
 * refusal names every such SKU and nothing is taken (the transaction rolls back the lines moved).
 */
export async function confirmWholesaleOrder(ctx: WriteContext, id: string) {
  const order = await ownRow(ctx, wholesaleOrders, id, 'Wholesale order');
  requireStatus(order, ['DRAFT'], 'wholesale order');
  const lines = await ctx.tx.db
    .select({ variantId: wholesaleOrderLines.variantId, sku: variants.sku, quantity: wholesaleOrderLines.quantity })
    .from(wholesaleOrderLines)
    .innerJoin(variants, eq(variants.id, wholesaleOrderLines.variantId))
    .where(eq(wholesaleOrderLines.wholesaleOrderId, order.id))
    .orderBy(wholesaleOrderLines.createdAt, wholesaleOrderLines.id);
  const short: string[] = [];
  for (const line of lines) {
    const moved = await moveStock(ctx, line.variantId, order.warehouseId, -line.quantity);
    if (!moved.ok) short.push(`${line.sku} (${line.quantity} ordered, ${moved.available} on hand)`);
  }
  if (short.length > 0) {
    throw conflict(`Not enough stock in the warehouse for ${short.join(', ')}: nothing was taken`, { rule: 'INSUFFICIENT_STOCK' });
  }
  const confirmed = await one(ctx.tx.db
    .update(wholesaleOrders)
    .set({ status: 'CONFIRMED', confirmedAt: ctx.app.now() })
    .where(eq(wholesaleOrders.id, order.id))
    .returning());
  await audit(ctx, 'WHOLESALE_ORDER_CONFIRMED', order.id, {
    before: { status: order.status },
    after: { status: confirmed.status, warehouseId: order.warehouseId, units: lines.reduce((sum, line) => sum + line.quantity, 0) },
  });
  return confirmed;
}
