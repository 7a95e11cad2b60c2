import { type SQL, and, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { one } from '../../db/rows.js';
import { badInput, notFound } from '../../errors.js';
import * as validate from '../../lib/validate.js';
import { inAccount, ownRow } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { dailySales, products, stockLevels, variants, warehouses } from '../products/index.js';
import { type ReportFilters, type ReportPresetRow, reportPresets } from './tables.js';
import { REPORT_POLICIES } from './policies.js';

export const DEFAULT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface KpiArgs {
  days?: number | null;
  categories?: readonly string[] | null;
  warehouseIds?: readonly string[] | null;
}

export interface KpiRow {
  category: string;
  unitsSold: number;
  unitsOnHand: number;
  /** unitsSold / (unitsSold + unitsOnHand) × 100; null when both are 0. */
  sellThroughPercent: number | null;
  /** Cost of the units sold in the window / stockValueCents; null without stock value. */
  inventoryTurnover: number | null;
  stockValueCents: number;
}

const total = (expression: SQL) => sql<number>`coalesce(sum(${expression}), 0)`.mapWith(Number);

/**
 * Inventory KPIs per category over the last `days` days (today, UTC, included). Sales are valued at
 * each variant's current cost; stock is what is on hand now. Two aggregate queries.
 */
export async function inventoryKpis(ctx: MemberContext, args: KpiArgs): Promise<KpiRow[]> {
  const days = validate.wholeNumber('days', args.days ?? DEFAULT_DAYS, 1, 365);
  const today = ctx.app.now();
  const to = today.toISOString().slice(0, 10);
  const from = new Date(today.getTime() - (days - 1) * DAY_MS).toISOString().slice(0, 10);
  validate.atMost('categories', args.categories ?? []);
  validate.atMost('warehouseIds', args.warehouseIds ?? []);
  const inCategories = args.categories?.length ? inArray(products.category, [...args.categories]) : undefined;
  const db = ctx.app.db.read;
  const [sold, stock] = await Promise.all([
    db
      .select({
        category: products.category,
        units: total(sql`${dailySales.units}`),
        costCents: total(sql`cast(${dailySales.units} as bigint) * ${variants.costCents}`),
      })
      .from(dailySales)
      .innerJoin(variants, eq(variants.id, dailySales.variantId))
      .innerJoin(products, eq(products.id, variants.productId))
      .where(
        and(
          inAccount(ctx, dailySales),
          gte(dailySales.day, from),
          lte(dailySales.day, to),
          inCategories,
          args.warehouseIds?.length ? inArray(dailySales.warehouseId, [...args.warehouseIds]) : undefined,
        ),
      )
      .groupBy(products.category),
    db
      .select({
        category: products.category,
        units: total(sql`${stockLevels.onHand}`),
        valueCents: total(sql`cast(${stockLevels.onHand} as bigint) * ${variants.costCents}`),
      })
      .from(stockLevels)
      .innerJoin(variants, eq(variants.id, stockLevels.variantId))
      .innerJoin(products, eq(products.id, variants.productId))
      .where(
        and(
          inAccount(ctx, stockLevels),
          inCategories,
          args.warehouseIds?.length ? inArray(stockLevels.warehouseId, [...args.warehouseIds]) : undefined,
        ),
      )
      .groupBy(products.category),
  ]);
  const salesOf = new Map(sold.map((row) => [row.category, row]));
  const stockOf = new Map(stock.map((row) => [row.category, row]));
  const categories = [...new Set([...salesOf.keys(), ...stockOf.keys()])].sort();
  return categories.map((category) => {
    const sales = salesOf.get(category);
    const onHand = stockOf.get(category);
    const unitsSold = sales?.units ?? 0;
    const unitsOnHand = onHand?.units ?? 0;
    const stockValueCents = onHand?.valueCents ?? 0;
    return {
      category,
      unitsSold,
      unitsOnHand,
      sellThroughPercent: unitsSold + unitsOnHand === 0 ? null : (unitsSold / (unitsSold + unitsOnHand)) * 100,
      inventoryTurnover: stockValueCents === 0 ? null : (sales?.costCents ?? 0) / stockValueCents,
      stockValueCents,
    };
  });
}

/** The caller's private presets and every shared preset of the account, oldest first. */
export const listReportPresets = (ctx: MemberContext) =>
  ctx.app.db.read
    .select()
    .from(reportPresets)
    .where(and(inAccount(ctx, reportPresets), or(eq(reportPresets.shared, true), eq(reportPresets.ownerId, ctx.viewer.member.id))))
    .orderBy(reportPresets.createdAt, reportPresets.id);

export interface ReportFiltersInput {
  categories?: readonly string[] | null;
  warehouseIds?: readonly string[] | null;
  days?: number | null;
}

/** Filters as stored: every key present; categories and warehouses deduplicated, each checked. */
async function validFilters(ctx: WriteContext, input: ReportFiltersInput): Promise<Required<ReportFilters>> {
  const list = (field: string, values: readonly string[] | null | undefined) => {
    if ((values?.length ?? 0) > 100) throw badInput(field, `${field} takes at most 100 values`);
    return values ?? [];
  };
  const categories = list('filters.categories', input.categories).map((category, index) =>
    validate.text(`filters.categories[${index}]`, category, 64),
  );
  const warehouseIds = [...new Set(list('filters.warehouseIds', input.warehouseIds))];
  for (const id of warehouseIds) await ownRow(ctx, warehouses, id, 'Warehouse');
  const days = validate.wholeNumber('filters.days', input.days ?? DEFAULT_DAYS, 1, 365);
  return { categories: [...new Set(categories)], warehouseIds, days };
}

/**
 * A preset the caller may change. A shared one needs "Modify shared presets", decided now by
 * scope-auth since it depends on the record (the private mutations route shared presets to this
 * rule). A private one is its owner's alone, and only through the private mutations: to anyone
 * else, and to the shared mutations, it answers NOT_FOUND, as if it did not exist.
 */
async function changeablePreset(ctx: WriteContext, id: string, sharedMutation: boolean): Promise<ReportPresetRow> {
  const preset = await ownRow(ctx, reportPresets, id, 'Report preset');
  if (preset.shared)
    await REPORT_POLICIES.ownPresets.decide(ctx); // what the shared mutations declare as their scope
  else if (sharedMutation || preset.ownerId !== ctx.viewer.member.id) throw notFound('Report preset');
  return preset;
}

export interface SaveReportPresetInput {
  id?: string | null;
  name: string;
  filters: ReportFiltersInput;
}

const presetState = (preset: ReportPresetRow) => ({ name: preset.name, shared: preset.shared, filters: preset.filters });

/**
 * Creates a preset owned by the caller (shared by the shared mutation, else private) or, with an
 * id, renames it and replaces its filters. A preset stays private or shared as it was created.
 */
export async function saveReportPreset(ctx: WriteContext, input: SaveReportPresetInput, shared: boolean) {
  const before = input.id ? await changeablePreset(ctx, input.id, shared) : null;
  const values = {
    name: validate.text('name', input.name, 100),
    filters: await validFilters(ctx, input.filters),
    updatedAt: ctx.app.now(),
  };
  const preset = before
    ? await one(ctx.tx.db.update(reportPresets).set(values).where(eq(reportPresets.id, before.id)).returning())
    : await one(
        ctx.tx.db
          .insert(reportPresets)
          .values({ ...values, accountId: ctx.viewer.account.id, ownerId: ctx.viewer.member.id, shared, createdAt: ctx.app.now() })
          .returning(),
      );
  await audit(ctx, 'REPORT_PRESET_SAVED', preset.id, { before: before && presetState(before), after: presetState(preset) });
  return preset;
}

export async function deleteReportPreset(ctx: WriteContext, id: string, sharedMutation: boolean) {
  const preset = await changeablePreset(ctx, id, sharedMutation);
  await ctx.tx.db.delete(reportPresets).where(eq(reportPresets.id, preset.id));
  await audit(ctx, 'REPORT_PRESET_DELETED', preset.id, { before: presetState(preset) });
  return preset;
}
