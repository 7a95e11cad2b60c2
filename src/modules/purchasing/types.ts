import { builder } from '../../graphql/builder.js';
import { pageType, pageArgs } from '../../graphql/pagination.js';
import { asMember } from '../../request/context.js';
import { describedEnum } from '../../graphql/enums.js';
import { linesOf, totalCents } from '../../lib/orders.js';
import { ownRow } from '../../request/tenancy.js';
import { inTransaction } from '../../request/transaction.js';
import { VariantRef, VendorRef, WarehouseRef } from '../products/types.js';
import { variants, vendors, warehouses } from '../products/index.js';
import { UserRef } from '../users/types.js';
import type { ImportRowError } from './imports.js';
import {
  type ImportStockOrdersResult,
  createStockOrder,
  importStockOrders,
  listStockOrders,
  placeStockOrder,
  receiveStockOrder,
  sendStockOrder,
  setStockOrderLine,
  setVendorEmail,
} from './service.js';
import { type StockOrderLineRow, type StockOrderRow, type StockOrderStatus, stockOrderLines, stockOrders } from './tables.js';

const STOCK_ORDERS = { stockOrders: true } as const;
const SEND_EMAILS = { sendEmails: true } as const;
const IMPORTS = { imports: true } as const;

const StockOrderStatusEnum = describedEnum('StockOrderStatus', 'Where a stock order stands', {
  DRAFT: 'Being prepared: lines can be added, changed and removed',
  PLACED: 'Placed with the vendor: no longer edited, waiting to be received',
  RECEIVED: 'Received: its quantities were added to stock in its warehouse',
} satisfies Record<StockOrderStatus, string>);

const StockOrderLineRef = builder.objectRef<StockOrderLineRow>('StockOrderLine').implement({
  description: 'Units of one variant on a stock order, at a unit cost. Money is in cents.',
  authScopes: STOCK_ORDERS,
  fields: (t) => ({
    id: t.exposeID('id'),
    variant: t.field({
      type: VariantRef,
      description: 'What is ordered',
      resolve: async (line, _args, ctx) => (await ctx.loaders.row(variants).load(line.variantId))!,
    }),
    quantity: t.exposeInt('quantity', { description: 'Units ordered' }),
    unitCostCents: t.expose('unitCostCents', { type: 'Cents', description: 'What one unit costs on this order' }),
    totalCents: t.field({ type: 'Cents', description: 'quantity × unitCostCents', resolve: (line) => line.quantity * line.unitCostCents }),
  }),
});

const StockOrderRef = builder.objectRef<StockOrderRow>('StockOrder').implement({
  description: 'A purchase order to a vendor, delivered to one warehouse: DRAFT, then PLACED, then RECEIVED',
  authScopes: STOCK_ORDERS,
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.expose('status', { type: StockOrderStatusEnum }),
    vendor: t.field({
      type: VendorRef,
      description: 'Who the order goes to',
      resolve: async (order, _args, ctx) => (await ctx.loaders.row(vendors).load(order.vendorId))!,
    }),
    warehouse: t.field({
      type: WarehouseRef,
      description: 'Where the order is delivered and its stock added when received',
      resolve: async (order, _args, ctx) => (await ctx.loaders.row(warehouses).load(order.warehouseId))!,
    }),
    expectedMonth: t.exposeString('expectedMonth', { description: 'The month (YYYY-MM) the order is expected in' }),
    lines: t.field({
      type: [StockOrderLineRef],
      description: 'What is ordered, in the order it was added',
      resolve: (order, _args, ctx) => linesOf(ctx, stockOrderLines, stockOrderLines.stockOrderId, order.id),
    }),
    totalCents: t.field({
      type: 'Cents',
      description: 'The sum of the lines’ totals',
      resolve: async (order, _args, ctx) =>
        totalCents(await linesOf(ctx, stockOrderLines, stockOrderLines.stockOrderId, order.id), (line) => line.unitCostCents),
    }),
    createdBy: t.field({
      type: UserRef,
      description: 'Who created the order',
      resolve: async (order, _args, ctx) => (await ctx.loaders.member.load(order.createdById))!,
    }),
    placedAt: t.expose('placedAt', { type: 'DateTime', nullable: true }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', nullable: true }),
    emailedAt: t.expose('emailedAt', { type: 'DateTime', nullable: true, description: 'When it was last emailed to its vendor' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const ImportRowErrorRef = builder.objectRef<ImportRowError>('ImportRowError').implement({
  description: 'A problem with one row of an imported CSV',
  authScopes: IMPORTS,
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'The data row at fault: 1 is the first row after the header, 0 the header itself' }),
    column: t.exposeString('column', { nullable: true, description: 'The column at fault, when it is one cell' }),
    message: t.exposeString('message'),
  }),
});

const ImportStockOrdersResultRef = builder.objectRef<ImportStockOrdersResult>('ImportStockOrdersResult').implement({
  description: 'What an import created, or, if any row was wrong, every row error (and then nothing was created)',
  authScopes: IMPORTS,
  fields: (t) => ({
    stockOrders: t.field({
      type: [StockOrderRef],
      description:
        'The draft stock orders created, one per vendor, warehouse and expected month; empty when a row was wrong. ' +
        "An order's fields need the stock orders capability besides imports; stockOrderCount needs only imports.",
      resolve: (result) => result.stockOrders,
    }),
    stockOrderCount: t.int({
      description: 'How many draft stock orders the import created (0 when a row was wrong); needs only imports',
      resolve: (result) => result.stockOrderCount,
    }),
    errors: t.field({
      type: [ImportRowErrorRef],
      description: 'Every problem found, by row; empty when the import was written',
      resolve: (result) => result.errors,
    }),
  }),
});

const StockOrderConnection = pageType('StockOrder', StockOrderRef);

builder.queryFields((t) => ({
  stockOrders: t.field({
    type: StockOrderConnection,
    description: "The account's stock orders, newest first",
    authScopes: STOCK_ORDERS,
    args: { ...pageArgs(t.arg), status: t.arg({ type: StockOrderStatusEnum, required: false, description: 'Only orders in this status' }) },
    resolve: (_root, args, ctx) => listStockOrders(asMember(ctx), args),
  }),
  stockOrder: t.field({
    type: StockOrderRef,
    description: 'One stock order of the account',
    authScopes: STOCK_ORDERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ownRow(asMember(ctx), stockOrders, id, 'Stock order'),
  }),
}));

const CreateStockOrderInput = builder.inputType('CreateStockOrderInput', {
  fields: (t) => ({
    vendorId: t.id({ required: true }),
    warehouseId: t.id({ required: true, description: 'Where the order will be delivered' }),
    expectedMonth: t.string({ required: true, description: 'YYYY-MM' }),
  }),
});

const SetStockOrderLineInput = builder.inputType('SetStockOrderLineInput', {
  fields: (t) => ({
    stockOrderId: t.id({ required: true }),
    variantId: t.id({ required: true }),
    quantity: t.int({ required: true, description: 'Units to order, up to 1,000,000; 0 removes the line' }),
    unitCostCents: t.field({ type: 'Cents', required: false, description: "What one unit costs; the variant's cost when left out" }),
  }),
});

const SetVendorEmailInput = builder.inputType('SetVendorEmailInput', {
  fields: (t) => ({
    vendorId: t.id({ required: true }),
    email: t.string({ required: false, description: 'Where stock orders are emailed; null clears it' }),
  }),
});

builder.mutationFields((t) => ({
  createStockOrder: t.field({
    type: StockOrderRef,
    description: 'Starts a DRAFT stock order to a vendor for a warehouse',
    authScopes: STOCK_ORDERS,
    args: { input: t.arg({ type: CreateStockOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) => createStockOrder(inTransaction(ctx), input),
  }),
  setStockOrderLine: t.field({
    type: StockOrderRef,
    description: 'Adds, changes or (quantity 0) removes the line of a variant on a DRAFT stock order',
    authScopes: STOCK_ORDERS,
    args: { input: t.arg({ type: SetStockOrderLineInput, required: true }) },
    resolve: (_root, { input }, ctx) => setStockOrderLine(inTransaction(ctx), input),
  }),
  placeStockOrder: t.field({
    type: StockOrderRef,
    description: 'Places a DRAFT stock order that has at least one line: it becomes PLACED and is no longer edited',
    authScopes: STOCK_ORDERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => placeStockOrder(inTransaction(ctx), id),
  }),
  receiveStockOrder: t.field({
    type: StockOrderRef,
    description: 'Receives a PLACED stock order: every line’s quantity is added to stock in its warehouse',
    authScopes: STOCK_ORDERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => receiveStockOrder(inTransaction(ctx), id),
  }),
  sendStockOrder: t.field({
    type: StockOrderRef,
    description: 'Emails a PLACED or RECEIVED stock order to its vendor. Needs stock orders and sending emails.',
    authScopes: { $all: { stockOrders: true, sendEmails: true } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => sendStockOrder(inTransaction(ctx), id),
  }),
  setVendorEmail: t.field({
    type: VendorRef,
    description: 'Sets or clears the address stock orders are emailed to ("Email addresses")',
    authScopes: SEND_EMAILS,
    args: { input: t.arg({ type: SetVendorEmailInput, required: true }) },
    resolve: (_root, { input }, ctx) => setVendorEmail(inTransaction(ctx), input),
  }),
  importStockOrders: t.field({
    type: ImportStockOrdersResultRef,
    description:
      'Creates DRAFT stock orders from a CSV with the header vendor,warehouse,expected_month,sku,quantity,unit_cost_cents ' +
      '(vendor and warehouse by name; quantity from 1 to 1,000,000; unit_cost_cents may be empty for the variant’s cost). ' +
      'Rows with the same vendor, warehouse and month become one order. At most 5,000 rows and 1 MB; if any row is wrong nothing is created.',
    authScopes: IMPORTS,
    args: { csv: t.arg.string({ required: true }) },
    resolve: (_root, { csv }, ctx) => importStockOrders(inTransaction(ctx), csv),
  }),
}));
