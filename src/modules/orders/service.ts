import { and, count, eq } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import type { Db } from '../../db/client.js';
import { paginate } from '../../db/paginate.js';
import { first, one } from '../../db/rows.js';
import { RosterError, badInput, conflict, notFound } from '../../errors.js';
import { changesOf } from '../../lib/changes.js';
import { requireStatus } from '../../lib/orders.js';
import type { PageArgs } from '../../lib/pagination.js';
import * as validate from '../../lib/validate.js';
import { decideCapabilities } from '../../graphql/decide.js';
import { inAccount, ownRow } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { discountOptions } from '../brand/index.js';
import { addConnection } from '../connections/service.js';
import { connections } from '../connections/index.js';
import { ofReachableConnection, reachableConnection } from '../connections/scope.js';
import { visibleLinesheet } from '../linesheets/service.js';
import { linesheets } from '../linesheets/index.js';
import { discountsOf, orderTotalCents } from './money.js';
import { datesNeed, linesOfOrder, liveLines, requireEditable, requireMinimumKept, requirePlaceable, requireTakesOrders } from './rules.js';
import { type OrderRow, type OrderStatus, type invoices, orders } from './tables.js';

/**
 * An order by id, and its connection: within the caller's account and, through its connection, their
 * regions (NOT_FOUND for either, exactly like an order that does not exist).
 */
export async function reachableOrder(ctx: MemberContext | WriteContext, id: string) {
  const row = await ownRow(ctx, orders, id, 'Order');
  const connection = await reachableConnection(ctx, row.connectionId).catch((error: unknown) => {
    throw error instanceof RosterError && error.extensions.code === 'NOT_FOUND' ? notFound('Order') : error;
  });
  return { row, connection };
}

export interface OrdersArgs extends PageArgs {
  status?: OrderStatus | null;
}

/** The orders the caller reaches (their regions only, with geographic permissions on), newest first. */
export async function listOrders(ctx: MemberContext, args: OrdersArgs) {
  const scope = and(
    inAccount(ctx, orders),
    args.status ? eq(orders.status, args.status) : undefined,
    await ofReachableConnection(ctx, orders.connectionId),
  );
  return paginate(ctx.app.db.read, orders, scope, args, 'desc');
}

/** The next number of a per-account sequence (`PO-00001`, `INV-00001`): writes of an account run one at a time. */
export async function nextNumber(db: Db, prefix: string, counted: typeof orders | typeof invoices, accountId: string) {
  const row = await first(db.select({ n: count() }).from(counted).where(eq(counted.accountId, accountId)));
  return `${prefix}-${String(Number(row?.n ?? 0) + 1).padStart(5, '0')}`;
}

export interface CreateOrderInput {
  connectionId: string;
  linesheetId: string;
}

/**
 * A DRAFT order for a retailer from a linesheet (an ADMIN one, or a CUSTOM one of the caller's): its
 * PO number is the next of the account's sequence, its start ship the linesheet's, its delivery
 * date the linesheet's earliest preset one (its start ship when it has none). A removed connection
 * or an archived linesheet takes no new orders (CONFLICT, rule WRONG_STATUS).
 */
export async function createOrder(ctx: WriteContext, input: CreateOrderInput) {
  const connection = await reachableConnection(ctx, input.connectionId);
  const linesheet = await visibleLinesheet(ctx, input.linesheetId);
  requireTakesOrders(connection, linesheet);
  const accountId = ctx.viewer.account.id;
  const poNumber = await nextNumber(ctx.tx.db, 'PO', orders, accountId);
  const values = {
    connectionId: connection.id,
    linesheetId: linesheet.id,
    status: 'DRAFT' as const,
    generatedPoNumber: poNumber,
    poNumber,
    startShip: linesheet.startShip,
    deliveryDate: [...linesheet.deliveryDates].sort()[0] ?? linesheet.startShip,
  };
  const order = await one(
    ctx.tx.db
      .insert(orders)
      .values({ ...values, accountId, createdById: ctx.viewer.member.id, createdAt: ctx.app.now() })
      .returning(),
  );
  await audit(ctx, 'ORDER_CREATED', order.id, { after: values });
  return order;
}

/** Writes what changed of an order and records it (ORDER_UPDATED); nothing when nothing changes. */
export async function updateOrder(ctx: WriteContext, order: OrderRow, proposed: Partial<OrderRow>) {
  const changes = changesOf(order, proposed);
  if (changes.keys.length === 0) return order;
  const after = await one(ctx.tx.db.update(orders).set(changes.set).where(eq(orders.id, order.id)).returning());
  await audit(ctx, 'ORDER_UPDATED', order.id, { before: changes.before, after: changes.after });
  return after;
}

export interface SetOrderDatesInput {
  orderId: string;
  startShip?: string | null;
  deliveryDate?: string | null;
}

/**
 * Changes an order's start ship and delivery date. The delivery date is never before the start
 * ship (BAD_USER_INPUT on `deliveryDate`, also when only the start ship moves past it). A start
 * ship before the linesheet's needs `setStartShipBeforeLinesheetStartShip` (the linesheet's own
 * date does not); a delivery date other than the linesheet's preset ones needs
 * `changeDeliveryDates`. Only what changes is judged.
 */
export async function setOrderDates(ctx: WriteContext, input: SetOrderDatesInput) {
  const { row: order } = await reachableOrder(ctx, input.orderId);
  const proposed = {
    startShip: input.startShip == null ? undefined : validate.day('startShip', input.startShip),
    deliveryDate: input.deliveryDate == null ? undefined : validate.day('deliveryDate', input.deliveryDate),
  };
  if ((proposed.deliveryDate ?? order.deliveryDate) < (proposed.startShip ?? order.startShip)) {
    throw badInput('deliveryDate', 'The delivery date must be on or after the start ship date');
  }
  await requireEditable(ctx, order);
  const linesheet = await ownRow(ctx, linesheets, order.linesheetId, 'Linesheet');
  await decideCapabilities(ctx, datesNeed(changesOf(order, proposed).set, linesheet));
  return updateOrder(ctx, order, proposed);
}

export interface SetOrderDiscountInput {
  orderId: string;
  percent?: number | null;
  discountOptionId?: string | null;
}

/**
 * The order-level discount (the field needs `editOrderDiscounts`): a percent, or one of the
 * account's discount options, whose percent is copied (editing the option later moves no order's
 * total); exactly one of them (BAD_USER_INPUT on `percent`). SKU-level discounts are set on lines,
 * the retailer's on its connection. A placed order brought below the retailer's minimum needs
 * `placeOrdersUnderMinimum`.
 */
export async function setOrderDiscount(ctx: WriteContext, input: SetOrderDiscountInput) {
  const { row: order, connection } = await reachableOrder(ctx, input.orderId);
  if ((input.percent == null) === (input.discountOptionId == null)) throw badInput('percent', 'Give either a percent or a discount option');
  const discountPercent =
    input.discountOptionId == null
      ? validate.wholeNumber('percent', input.percent!, 0, 100)
      : (await ownRow(ctx, discountOptions, input.discountOptionId, 'Discount option')).percent;
  await requireEditable(ctx, order);
  if (discountPercent === order.discountPercent) return order;
  await requireMinimumKept(ctx, order, connection, discountPercent, async () => liveLines(await linesOfOrder(ctx, order.id)));
  return updateOrder(ctx, order, { discountPercent });
}

/** A custom PO number, or the generated one back (the field needs `editPoNumbers` either way). */
export async function setOrderPoNumber(ctx: WriteContext, orderId: string, poNumberInput: string) {
  const { row: order } = await reachableOrder(ctx, orderId);
  const poNumber = validate.text('poNumber', poNumberInput, 64);
  await requireEditable(ctx, order);
  return updateOrder(ctx, order, { poNumber });
}

/** The status moves an order makes, each from one status. */
const TRANSITIONS = {
  SUBMITTED: 'DRAFT',
  APPROVED: 'SUBMITTED',
  SHIPPED: 'APPROVED',
} as const satisfies Partial<Record<OrderStatus, OrderStatus>>;

/**
 * Moves an order one status on. Submitting needs at least one line not cancelled, and places the
 * order: it is judged whole by the rules of a placed order (`requirePlaceable`: retailer,
 * linesheet, styles, divisions, units, dates, the minimum), whoever wrote the draft, and keeps the
 * retailer's discount it was placed with. Approving and shipping move an order that was placed,
 * and change none of what those rules read.
 */
export async function moveOrder(ctx: WriteContext, id: string, to: keyof typeof TRANSITIONS) {
  const { row: order, connection } = await reachableOrder(ctx, id);
  requireStatus(order, [TRANSITIONS[to]], 'order');
  const lines = liveLines(await linesOfOrder(ctx, order.id));
  const discounts = discountsOf(order, connection);
  const totalCents = orderTotalCents(discounts, lines);
  if (to === 'SUBMITTED') {
    if (lines.length === 0) throw conflict('The order has no lines: add one before submitting it');
    await requirePlaceable(ctx, order, connection, lines, totalCents);
  }
  // Placed, the order keeps the retailer's discount it was placed with.
  const placed = to === 'SUBMITTED' ? { submittedAt: ctx.app.now(), retailerDiscountPercent: discounts.retailerPercent } : {};
  const moved = await one(
    ctx.tx.db
      .update(orders)
      .set({ status: to, ...placed })
      .where(eq(orders.id, order.id))
      .returning(),
  );
  const retailerDiscount = to === 'SUBMITTED' ? { retailerDiscountPercent: discounts.retailerPercent } : {};
  await audit(ctx, 'ORDER_STATUS_CHANGED', order.id, {
    before: { status: order.status },
    after: { status: to, totalCents, ...retailerDiscount },
  });
  return moved;
}

/** "Set to Re-Export" (`exportRequestedAt`) or "Mark as exported" (`exportedAt`), on an order that was submitted. */
export async function markOrderExport(ctx: WriteContext, id: string, column: 'exportRequestedAt' | 'exportedAt') {
  const { row: order } = await reachableOrder(ctx, id);
  requireStatus(order, ['SUBMITTED', 'APPROVED', 'SHIPPED'], 'order');
  const at = ctx.app.now();
  const marked = await one(
    ctx.tx.db
      .update(orders)
      .set({ [column]: at })
      .where(eq(orders.id, order.id))
      .returning(),
  );
  await audit(ctx, 'ORDER_EXPORT_CHANGED', order.id, { before: { [column]: order[column] }, after: { [column]: at } });
  return marked;
}

export interface RetailerOrderRestrictionsInput {
  connectionId: string;
  minimumOrderCents?: number | null;
  retailerMayEditOrders?: boolean | null;
}

/** A retailer's order restrictions: its minimum order (explicit null: none) and whether it may edit orders. */
export async function setRetailerOrderRestrictions(ctx: WriteContext, input: RetailerOrderRestrictionsInput) {
  const connection = await reachableConnection(ctx, input.connectionId);
  const proposed = {
    minimumOrderCents:
      input.minimumOrderCents == null ? input.minimumOrderCents : validate.cents('minimumOrderCents', input.minimumOrderCents),
    retailerMayEditOrders: input.retailerMayEditOrders ?? undefined,
  };
  if (connection.status === 'REMOVED') throw conflict('This connection was removed', { rule: 'WRONG_STATUS' });
  const changes = changesOf(connection, proposed);
  if (changes.keys.length === 0) return connection;
  const after = await one(ctx.tx.db.update(connections).set(changes.set).where(eq(connections.id, connection.id)).returning());
  await audit(ctx, 'RETAILER_ORDER_RESTRICTIONS_CHANGED', connection.id, { before: changes.before, after: changes.after });
  return after;
}

/** "Add Client" on the iPad: a PENDING connection (in one of their regions, for a member with geographic permissions). */
export const addClient = (ctx: WriteContext, retailerName: string, regionId?: string | null) =>
  addConnection(ctx, retailerName, regionId, 'PENDING');

/**
 * "Can assign orders to new connections": moves an order to a retailer the brand is not connected
 * with yet, which becomes a PENDING connection in the same region as the order's current one.
 */
export async function assignOrderToNewRetailer(ctx: WriteContext, orderId: string, retailerName: string) {
  const { row: order, connection: current } = await reachableOrder(ctx, orderId);
  // Before approval only: an approved order may be invoiced, and an invoice stays with its retailer.
  requireStatus(order, ['DRAFT', 'SUBMITTED'], 'order');
  const connection = await addConnection(ctx, retailerName, current.regionId, 'PENDING');
  await ctx.tx.db.update(orders).set({ connectionId: connection.id }).where(eq(orders.id, order.id));
  await audit(ctx, 'ORDER_UPDATED', order.id, { before: { connectionId: order.connectionId }, after: { connectionId: connection.id } });
  return connection;
}
