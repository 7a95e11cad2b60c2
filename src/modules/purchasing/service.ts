import { and, eq, inArray } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { newId } from '../../db/columns.js';
import { paginate } from '../../db/paginate.js';
import { first, one } from '../../db/rows.js';
import { conflict } from '../../errors.js';
import { linesOf, requireStatus, totalCents, unitsByVariant } from '../../lib/orders.js';
import type { PageArgs } from '../../lib/pagination.js';
import * as validate from '../../lib/validate.js';
import { inAccount, ownRow, ownRows } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit, auditEach } from '../audit/service.js';
import { inChunks } from '../../db/chunks.js';
import { moveStocks } from '../products/service.js';
import { variants, vendors, warehouses } from '../products/index.js';
import { type CsvRecord, type ImportLine, type ImportLookups, type ImportRowError, importLines, readStockOrderCsv } from './imports.js';
import { type StockOrderRow, type StockOrderStatus, stockOrderLines, stockOrders } from './tables.js';

export interface StockOrdersArgs extends PageArgs {
  status?: StockOrderStatus | null;
}

/** The account's stock orders, newest first. */
export function listStockOrders(ctx: MemberContext, args: StockOrdersArgs) {
  const scope = and(inAccount(ctx, stockOrders), args.status ? eq(stockOrders.status, args.status) : undefined);
  return paginate(ctx.app.db.read, stockOrders, scope, args, 'desc');
}

export interface CreateStockOrderInput {
  vendorId: string;
  warehouseId: string;
  expectedMonth: string;
}

export async function createStockOrder(ctx: WriteContext, input: CreateStockOrderInput) {
  const vendor = await ownRow(ctx, vendors, input.vendorId, 'Vendor');
  const warehouse = await ownRow(ctx, warehouses, input.warehouseId, 'Warehouse');
  const expectedMonth = validate.month('expectedMonth', input.expectedMonth);
  const order = await one(
    ctx.tx.db
      .insert(stockOrders)
      .values({
        accountId: ctx.viewer.account.id,
        vendorId: vendor.id,
        warehouseId: warehouse.id,
        status: 'DRAFT',
        expectedMonth,
        createdById: ctx.viewer.member.id,
        createdAt: ctx.app.now(),
      })
      .returning(),
  );
  await audit(ctx, 'STOCK_ORDER_CREATED', order.id, { after: { vendorId: vendor.id, warehouseId: warehouse.id, expectedMonth } });
  return order;
}

export interface SetStockOrderLineInput {
  stockOrderId: string;
  variantId: string;
  quantity: number;
  unitCostCents?: number | null;
}

/** Adds, changes or (quantity 0) removes the line of a variant on a draft stock order; removing no line changes nothing. */
export async function setStockOrderLine(ctx: WriteContext, input: SetStockOrderLineInput) {
  const order = await ownRow(ctx, stockOrders, input.stockOrderId, 'Stock order');
  const variant = await ownRow(ctx, variants, input.variantId, 'Variant');
  const quantity = validate.units('quantity', input.quantity, 0);
  const unitCostCents = input.unitCostCents == null ? variant.costCents : validate.cents('unitCostCents', input.unitCostCents);
  requireStatus(order, ['DRAFT'], 'stock order');
  const line = await first(
    ctx.tx.db
      .select()
      .from(stockOrderLines)
      .where(and(eq(stockOrderLines.stockOrderId, order.id), eq(stockOrderLines.variantId, variant.id))),
  );
  if (!line) {
    // Removing a line the order does not have: nothing changes, so nothing is audited.
    if (quantity === 0) return order;
    await ctx.tx.db.insert(stockOrderLines).values({
      accountId: order.accountId,
      stockOrderId: order.id,
      variantId: variant.id,
      quantity,
      unitCostCents,
      createdAt: ctx.app.now(),
    });
  } else if (quantity === 0) {
    await ctx.tx.db.delete(stockOrderLines).where(eq(stockOrderLines.id, line.id));
  } else {
    await ctx.tx.db.update(stockOrderLines).set({ quantity, unitCostCents }).where(eq(stockOrderLines.id, line.id));
  }
  await audit(ctx, 'STOCK_ORDER_LINE_SET', order.id, {
    before: line ? { variantId: variant.id, quantity: line.quantity, unitCostCents: line.unitCostCents } : null,
    after: quantity === 0 ? null : { variantId: variant.id, quantity, unitCostCents },
  });
  return order;
}

const setOrder = (ctx: WriteContext, order: StockOrderRow, changes: Partial<StockOrderRow>) =>
  one(ctx.tx.db.update(stockOrders).set(changes).where(eq(stockOrders.id, order.id)).returning());

/** A draft with at least one line goes to PLACED: it is no longer edited. */
export async function placeStockOrder(ctx: WriteContext, id: string) {
  const order = await ownRow(ctx, stockOrders, id, 'Stock order');
  requireStatus(order, ['DRAFT'], 'stock order');
  const lines = await linesOf(ctx, stockOrderLines, stockOrderLines.stockOrderId, order.id);
  if (lines.length === 0) throw conflict('The stock order has no lines: add one before placing it');
  const placed = await setOrder(ctx, order, { status: 'PLACED', placedAt: ctx.app.now() });
  await audit(ctx, 'STOCK_ORDER_PLACED', order.id, {
    before: { status: order.status },
    after: { status: placed.status, lines: lines.length, totalCents: totalCents(lines, (line) => line.unitCostCents) },
  });
  return placed;
}

/** A placed order arrives: every line's quantity is added to stock in the order's warehouse (one read, one write). */
export async function receiveStockOrder(ctx: WriteContext, id: string) {
  const order = await ownRow(ctx, stockOrders, id, 'Stock order');
  requireStatus(order, ['PLACED'], 'stock order');
  const lines = await linesOf(ctx, stockOrderLines, stockOrderLines.stockOrderId, order.id);
  await moveStocks(ctx, order.warehouseId, unitsByVariant(lines));
  const received = await setOrder(ctx, order, { status: 'RECEIVED', receivedAt: ctx.app.now() });
  await audit(ctx, 'STOCK_ORDER_RECEIVED', order.id, {
    before: { status: order.status },
    after: { status: received.status, warehouseId: order.warehouseId, units: lines.reduce((sum, line) => sum + line.quantity, 0) },
  });
  return received;
}

export interface SetVendorEmailInput {
  vendorId: string;
  email?: string | null;
}

/** Sets (or, with null, clears) the address stock orders are emailed to. */
export async function setVendorEmail(ctx: WriteContext, input: SetVendorEmailInput) {
  const vendor = await ownRow(ctx, vendors, input.vendorId, 'Vendor');
  const email = input.email == null ? null : validate.email('email', input.email);
  if (email === vendor.email) return vendor;
  const updated = await one(ctx.tx.db.update(vendors).set({ email }).where(eq(vendors.id, vendor.id)).returning());
  await audit(ctx, 'VENDOR_EMAIL_CHANGED', vendor.id, { before: { email: vendor.email }, after: { email } });
  return updated;
}

const amount = (cents: number) => (cents / 100).toFixed(2);

/** Emails a placed (or received) order to its vendor: SKUs, quantities, unit costs, total and warehouse. */
export async function sendStockOrder(ctx: WriteContext, id: string) {
  const order = await ownRow(ctx, stockOrders, id, 'Stock order');
  requireStatus(order, ['PLACED', 'RECEIVED'], 'stock order');
  const vendor = await ownRow(ctx, vendors, order.vendorId, 'Vendor');
  if (!vendor.email) {
    throw conflict(`The vendor ${vendor.name} has no email address: set one with setVendorEmail`, { rule: 'NO_VENDOR_EMAIL' });
  }
  const warehouse = await ownRow(ctx, warehouses, order.warehouseId, 'Warehouse');
  const lines = await linesOf(ctx, stockOrderLines, stockOrderLines.stockOrderId, order.id);
  const skus = await ownRows(
    ctx,
    variants,
    lines.map((line) => line.variantId),
    'Variant',
  );
  const { account } = ctx.viewer;
  await ctx.app.mail.send(ctx.tx, {
    accountId: account.id,
    to: vendor.email,
    subject: `Stock order ${order.id} from ${account.name}`,
    lines: [
      `Hello ${vendor.name},`,
      '',
      `${account.name} orders the following, expected in ${order.expectedMonth}.`,
      `Deliver to: ${warehouse.name}`,
      '',
      'SKU, quantity, unit cost, line total',
      ...lines.map(
        (line) =>
          `${skus.get(line.variantId)!.sku}, ${line.quantity}, ${amount(line.unitCostCents)}, ${amount(line.quantity * line.unitCostCents)}`,
      ),
      '',
      `Total: ${amount(totalCents(lines, (line) => line.unitCostCents))}`,
      `Order reference: ${order.id}`,
    ],
  });
  const sent = await setOrder(ctx, order, { emailedAt: ctx.app.now() });
  await audit(ctx, 'STOCK_ORDER_EMAILED', order.id, { after: { to: vendor.email } });
  return sent;
}

/** The account's vendors, warehouses and variants named in the CSV. */
async function importLookups(ctx: WriteContext, records: readonly CsvRecord[]): Promise<ImportLookups> {
  const accountId = ctx.viewer.account.id;
  const values = (column: 'vendor' | 'warehouse' | 'sku') => [...new Set(records.map((record) => record[column]))];
  const vendorRows = await ctx.tx.db
    .select({ id: vendors.id, name: vendors.name })
    .from(vendors)
    .where(and(eq(vendors.accountId, accountId), inArray(vendors.name, values('vendor'))));
  const warehouseRows = await ctx.tx.db
    .select({ id: warehouses.id, name: warehouses.name })
    .from(warehouses)
    .where(and(eq(warehouses.accountId, accountId), inArray(warehouses.name, values('warehouse'))));
  const variantRows = await ctx.tx.db
    .select({ id: variants.id, sku: variants.sku, costCents: variants.costCents })
    .from(variants)
    .where(and(eq(variants.accountId, accountId), inArray(variants.sku, values('sku'))));
  const vendorIds = new Map<string, string[]>();
  for (const vendor of vendorRows) vendorIds.set(vendor.name, [...(vendorIds.get(vendor.name) ?? []), vendor.id]);
  return {
    vendorIds,
    warehouseIds: new Map(warehouseRows.map((warehouse) => [warehouse.name, warehouse.id])),
    variants: new Map(variantRows.map((variant) => [variant.sku, variant])),
  };
}

/** What an import answers: the orders created and how many, or every row error (and nothing created). */
export interface ImportStockOrdersResult {
  stockOrders: StockOrderRow[];
  stockOrderCount: number;
  errors: ImportRowError[];
}

/**
 * One STOCK_ORDER_CREATED entry per imported order, as `audit` records it (account, actor and time
 * from the context), but 500 entries a statement rather than one statement per order. The audit
 * service publishes nothing for this action, so writing its rows directly loses nothing.
 */
const auditCreated = (ctx: WriteContext, orders: ReadonlyArray<{ id: string; lines: readonly ImportLine[] }>) =>
  auditEach(
    ctx,
    'STOCK_ORDER_CREATED',
    orders.map(({ id, lines }) => ({
      subjectId: id,
      after: {
        vendorId: lines[0]!.vendorId,
        warehouseId: lines[0]!.warehouseId,
        expectedMonth: lines[0]!.expectedMonth,
        lines: lines.length,
        imported: true,
      },
    })),
  );

/**
 * Creates draft stock orders from a CSV: rows with the same vendor, warehouse and expected month
 * become one order. If any row has an error nothing is written, and every row error is answered.
 * Each order is audited (STOCK_ORDER_CREATED), and the import as a whole (STOCK_ORDERS_IMPORTED).
 * A constant number of statements per 500 orders or lines: nothing runs a query per row.
 */
export async function importStockOrders(ctx: WriteContext, csv: string): Promise<ImportStockOrdersResult> {
  const read = readStockOrderCsv(csv);
  const checked = importLines(read.records, await importLookups(ctx, read.records));
  const errors = [...read.errors, ...checked.errors].sort((a, b) => a.row - b.row);
  if (errors.length > 0) return { stockOrders: [], stockOrderCount: 0, errors };
  const groups = new Map<string, { id: string; lines: ImportLine[] }>();
  for (const line of checked.lines) {
    const key = `${line.vendorId}|${line.warehouseId}|${line.expectedMonth}`;
    const group = groups.get(key) ?? groups.set(key, { id: newId(), lines: [] }).get(key)!;
    group.lines.push(line);
  }
  const accountId = ctx.viewer.account.id;
  const createdAt = ctx.app.now();
  const created = await inChunks([...groups.values()], (chunk) =>
    ctx.tx.db
      .insert(stockOrders)
      .values(
        chunk.map(({ id, lines: [line] }) => ({
          id,
          accountId,
          vendorId: line!.vendorId,
          warehouseId: line!.warehouseId,
          status: 'DRAFT' as const,
          expectedMonth: line!.expectedMonth,
          createdById: ctx.viewer.member.id,
          createdAt,
        })),
      )
      .returning(),
  );
  await inChunks(
    [...groups.values()].flatMap(({ id, lines }) => lines.map((line) => ({ id, line }))),
    (chunk) =>
      ctx.tx.db
        .insert(stockOrderLines)
        .values(
          chunk.map(({ id, line }) => ({
            accountId,
            stockOrderId: id,
            variantId: line.variantId,
            quantity: line.quantity,
            unitCostCents: line.unitCostCents,
            createdAt,
          })),
        )
        .returning({ id: stockOrderLines.id }),
  );
  await auditCreated(ctx, [...groups.values()]);
  await audit(ctx, 'STOCK_ORDERS_IMPORTED', accountId, { after: { rows: checked.lines.length, stockOrders: groups.size } });
  const byId = new Map(created.map((order) => [order.id, order]));
  return { stockOrders: [...groups.values()].map((group) => byId.get(group.id)!), stockOrderCount: groups.size, errors: [] };
}
