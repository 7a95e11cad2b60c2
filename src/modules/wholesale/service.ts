import { eq } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { paginate } from '../../db/paginate.js';
import { one } from '../../db/rows.js';
import { badInput } from '../../errors.js';
import { linesOf, requireStatus, unitsByVariant } from '../../lib/orders.js';
import type { PageArgs } from '../../lib/pagination.js';
import * as validate from '../../lib/validate.js';
import { inAccount, ownRow, ownRows } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { moveStocks } from '../products/service.js';
import { variants, warehouses } from '../products/index.js';
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

/**
 * A DRAFT order for a wholesale customer; each line's unit price defaults to the variant's price.
 * Its variants are read in one query and its lines written in one statement.
 */
export async function createWholesaleOrder(ctx: WriteContext, input: CreateWholesaleOrderInput) {
  const customerName = validate.text('customerName', input.customerName);
  if (input.lines.length === 0) throw badInput('lines', 'A wholesale order needs at least one line');
  validate.atMost('lines', input.lines, MAX_LINES);
  if (new Set(input.lines.map((line) => line.variantId)).size !== input.lines.length) {
    throw badInput('lines', 'Two lines have the same variant: give each variant one line');
  }
  const checked = input.lines.map((line, index) => ({
    variantId: line.variantId,
    quantity: validate.units(`lines[${index}].quantity`, line.quantity, 1),
    unitPriceCents: line.unitPriceCents == null ? null : validate.cents(`lines[${index}].unitPriceCents`, line.unitPriceCents),
  }));
  const warehouse = await ownRow(ctx, warehouses, input.warehouseId, 'Warehouse');
  const found = await ownRows(
    ctx,
    variants,
    checked.map((line) => line.variantId),
    'Variant',
  );
  const lines = checked.map((line) => ({ ...line, unitPriceCents: line.unitPriceCents ?? found.get(line.variantId)!.priceCents }));
  const accountId = ctx.viewer.account.id;
  const createdAt = ctx.app.now();
  const order = await one(
    ctx.tx.db
      .insert(wholesaleOrders)
      .values({ accountId, customerName, warehouseId: warehouse.id, status: 'DRAFT', createdById: ctx.viewer.member.id, createdAt })
      .returning(),
  );
  await ctx.tx.db.insert(wholesaleOrderLines).values(lines.map((line) => ({ ...line, accountId, wholesaleOrderId: order.id, createdAt })));
  await audit(ctx, 'WHOLESALE_ORDER_CREATED', order.id, { after: { customerName, warehouseId: warehouse.id, lines } });
  return order;
}

/**
 * Confirms a DRAFT order and takes its stock from the warehouse, all lines at once. If any line
 * lacks stock, the refusal names every such SKU and nothing is taken.
 */
export async function confirmWholesaleOrder(ctx: WriteContext, id: string) {
  const order = await ownRow(ctx, wholesaleOrders, id, 'Wholesale order');
  requireStatus(order, ['DRAFT'], 'wholesale order');
  const lines = await linesOf(ctx, wholesaleOrderLines, wholesaleOrderLines.wholesaleOrderId, order.id);
  await moveStocks(ctx, order.warehouseId, unitsByVariant(lines, -1));
  const confirmed = await one(
    ctx.tx.db
      .update(wholesaleOrders)
      .set({ status: 'CONFIRMED', confirmedAt: ctx.app.now() })
      .where(eq(wholesaleOrders.id, order.id))
      .returning(),
  );
  await audit(ctx, 'WHOLESALE_ORDER_CONFIRMED', order.id, {
    before: { status: order.status },
    after: { status: confirmed.status, warehouseId: order.warehouseId, units: lines.reduce((sum, line) => sum + line.quantity, 0) },
  });
  return confirmed;
}
