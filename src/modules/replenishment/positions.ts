import { and, eq, gte, inArray, lte, sum } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { dailySales, products, stockLevels, variants, vendors } from '../products/index.js';
import { stockOrderLines, stockOrders } from '../purchasing/index.js';

/** Days of sales the velocity is measured over. */
export const VELOCITY_DAYS = 28;
/** Lead time of a product without a vendor. */
const DEFAULT_LEAD_TIME_DAYS = 14;

/**
 * Where one variant stands in one warehouse: the numbers Replenishment, Compare warehouses,
 * Overstock and the Overview are computed from.
 */
export interface StockPosition {
  variantId: string;
  warehouseId: string;
  onHand: number;
  /** Units on placed (not yet received) stock orders into this warehouse. */
  onOrder: number;
  soldInWindow: number;
  /** Expected units sold per day: sales velocity, or the edited forecast spread by this warehouse's share of sales. */
  dailyForecast: number;
  forecastSource: 'SALES' | 'EDITED';
  leadTimeDays: number;
  costCents: number;
  priceCents: number;
}

const key = (variantId: string, warehouseId: string) => `${variantId}|${warehouseId}`;

/**
 * Every (variant, warehouse) pair of the account that has stock, recent sales or stock on order:
 * four queries whatever the size of the catalog.
 */
export async function stockPositions(ctx: MemberContext): Promise<StockPosition[]> {
  const db = ctx.app.db.read;
  const accountId = ctx.viewer.account.id;
  // The window is the last VELOCITY_DAYS days, today included; sales dated later do not count yet.
  const today = ctx.app.now();
  const day = (daysAgo: number) => new Date(today.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const [levels, sales, ordered, catalog] = await Promise.all([
    db.select().from(stockLevels).where(eq(stockLevels.accountId, accountId)),
    db
      .select({ variantId: dailySales.variantId, warehouseId: dailySales.warehouseId, units: sum(dailySales.units) })
      .from(dailySales)
      .where(and(eq(dailySales.accountId, accountId), gte(dailySales.day, day(VELOCITY_DAYS - 1)), lte(dailySales.day, day(0))))
      .groupBy(dailySales.variantId, dailySales.warehouseId),
    db
      .select({ variantId: stockOrderLines.variantId, warehouseId: stockOrders.warehouseId, units: sum(stockOrderLines.quantity) })
      .from(stockOrderLines)
      .innerJoin(stockOrders, eq(stockOrders.id, stockOrderLines.stockOrderId))
      .where(and(eq(stockOrders.accountId, accountId), inArray(stockOrders.status, ['PLACED'])))
      .groupBy(stockOrderLines.variantId, stockOrders.warehouseId),
    db
      .select({
        id: variants.id,
        costCents: variants.costCents,
        priceCents: variants.priceCents,
        forecastMonthlyUnits: variants.forecastMonthlyUnits,
        leadTimeDays: vendors.leadTimeDays,
      })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .leftJoin(vendors, eq(vendors.id, products.vendorId))
      .where(eq(variants.accountId, accountId)),
  ]);
  const positions = new Map<string, { variantId: string; warehouseId: string; onHand: number; onOrder: number; sold: number }>();
  const at = (variantId: string, warehouseId: string) => {
    let position = positions.get(key(variantId, warehouseId));
    if (!position) positions.set(key(variantId, warehouseId), (position = { variantId, warehouseId, onHand: 0, onOrder: 0, sold: 0 }));
    return position;
  };
  for (const level of levels) at(level.variantId, level.warehouseId).onHand = level.onHand;
  for (const row of sales) at(row.variantId, row.warehouseId).sold = Number(row.units ?? 0);
  for (const row of ordered) at(row.variantId, row.warehouseId).onOrder = Number(row.units ?? 0);

  const variantById = new Map(catalog.map((variant) => [variant.id, variant]));
  const soldByVariant = new Map<string, { sold: number; warehouses: number }>();
  for (const position of positions.values()) {
    const total = soldByVariant.get(position.variantId) ?? { sold: 0, warehouses: 0 };
    soldByVariant.set(position.variantId, { sold: total.sold + position.sold, warehouses: total.warehouses + 1 });
  }
  return [...positions.values()].map((position) => {
    const variant = variantById.get(position.variantId)!;
    const total = soldByVariant.get(position.variantId)!;
    const edited = variant.forecastMonthlyUnits !== null;
    // An edited forecast is for the variant as a whole: each warehouse gets its share of recent sales.
    const share = total.sold > 0 ? position.sold / total.sold : 1 / total.warehouses;
    return {
      variantId: position.variantId,
      warehouseId: position.warehouseId,
      onHand: position.onHand,
      onOrder: position.onOrder,
      soldInWindow: position.sold,
      dailyForecast: edited ? (variant.forecastMonthlyUnits! / 30) * share : position.sold / VELOCITY_DAYS,
      forecastSource: edited ? 'EDITED' : 'SALES',
      leadTimeDays: variant.leadTimeDays ?? DEFAULT_LEAD_TIME_DAYS,
      costCents: variant.costCents,
      priceCents: variant.priceCents,
    };
  });
}

/** Days the stock on hand lasts at the forecast rate; null when nothing is expected to sell. */
export const daysOfCover = (position: StockPosition) => (position.dailyForecast > 0 ? position.onHand / position.dailyForecast : null);

/**
 * Replenishment's suggestion: enough to cover the lead time plus the account's cover days at the
 * forecast rate, minus what is on hand and on order; never negative.
 */
export const suggestedQuantity = (position: StockPosition, coverDays: number) =>
  Math.max(0, Math.ceil(position.dailyForecast * (position.leadTimeDays + coverDays) - position.onHand - position.onOrder));

/** Units beyond `overstockCoverDays` of forecast sales. */
export const excessUnits = (position: StockPosition, overstockCoverDays: number) =>
  Math.max(0, position.onHand - Math.ceil(position.dailyForecast * overstockCoverDays));
