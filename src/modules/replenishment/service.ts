import { eq } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { one } from '../../db/rows.js';
import * as validate from '../../lib/validate.js';
import { ownRow } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { variants, warehouses } from '../products/index.js';
import { type StockPosition, daysOfCover, stockPositions, suggestedQuantity } from './positions.js';

export interface Suggestion extends StockPosition {
  suggestedQuantity: number;
  daysOfCover: number | null;
}

/** What to reorder, per variant and warehouse, most urgent (largest suggestion) first. */
export async function replenishment(ctx: MemberContext, warehouseId: string | null | undefined): Promise<Suggestion[]> {
  if (warehouseId != null) await ownRow(ctx, warehouses, warehouseId, 'Warehouse');
  const { coverDays } = ctx.viewer.account;
  return (await stockPositions(ctx))
    .filter((position) => !warehouseId || position.warehouseId === warehouseId)
    .map((position) => ({ ...position, suggestedQuantity: suggestedQuantity(position, coverDays), daysOfCover: daysOfCover(position) }))
    .sort((a, b) => b.suggestedQuantity - a.suggestedQuantity || a.variantId.localeCompare(b.variantId));
}

/** One variant across every warehouse that stocks or sells it. */
export interface WarehouseComparison {
  variantId: string;
  positions: Suggestion[];
}

export async function compareWarehouses(ctx: MemberContext, variantIds: readonly string[] | null | undefined) {
  await Promise.all(validate.atMost('variantIds', variantIds ?? []).map((id) => ownRow(ctx, variants, id, 'Variant')));
  const byVariant = new Map<string, Suggestion[]>();
  for (const row of await replenishment(ctx, null)) {
    if (variantIds && !variantIds.includes(row.variantId)) continue;
    byVariant.set(row.variantId, [...(byVariant.get(row.variantId) ?? []), row]);
  }
  return [...byVariant].map(([variantId, positions]): WarehouseComparison => ({
    variantId,
    // Warehouses in the order they were created (ids are time-ordered).
    positions: positions.sort((a, b) => a.warehouseId.localeCompare(b.warehouseId)),
  }));
}

export interface SetForecastInput {
  variantId: string;
  /** Expected units sold per 30 days, or null to go back to sales velocity. */
  monthlyUnits?: number | null;
}

/** "Edit forecast": a per-variant override that replenishment then uses. */
export async function setForecast(ctx: WriteContext, input: SetForecastInput) {
  const before = await ownRow(ctx, variants, input.variantId, 'Variant');
  const monthlyUnits = input.monthlyUnits == null ? null : validate.units('monthlyUnits', input.monthlyUnits);
  if (monthlyUnits === before.forecastMonthlyUnits) return before;
  const after = await one(
    ctx.tx.db.update(variants).set({ forecastMonthlyUnits: monthlyUnits }).where(eq(variants.id, before.id)).returning(),
  );
  await audit(ctx, 'FORECAST_EDITED', before.id, {
    before: { monthlyUnits: before.forecastMonthlyUnits },
    after: { monthlyUnits },
  });
  return after;
}
