import { and, eq, inArray, isNotNull, isNull, notInArray, sql } from 'drizzle-orm';
import type { Context } from '../../request/context.js';
import { badInput, conflict } from '../../errors.js';
import { linesOf, requireStatus } from '../../lib/orders.js';
import { ownRow } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { brandSettingsNow } from '../brand/service.js';
import type { ConnectionRow } from '../connections/index.js';
import { type LinesheetRow, linesheetStyles, linesheets } from '../linesheets/index.js';
import type { Capability } from '../permissions/capabilities.js';
import { styleInventory, styles } from '../styles/index.js';
import { type Priced, discountsOf, orderTotalCents } from './money.js';
import { type OrderLineRow, type OrderRow, type OrderStatus, orderLines, orders } from './tables.js';
import { decideCapabilities } from '../../graphql/decide.js';

/**
 * The rules of JOOR orders: the statuses they are edited in, and the "Restrict …" toggles that
 * depend on the data (an edit of an approved order, units beyond inventory, a start ship before the
 * linesheet's, a placed order under the retailer's minimum). A rule crossed needs its capability,
 * decided by scope-auth inside the mutation's transaction (FORBIDDEN naming the capability and the
 * toggle that removed it), always before anything is written. Their money is in ./money.ts.
 */

/** Statuses an order is still edited in; a MERGED order lives on only in the order it went into. */
const EDITABLE: readonly OrderStatus[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'SHIPPED'];

/** Statuses of a placed order: its units are taken from inventory, and the retailer's minimum holds for it. */
const PLACED: readonly OrderStatus[] = ['SUBMITTED', 'APPROVED', 'SHIPPED'];

/** "Restrict Edit Approved/Shipped Orders": editing an APPROVED or SHIPPED order needs its capability. */
export async function requireEditable(ctx: WriteContext, order: OrderRow) {
  requireStatus(order, EDITABLE, 'order');
  if (order.status === 'APPROVED' || order.status === 'SHIPPED') await decideCapabilities(ctx, ['editApprovedShippedOrders']);
}

/** Refuses styles that are not on the linesheet (BAD_USER_INPUT naming `field`); one query for all of them. */
export async function requireOnLinesheet(ctx: WriteContext, linesheetId: string, styleIds: readonly string[], field: string) {
  const wanted = [...new Set(styleIds)];
  const found = await ctx.tx.db
    .select({ styleId: linesheetStyles.styleId })
    .from(linesheetStyles)
    .where(and(eq(linesheetStyles.linesheetId, linesheetId), inArray(linesheetStyles.styleId, wanted)));
  if (found.length !== wanted.length) throw badInput(field, "The style is not on the order's linesheet");
}

export const skuKey = (line: { styleId: string; size: string; colour: string }) => `${line.styleId}|${line.size}|${line.colour}`;

/** A line as a change would leave it: `quantity` after, `held` before (0 for a new line). */
export interface ProposedLine {
  styleId: string;
  size: string;
  colour: string;
  quantity: number;
  held: number;
}

/**
 * The units of the styles given, by style, size and colour, on the lines not cancelled of the
 * account's placed orders other than `except` (one aggregate query, whatever the lines).
 */
async function placedUnits(ctx: WriteContext, order: OrderRow, styleIds: readonly string[], except: readonly string[]) {
  const rows = await ctx.tx.db
    .select({
      styleId: orderLines.styleId,
      size: orderLines.size,
      colour: orderLines.colour,
      units: sql<number | string>`sum(cast(${orderLines.quantity} as bigint))`,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(
      and(
        eq(orderLines.accountId, order.accountId),
        inArray(orderLines.styleId, [...styleIds]),
        isNull(orderLines.cancelledAt),
        inArray(orders.status, [...PLACED]),
        notInArray(orders.id, [...except]),
      ),
    )
    .groupBy(orderLines.styleId, orderLines.size, orderLines.colour);
  return new Map(rows.map((row) => [skuKey(row), Number(row.units)]));
}

/**
 * The rules of units added to an order, for every proposed line at once (one inventory query and
 * one aggregate of placed units, whatever the lines):
 * - "Restrict overselling": a line growing above the units available of its style, size and colour
 *   needs `oversell`. Available is the inventory row's `available` (no row: none) less the units of
 *   that style, size and colour on the account's other placed orders (SUBMITTED, APPROVED or
 *   SHIPPED; cancelled lines, drafts and the order itself do not count, nor the orders in
 *   `movingIn`, whose units are the ones arriving: the source of a merge). A quantity equal to what
 *   is available, or a line that shrinks, needs nothing.
 * - "Restrict Add Styles to Order if Order Start Ship is Before Linesheet Start Ship": a style the
 *   order does not hold yet (`heldStyles`: the styles of its lines not cancelled) needs
 *   `addStylesBeforeLinesheetStartShip` while the order's start ship is before the linesheet's.
 */
export async function requireUnitRules(
  ctx: WriteContext,
  order: OrderRow,
  linesheet: LinesheetRow,
  proposed: readonly ProposedLine[],
  heldStyles: ReadonlySet<string>,
  movingIn: readonly string[] = [],
) {
  const growing = proposed.filter((line) => line.quantity > line.held);
  if (growing.length === 0) return;
  const styleIds = [...new Set(growing.map((line) => line.styleId))];
  const rows = await ctx.tx.db.select().from(styleInventory).where(inArray(styleInventory.styleId, styleIds));
  const inventory = new Map(rows.map((row) => [skuKey(row), row.available]));
  const placed = await placedUnits(ctx, order, styleIds, [order.id, ...movingIn]);
  const available = (line: ProposedLine) => (inventory.get(skuKey(line)) ?? 0) - (placed.get(skuKey(line)) ?? 0);
  const needed: Capability[] = [];
  if (growing.some((line) => line.quantity > available(line))) needed.push('oversell');
  if (order.startShip < linesheet.startShip && growing.some((line) => !heldStyles.has(line.styleId))) {
    needed.push('addStylesBeforeLinesheetStartShip');
  }
  await decideCapabilities(ctx, needed);
}

/**
 * A removed connection or an archived linesheet takes no new order: neither a draft (createOrder)
 * nor a placed one (submitOrder). CONFLICT, rule WRONG_STATUS.
 */
export function requireTakesOrders(connection: Pick<ConnectionRow, 'status'>, linesheet: Pick<LinesheetRow, 'archivedAt'>) {
  if (connection.status === 'REMOVED')
    throw conflict('The connection was removed: orders go to connected retailers', { rule: 'WRONG_STATUS' });
  if (linesheet.archivedAt) throw conflict('The linesheet is archived: orders are taken from linesheets in use', { rule: 'WRONG_STATUS' });
}

/**
 * The styles an order's own lines bring (merged in, or placed) are still ordered: not deleted, and
 * still on the order's linesheet (CONFLICT, rule STYLE_NOT_ORDERABLE). A style the caller names is
 * checked as their input instead (`requireOnLinesheet`). One query, whatever the styles.
 */
export async function requireStylesOrderable(ctx: WriteContext, linesheetId: string, styleIds: Iterable<string>) {
  const wanted = [...new Set(styleIds)];
  if (wanted.length === 0) return;
  const orderable = await ctx.tx.db
    .select({ id: styles.id })
    .from(styles)
    .innerJoin(linesheetStyles, and(eq(linesheetStyles.styleId, styles.id), eq(linesheetStyles.linesheetId, linesheetId)))
    .where(and(inArray(styles.id, wanted), isNull(styles.deletedAt)));
  if (orderable.length !== wanted.length) {
    throw conflict("A style of these lines was deleted or left the order's linesheet: remove or cancel its lines first", {
      rule: 'STYLE_NOT_ORDERABLE',
    });
  }
}

/**
 * "Allow Edit Division Options" (the division settings): unless the account allows several
 * divisions per order, an order holds styles of one division at most; a style in no division goes
 * with any. Judged when `adding` brings a style the order does not hold (`held`: the styles of its
 * lines not cancelled after the change), on the styles it would then hold (CONFLICT, rule
 * ONE_DIVISION_PER_ORDER). The setting and the styles' divisions are read in one query each.
 */
export async function requireOneDivision(ctx: WriteContext, held: ReadonlySet<string>, adding: Iterable<string>) {
  const added = [...adding].filter((styleId) => !held.has(styleId));
  const wanted = [...new Set([...held, ...added])];
  if (added.length === 0 || wanted.length < 2) return;
  if ((await brandSettingsNow(ctx)).multipleDivisionsPerOrder) return;
  const divisions = await ctx.tx.db
    .selectDistinct({ divisionId: styles.divisionId })
    .from(styles)
    .where(and(inArray(styles.id, wanted), isNotNull(styles.divisionId)));
  if (divisions.length > 1) {
    throw conflict('The order would hold styles of several divisions, which the division settings do not allow', {
      rule: 'ONE_DIVISION_PER_ORDER',
    });
  }
}

/**
 * "Restrict Change Order Start Ship Before Linesheet Start Ship" and "Restrict Change Delivery
 * Dates": the capabilities `dates` call for (those given: a start ship before the linesheet's, a
 * delivery date that is not one of its presets). The linesheet's own dates need nothing.
 */
export const datesNeed = (dates: { startShip?: string; deliveryDate?: string }, linesheet: LinesheetRow): Capability[] => [
  ...(dates.startShip && dates.startShip < linesheet.startShip ? ['setStartShipBeforeLinesheetStartShip' as const] : []),
  ...(dates.deliveryDate && !linesheet.deliveryDates.includes(dates.deliveryDate) ? ['changeDeliveryDates' as const] : []),
];

/** "Restrict User from Placing Orders Under Minimum": a total below the retailer's minimum needs its capability (equal is enough). */
async function requireMinimum(ctx: WriteContext, connection: Pick<ConnectionRow, 'minimumOrderCents'>, totalCents: number) {
  if (connection.minimumOrderCents != null && totalCents < connection.minimumOrderCents)
    await decideCapabilities(ctx, ['placeOrdersUnderMinimum']);
}

/**
 * Placing an order (submitting a DRAFT) judges it whole, as if the submitter had written it now: a
 * draft holds nothing back and may have been written by someone else, or before the data moved.
 * Its retailer and linesheet still take orders, its styles are still ordered and of one division
 * (unless allowed), every unit fits what is available now (OVERSELL), its start ship and delivery
 * date fit the linesheet, and its total (`totalCents`) the retailer's minimum. Its styles count as
 * held (a member may add styles before moving the start ship, which is judged itself).
 */
export async function requirePlaceable(
  ctx: WriteContext,
  order: OrderRow,
  connection: Pick<ConnectionRow, 'minimumOrderCents' | 'status'>,
  lines: readonly OrderLineRow[],
  totalCents: number,
) {
  const linesheet = await ownRow(ctx, linesheets, order.linesheetId, 'Linesheet');
  requireTakesOrders(connection, linesheet);
  await requireStylesOrderable(
    ctx,
    linesheet.id,
    lines.map((line) => line.styleId),
  );
  await requireOneDivision(
    ctx,
    new Set(),
    lines.map((line) => line.styleId),
  );
  const units = new Map<string, ProposedLine>();
  for (const { styleId, size, colour, quantity } of lines) {
    const key = skuKey({ styleId, size, colour });
    units.set(key, { styleId, size, colour, quantity: (units.get(key)?.quantity ?? 0) + quantity, held: 0 });
  }
  await requireUnitRules(ctx, order, linesheet, [...units.values()], new Set(lines.map((line) => line.styleId)));
  await decideCapabilities(ctx, datesNeed(order, linesheet));
  await requireMinimum(ctx, connection, totalCents);
}

/**
 * The minimum after an edit (of lines, of the discount, a cancelled style) of an order that was
 * placed: the total of the order as the edit would leave it, `lines` (those not cancelled, priced)
 * at its retailer's discount and the order-level `discountPercent`, is judged like at submit. A
 * DRAFT is edited freely; its total is judged when it is submitted. `lines` are asked for only when
 * the rule applies.
 */
export async function requireMinimumKept(
  ctx: WriteContext,
  order: OrderRow,
  connection: Pick<ConnectionRow, 'minimumOrderCents' | 'discountPercent'>,
  discountPercent: number,
  lines: () => readonly Priced[] | Promise<readonly Priced[]>,
) {
  if (!PLACED.includes(order.status) || connection.minimumOrderCents == null) return;
  await requireMinimum(ctx, connection, orderTotalCents(discountsOf({ ...order, discountPercent }, connection), await lines()));
}

/** An order's lines, oldest first (`linesOf` in src/lib/orders.ts: the transaction's view inside a mutation). */
export const linesOfOrder = (ctx: Context | WriteContext, orderId: string): Promise<OrderLineRow[]> =>
  linesOf(ctx, orderLines, orderLines.orderId, orderId);

/** The lines of an order not cancelled. */
export const liveLines = (lines: readonly OrderLineRow[]) => lines.filter((line) => !line.cancelledAt);

/**
 * Sets the quantities of several lines in one statement (`case id when … then … end`), so that
 * neither merging nor replacing styles runs a statement per line.
 */
export async function setQuantities(ctx: WriteContext, quantities: ReadonlyMap<string, number>) {
  if (quantities.size === 0) return;
  const cases = [...quantities].map(([id, quantity]) => sql`when ${id} then cast(${quantity} as integer)`);
  await ctx.tx.db
    .update(orderLines)
    .set({ quantity: sql`case ${orderLines.id} ${sql.join(cases, sql` `)} end` })
    .where(inArray(orderLines.id, [...quantities.keys()]));
}
