import { builder } from '../../graphql/builder.js';
import { pageType, pageArgs } from '../../graphql/pagination.js';
import { asMember } from '../../request/context.js';
import { describedEnum } from '../../graphql/enums.js';
import { linesOf, totalCents } from '../../lib/orders.js';
import { ownRow } from '../../request/tenancy.js';
import { inTransaction } from '../../request/transaction.js';
import { VariantRef, WarehouseRef } from '../products/types.js';
import { variants, warehouses } from '../products/index.js';
import { UserRef } from '../users/types.js';
import { confirmWholesaleOrder, createWholesaleOrder, listWholesaleOrders } from './service.js';
import {
  type WholesaleOrderLineRow,
  type WholesaleOrderRow,
  type WholesaleOrderStatus,
  wholesaleOrderLines,
  wholesaleOrders,
} from './tables.js';

const WHOLESALE = { wholesale: true } as const;

const WholesaleOrderStatusEnum = describedEnum('WholesaleOrderStatus', 'Where a wholesale order stands', {
  DRAFT: 'Created; no stock taken yet',
  CONFIRMED: 'Confirmed: its stock was taken from its warehouse',
} satisfies Record<WholesaleOrderStatus, string>);

const WholesaleOrderLineRef = builder.objectRef<WholesaleOrderLineRow>('WholesaleOrderLine').implement({
  description: 'Units of one variant sold on a wholesale order, at a unit price. Money is in cents.',
  authScopes: WHOLESALE,
  fields: (t) => ({
    id: t.exposeID('id'),
    variant: t.field({
      type: VariantRef,
      description: 'What is sold',
      resolve: async (line, _args, ctx) => (await ctx.loaders.row(variants).load(line.variantId))!,
    }),
    quantity: t.exposeInt('quantity', { description: 'Units sold' }),
    unitPriceCents: t.expose('unitPriceCents', { type: 'Cents', description: 'What the customer pays for one unit' }),
    totalCents: t.field({
      type: 'Cents',
      description: 'quantity × unitPriceCents',
      resolve: (line) => line.quantity * line.unitPriceCents,
    }),
  }),
});

const WholesaleOrderRef = builder.objectRef<WholesaleOrderRow>('WholesaleOrder').implement({
  description: 'An order from a wholesale customer, shipped from one warehouse; confirming it takes the stock',
  authScopes: WHOLESALE,
  fields: (t) => ({
    id: t.exposeID('id'),
    customerName: t.exposeString('customerName'),
    status: t.expose('status', { type: WholesaleOrderStatusEnum }),
    warehouse: t.field({
      type: WarehouseRef,
      description: 'Where the stock is taken from',
      resolve: async (order, _args, ctx) => (await ctx.loaders.row(warehouses).load(order.warehouseId))!,
    }),
    lines: t.field({
      type: [WholesaleOrderLineRef],
      resolve: (order, _args, ctx) => linesOf(ctx, wholesaleOrderLines, wholesaleOrderLines.wholesaleOrderId, order.id),
    }),
    totalCents: t.field({
      type: 'Cents',
      description: 'The sum of the lines’ totals',
      resolve: async (order, _args, ctx) =>
        totalCents(await linesOf(ctx, wholesaleOrderLines, wholesaleOrderLines.wholesaleOrderId, order.id), (line) => line.unitPriceCents),
    }),
    createdBy: t.field({
      type: UserRef,
      description: 'Who created the order',
      resolve: async (order, _args, ctx) => (await ctx.loaders.member.load(order.createdById))!,
    }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const WholesaleOrderConnection = pageType('WholesaleOrder', WholesaleOrderRef);

builder.queryFields((t) => ({
  wholesaleOrders: t.field({
    type: WholesaleOrderConnection,
    description: "The account's wholesale orders, newest first (only while the account's wholesale feature is on)",
    authScopes: WHOLESALE,
    args: pageArgs(t.arg),
    resolve: (_root, args, ctx) => listWholesaleOrders(asMember(ctx), args),
  }),
  wholesaleOrder: t.field({
    type: WholesaleOrderRef,
    description: 'One wholesale order of the account',
    authScopes: WHOLESALE,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ownRow(asMember(ctx), wholesaleOrders, id, 'Wholesale order'),
  }),
}));

const WholesaleLineInput = builder.inputType('WholesaleLineInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    quantity: t.int({ required: true, description: 'Units sold, from 1 to 1,000,000' }),
    unitPriceCents: t.field({ type: 'Cents', required: false, description: "What one unit sells for; the variant's price when left out" }),
  }),
});

const CreateWholesaleOrderInput = builder.inputType('CreateWholesaleOrderInput', {
  fields: (t) => ({
    customerName: t.string({ required: true }),
    warehouseId: t.id({ required: true, description: 'Where the stock will be taken from' }),
    lines: t.field({ type: [WholesaleLineInput], required: true, description: 'One line per variant, from 1 to 500 lines' }),
  }),
});

builder.mutationFields((t) => ({
  createWholesaleOrder: t.field({
    type: WholesaleOrderRef,
    description: 'Creates a DRAFT wholesale order; no stock is taken until it is confirmed',
    authScopes: WHOLESALE,
    args: { input: t.arg({ type: CreateWholesaleOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) => createWholesaleOrder(inTransaction(ctx), input),
  }),
  confirmWholesaleOrder: t.field({
    type: WholesaleOrderRef,
    description: 'Confirms a DRAFT wholesale order and takes its stock from the warehouse (all lines, or none if any lacks stock)',
    authScopes: WHOLESALE,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => confirmWholesaleOrder(inTransaction(ctx), id),
  }),
}));
