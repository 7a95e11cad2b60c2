import { builder } from '../../graphql/builder.js';
import { pageType, pageArgs } from '../../graphql/pagination.js';
import { type Context, asMember } from '../../request/context.js';
import { describedEnum } from '../../graphql/enums.js';
import { MEMBER } from '../../graphql/scopes.js';
import { ConnectionRef, GEOGRAPHICALLY_SCOPED } from '../connections/types.js';
import { connections } from '../connections/index.js';
import { type LinesheetRow, linesheets } from '../linesheets/index.js';
import { StyleRef } from '../styles/types.js';
import { styles } from '../styles/index.js';
import { UserRef } from '../users/types.js';
import { discountsOf, lineTotalCents, orderMoney } from './money.js';
import { linesOfOrder } from './rules.js';
import { listOrders, reachableOrder } from './service.js';
import { type OrderLineRow, type OrderRow, type OrderStatus } from './tables.js';

const OrderStatusEnum = describedEnum('OrderStatus', 'Where a retailer order stands', {
  DRAFT: 'Being written: lines, dates, discount and PO number are edited freely',
  SUBMITTED: 'Placed by the retailer (or for them); still edited, merged and exported',
  APPROVED: 'Approved by the brand; editing it needs EDIT_APPROVED_SHIPPED_ORDERS',
  SHIPPED: 'Shipped; editing it needs EDIT_APPROVED_SHIPPED_ORDERS',
  MERGED: 'Merged into another order (`mergedIntoId`), which now holds its lines; no longer edited',
} satisfies Record<OrderStatus, string>);

const OrderLinesheetRef = builder.objectRef<LinesheetRow>('OrderLinesheet').implement({
  description:
    'The linesheet an order is taken from, as the order shows it (whoever sees the order sees these, even of a CUSTOM linesheet of another member)',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    startShip: t.exposeString('startShip', {
      description: 'YYYY-MM-DD: the earliest start ship of its orders without SET_START_SHIP_BEFORE_LINESHEET_START_SHIP',
    }),
    deliveryDates: t.exposeStringList('deliveryDates', {
      description: 'YYYY-MM-DD each: the preset delivery dates (others need CHANGE_DELIVERY_DATES)',
    }),
  }),
});

const OrderLineRef = builder.objectRef<OrderLineRow>('OrderLine').implement({
  description:
    'Units of a style in one size and colour on an order, at a unit price, with an optional SKU-level discount. Money is in cents.',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    style: t.field({
      type: StyleRef,
      description: 'The style ordered (a deleted style stays on its orders)',
      resolve: async (line, _args, ctx) => (await ctx.loaders.row(styles).load(line.styleId))!,
    }),
    size: t.exposeString('size'),
    colour: t.exposeString('colour'),
    quantity: t.exposeInt('quantity', { description: 'Units ordered' }),
    unitPriceCents: t.expose('unitPriceCents', { type: 'Cents', description: "The style's wholesale price when the line was added" }),
    discountPercent: t.exposeInt('discountPercent', { description: 'The SKU-level discount, in percent' }),
    totalCents: t.field({
      type: 'Cents',
      description: 'quantity × unitPriceCents × (1 − discountPercent / 100), rounded to the cent',
      resolve: (line) => lineTotalCents(line),
    }),
    cancelled: t.boolean({
      description: 'Cancelled with the cancel/replace styles tool: out of the totals',
      resolve: (line) => line.cancelledAt !== null,
    }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When its style was cancelled' }),
  }),
});

/**
 * The money of an order as a response reads it: its lines and, for a DRAFT, its retailer's current
 * discount, both through the request's loaders (batched across every order a response lists).
 */
async function moneyOf(order: OrderRow, ctx: Context) {
  const [lines, connection] = await Promise.all([
    linesOfOrder(ctx, order.id),
    order.retailerDiscountPercent == null ? ctx.loaders.row(connections).load(order.connectionId) : null,
  ]);
  const discounts = discountsOf(order, connection ?? null);
  return { discounts, ...orderMoney(discounts, lines) };
}

export const OrderRef = builder.objectRef<OrderRow>('Order').implement({
  description:
    'A wholesale order from a retailer connection, taken from a linesheet: DRAFT, SUBMITTED, APPROVED, SHIPPED (or MERGED into another). Money is in cents.',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.expose('status', { type: OrderStatusEnum, description: 'Where the order stands' }),
    connection: t.field({
      type: ConnectionRef,
      description: 'The retailer the order is from',
      resolve: async (order, _args, ctx) => (await ctx.loaders.row(connections).load(order.connectionId))!,
    }),
    linesheet: t.field({
      type: OrderLinesheetRef,
      description: 'The linesheet its styles, start ship and delivery dates come from',
      resolve: async (order, _args, ctx) => (await ctx.loaders.row(linesheets).load(order.linesheetId))!,
    }),
    poNumber: t.exposeString('poNumber', { description: 'The PO number: the generated one unless a custom one was set' }),
    generatedPoNumber: t.exposeString('generatedPoNumber', { description: "The auto-generated PO number, from the account's sequence" }),
    startShip: t.exposeString('startShip', { description: 'YYYY-MM-DD' }),
    deliveryDate: t.exposeString('deliveryDate', { description: 'YYYY-MM-DD' }),
    discountPercent: t.exposeInt('discountPercent', {
      description: 'The order-level discount, in percent (set as a percent or from a discount option)',
    }),
    lines: t.field({
      type: [OrderLineRef],
      description: 'Its lines, cancelled ones included, in the order they were added',
      resolve: (order, _args, ctx) => linesOfOrder(ctx, order.id),
    }),
    subtotalCents: t.field({
      type: 'Cents',
      description: 'The sum of the totals of the lines not cancelled (each less its SKU-level discount)',
      resolve: async (order, _args, ctx) => (await moneyOf(order, ctx)).subtotalCents,
    }),
    retailerDiscountPercent: t.int({
      description:
        'The retailer-level discount, in percent: its connection’s current one while DRAFT, the one it was submitted with once placed',
      resolve: async (order, _args, ctx) => (await moneyOf(order, ctx)).discounts.retailerPercent,
    }),
    retailerDiscountCents: t.field({
      type: 'Cents',
      description: 'What the retailer discount takes off the subtotal, rounded half up to the cent',
      resolve: async (order, _args, ctx) => (await moneyOf(order, ctx)).retailerDiscountCents,
    }),
    orderDiscountCents: t.field({
      type: 'Cents',
      description: 'What the order-level discount takes off what the retailer discount left, rounded half up to the cent',
      resolve: async (order, _args, ctx) => (await moneyOf(order, ctx)).orderDiscountCents,
    }),
    totalCents: t.field({
      type: 'Cents',
      description: 'subtotalCents − retailerDiscountCents − orderDiscountCents: what the retailer pays, and what an invoice is for',
      resolve: async (order, _args, ctx) => (await moneyOf(order, ctx)).totalCents,
    }),
    mergedIntoId: t.exposeID('mergedIntoId', { nullable: true, description: 'The order a MERGED order went into' }),
    exportRequestedAt: t.expose('exportRequestedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last set to re-export',
    }),
    exportedAt: t.expose('exportedAt', { type: 'DateTime', nullable: true, description: 'When it was last marked as exported' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true, description: 'When it was submitted' }),
    createdBy: t.field({
      type: UserRef,
      description: 'Who drafted the order',
      resolve: async (order, _args, ctx) => (await ctx.loaders.member.load(order.createdById))!,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was drafted' }),
  }),
});

const OrderConnection = pageType('Order', OrderRef);

builder.queryFields((t) => ({
  orders: t.field({
    type: OrderConnection,
    description: 'The orders the caller reaches (with geographic permissions on, those of connections in their regions), newest first',
    authScopes: MEMBER,
    extensions: GEOGRAPHICALLY_SCOPED,
    args: { ...pageArgs(t.arg), status: t.arg({ type: OrderStatusEnum, required: false, description: 'Only orders in this status' }) },
    resolve: (_root, args, ctx) => listOrders(asMember(ctx), args),
  }),
  order: t.field({
    type: OrderRef,
    description: 'One order the caller reaches (NOT_FOUND outside their regions while geographic permissions are on)',
    authScopes: MEMBER,
    extensions: GEOGRAPHICALLY_SCOPED,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => (await reachableOrder(asMember(ctx), id)).row,
  }),
}));
