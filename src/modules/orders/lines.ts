import { eq, inArray } from 'drizzle-orm';
import { one } from '../../db/rows.js';
import { badInput, conflict } from '../../errors.js';
import { requireStatus } from '../../lib/orders.js';
import * as validate from '../../lib/validate.js';
import { ownRow } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { linesheets } from '../linesheets/index.js';
import { type StyleRow, styles } from '../styles/index.js';
import type { Priced } from './money.js';
import {
  type ProposedLine,
  linesOfOrder,
  liveLines,
  requireEditable,
  requireMinimumKept,
  requireOnLinesheet,
  requireOneDivision,
  requireStylesOrderable,
  requireUnitRules,
  setQuantities,
  skuKey,
} from './rules.js';
import { reachableOrder } from './service.js';
import { type OrderLineRow, type OrderRow, orderLines, orders } from './tables.js';

/** The most units one line holds (what `validate.units` accepts), also after a merge or a replacement adds to it. */
const MAX_UNITS = 1_000_000;

/** A style that is deleted or not on the order's linesheet gets no more units. */
async function requireOrderable(ctx: WriteContext, order: OrderRow, style: StyleRow, field: string) {
  if (style.deletedAt) throw badInput(field, 'The style was deleted: it is no longer ordered');
  await requireOnLinesheet(ctx, order.linesheetId, [style.id], field);
}

const lineState = (line: Pick<OrderLineRow, 'styleId' | 'size' | 'colour' | 'quantity' | 'unitPriceCents' | 'discountPercent'>) => ({
  styleId: line.styleId,
  size: line.size,
  colour: line.colour,
  quantity: line.quantity,
  unitPriceCents: line.unitPriceCents,
  discountPercent: line.discountPercent,
});

export interface SetOrderLineInput {
  orderId: string;
  styleId: string;
  size: string;
  colour: string;
  quantity: number;
  discountPercent?: number | null;
}

/**
 * Adds, changes or (quantity 0) removes the units of a style in a size and colour, with an
 * optional SKU-level discount (allowed under "Restrict Edit Discounts", which is about the order
 * level). A new line is priced at the style's wholesale price; a changed one keeps its price.
 * Units added go through the oversell and start-ship rules, and a placed order left below the
 * retailer's minimum through the minimum rule (src/modules/orders/rules.ts).
 */
export async function setOrderLine(ctx: WriteContext, input: SetOrderLineInput) {
  const { row: order, connection } = await reachableOrder(ctx, input.orderId);
  const style = await ownRow(ctx, styles, input.styleId, 'Style');
  const size = validate.text('size', input.size, 50);
  const colour = validate.text('colour', input.colour, 50);
  const quantity = validate.units('quantity', input.quantity);
  const discountPercent =
    input.discountPercent == null ? undefined : validate.wholeNumber('discountPercent', input.discountPercent, 0, 100);
  await requireEditable(ctx, order);
  const lines = liveLines(await linesOfOrder(ctx, order.id));
  const line = lines.find((held) => skuKey(held) === skuKey({ styleId: style.id, size, colour }));
  if (!line && quantity === 0) return order;
  if (line && line.quantity === quantity && (discountPercent ?? line.discountPercent) === line.discountPercent) return order;
  if (quantity > (line?.quantity ?? 0)) {
    await requireOrderable(ctx, order, style, 'styleId');
    const heldStyles = new Set(lines.map((held) => held.styleId));
    await requireOneDivision(ctx, heldStyles, [style.id]);
    const linesheet = await ownRow(ctx, linesheets, order.linesheetId, 'Linesheet');
    const proposed = { styleId: style.id, size, colour, quantity, held: line?.quantity ?? 0 };
    await requireUnitRules(ctx, order, linesheet, [proposed], heldStyles);
  }
  const priced = { quantity, discountPercent: discountPercent ?? line?.discountPercent ?? 0 };
  await requireMinimumKept(ctx, order, connection, order.discountPercent, () =>
    line
      ? lines.map((held) => (held === line ? { ...held, ...priced } : held))
      : [...lines, { ...priced, unitPriceCents: style.wholesalePriceCents, cancelledAt: null }],
  );
  let after: ReturnType<typeof lineState> | null = null;
  if (!line) {
    const values = {
      styleId: style.id,
      size,
      colour,
      quantity,
      unitPriceCents: style.wholesalePriceCents,
      discountPercent: discountPercent ?? 0,
    };
    await ctx.tx.db.insert(orderLines).values({ ...values, accountId: order.accountId, orderId: order.id, createdAt: ctx.app.now() });
    after = lineState(values);
  } else if (quantity === 0) {
    await ctx.tx.db.delete(orderLines).where(eq(orderLines.id, line.id));
  } else {
    const changed = await one(
      ctx.tx.db
        .update(orderLines)
        .set({ quantity, discountPercent: discountPercent ?? line.discountPercent })
        .where(eq(orderLines.id, line.id))
        .returning(),
    );
    after = lineState(changed);
  }
  await audit(ctx, 'ORDER_UPDATED', order.id, { before: line ? { line: lineState(line) } : null, after: after ? { line: after } : null });
  return order;
}

export interface CancelOrderStyleInput {
  orderId: string;
  styleId: string;
  replacementStyleId?: string | null;
}

/**
 * The cancel/replace styles tool: the style's lines are marked cancelled (they stay on the order,
 * out of its totals). With a replacement, the replacement gets the same sizes, colours and
 * quantities (added to lines of it the order already holds), at its wholesale price with the
 * cancelled lines' SKU discounts; those units go through the oversell and start-ship rules. A
 * placed order left below the retailer's minimum needs `placeOrdersUnderMinimum`.
 */
export async function cancelOrderStyle(ctx: WriteContext, input: CancelOrderStyleInput) {
  const { row: order, connection } = await reachableOrder(ctx, input.orderId);
  const style = await ownRow(ctx, styles, input.styleId, 'Style');
  const replacement = input.replacementStyleId ? await ownRow(ctx, styles, input.replacementStyleId, 'Style') : null;
  if (replacement?.id === style.id) throw badInput('replacementStyleId', 'A style is not replaced by itself');
  await requireEditable(ctx, order);
  const lines = liveLines(await linesOfOrder(ctx, order.id));
  const cancelled = lines.filter((line) => line.styleId === style.id);
  if (cancelled.length === 0) throw conflict('The order has no lines of this style to cancel');
  // The replacement's units: the cancelled lines' sizes, colours and quantities, added to what it holds.
  const held = new Map(lines.filter((line) => line.styleId === replacement?.id).map((line) => [skuKey(line), line]));
  const proposed: Array<ProposedLine & { from: OrderLineRow }> = [];
  if (replacement) {
    await requireOrderable(ctx, order, replacement, 'replacementStyleId');
    for (const line of cancelled) {
      const was = held.get(skuKey({ ...line, styleId: replacement.id }))?.quantity ?? 0;
      proposed.push({
        styleId: replacement.id,
        size: line.size,
        colour: line.colour,
        quantity: was + line.quantity,
        held: was,
        from: line,
      });
    }
    if (proposed.some((line) => line.quantity > MAX_UNITS)) throw conflict(`A line would hold more than ${MAX_UNITS} units`);
    const linesheet = await ownRow(ctx, linesheets, order.linesheetId, 'Linesheet');
    const heldStyles = new Set(lines.filter((line) => line.styleId !== style.id).map((line) => line.styleId));
    await requireOneDivision(ctx, heldStyles, [replacement.id]);
    await requireUnitRules(ctx, order, linesheet, proposed, heldStyles);
  }
  await requireMinimumKept(ctx, order, connection, order.discountPercent, () => {
    // The lines left: the replacement's held ones grown, its new ones priced like the insert below.
    const grown = new Map(proposed.map((line) => [skuKey(line), line.quantity]));
    const kept: Priced[] = lines
      .filter((line) => line.styleId !== style.id)
      .map((line) => ({ ...line, quantity: grown.get(skuKey(line)) ?? line.quantity }));
    const added = proposed
      .filter((line) => line.held === 0)
      .map((line) => ({
        quantity: line.quantity,
        unitPriceCents: replacement!.wholesalePriceCents,
        discountPercent: line.from.discountPercent,
        cancelledAt: null,
      }));
    return [...kept, ...added];
  });
  const now = ctx.app.now();
  await ctx.tx.db
    .update(orderLines)
    .set({ cancelledAt: now })
    .where(
      inArray(
        orderLines.id,
        cancelled.map((line) => line.id),
      ),
    );
  if (replacement) {
    await setQuantities(ctx, new Map(proposed.filter((line) => line.held > 0).map((line) => [held.get(skuKey(line))!.id, line.quantity])));
    const added = proposed.filter((line) => line.held === 0);
    if (added.length > 0) {
      await ctx.tx.db.insert(orderLines).values(
        added.map((line) => ({
          accountId: order.accountId,
          orderId: order.id,
          styleId: replacement.id,
          size: line.size,
          colour: line.colour,
          quantity: line.quantity,
          unitPriceCents: replacement.wholesalePriceCents,
          discountPercent: line.from.discountPercent,
          createdAt: now,
        })),
      );
    }
  }
  await audit(ctx, 'ORDER_STYLES_CANCELLED', order.id, {
    before: { styleId: style.id, lines: cancelled.map(lineState) },
    after: replacement
      ? {
          replacementStyleId: replacement.id,
          lines: proposed.map(({ styleId, size, colour, quantity }) => ({ styleId, size, colour, quantity })),
        }
      : null,
  });
  return order;
}

/**
 * Merges `source` into `target` (same retailer and same linesheet, both DRAFT or SUBMITTED): the
 * source's lines move to the target, adding their units to the target's line of the same style,
 * size and colour. The units the target gains go through the rules of units added with
 * setOrderLine (their styles still ordered and of the target's division, oversell, start ship; the
 * source's own units are not held against them: they are the ones moving). The source becomes
 * MERGED, pointing at the target. A constant number of statements whatever the lines.
 */
export async function mergeOrders(ctx: WriteContext, targetOrderId: string, sourceOrderId: string) {
  if (targetOrderId === sourceOrderId) throw badInput('sourceOrderId', 'An order is not merged into itself');
  const { row: target } = await reachableOrder(ctx, targetOrderId);
  const { row: source } = await reachableOrder(ctx, sourceOrderId);
  if (source.connectionId !== target.connectionId) throw conflict('Only orders of the same retailer are merged');
  if (source.linesheetId !== target.linesheetId)
    throw conflict('Orders from different linesheets cannot be merged', { field: 'sourceOrderId' });
  requireStatus(target, ['DRAFT', 'SUBMITTED'], 'order');
  requireStatus(source, ['DRAFT', 'SUBMITTED'], 'order');
  const held = liveLines(await linesOfOrder(ctx, target.id));
  const targetLines = new Map(held.map((line) => [skuKey(line), line]));
  const quantities = new Map<string, number>();
  const absorbed: string[] = [];
  const moved: string[] = [];
  /** What the target's lines become, by style, size and colour (cancelled lines move but add no units). */
  const proposed = new Map<string, ProposedLine>();
  for (const line of await linesOfOrder(ctx, source.id)) {
    const into = line.cancelledAt ? undefined : targetLines.get(skuKey(line));
    if (!line.cancelledAt) {
      const { styleId, size, colour } = line;
      const grows = proposed.get(skuKey(line)) ?? { styleId, size, colour, quantity: into?.quantity ?? 0, held: into?.quantity ?? 0 };
      proposed.set(skuKey(line), { ...grows, quantity: grows.quantity + line.quantity });
    }
    if (!into) {
      moved.push(line.id);
      continue;
    }
    quantities.set(into.id, (quantities.get(into.id) ?? into.quantity) + line.quantity);
    absorbed.push(line.id);
  }
  if ([...quantities.values()].some((quantity) => quantity > MAX_UNITS)) throw conflict(`A line would hold more than ${MAX_UNITS} units`);
  if (proposed.size > 0) {
    const heldStyles = new Set(held.map((line) => line.styleId));
    const arriving = [...proposed.values()].map((line) => line.styleId);
    await requireStylesOrderable(ctx, target.linesheetId, arriving);
    await requireOneDivision(ctx, heldStyles, arriving);
    const linesheet = await ownRow(ctx, linesheets, target.linesheetId, 'Linesheet');
    await requireUnitRules(ctx, target, linesheet, [...proposed.values()], heldStyles, [source.id]);
  }
  await setQuantities(ctx, quantities);
  if (absorbed.length > 0) await ctx.tx.db.delete(orderLines).where(inArray(orderLines.id, absorbed));
  if (moved.length > 0) await ctx.tx.db.update(orderLines).set({ orderId: target.id }).where(inArray(orderLines.id, moved));
  await ctx.tx.db.update(orders).set({ status: 'MERGED', mergedIntoId: target.id }).where(eq(orders.id, source.id));
  await audit(ctx, 'ORDERS_MERGED', target.id, {
    before: { sourceOrderId: source.id, sourceStatus: source.status },
    after: { sourceOrderId: source.id, linesMoved: moved.length, linesAdded: absorbed.length },
  });
  return target;
}
