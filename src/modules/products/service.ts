import { and, eq, inArray, sql } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { inChunks } from '../../db/chunks.js';
import { paginate } from '../../db/paginate.js';
import { first, one } from '../../db/rows.js';
import { badInput, conflict, notFound } from '../../errors.js';
import type { PageArgs } from '../../lib/pagination.js';
import { changesOf } from '../../lib/changes.js';
import * as validate from '../../lib/validate.js';
import { inAccount, ownRow } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { dailySales, products, stockLevels, variants, vendors, warehouses } from './tables.js';

export interface ProductsArgs extends PageArgs {
  category?: string | null;
}

export function listProducts(ctx: MemberContext, args: ProductsArgs) {
  const scope = and(inAccount(ctx, products), args.category ? eq(products.category, args.category) : undefined);
  return paginate(ctx.app.db.read, products, scope, args, 'asc');
}

export const listWarehouses = (ctx: MemberContext) =>
  ctx.app.db.read.select().from(warehouses).where(inAccount(ctx, warehouses)).orderBy(warehouses.createdAt, warehouses.id);

export const listVendors = (ctx: MemberContext) =>
  ctx.app.db.read.select().from(vendors).where(inAccount(ctx, vendors)).orderBy(vendors.createdAt, vendors.id);

export interface VariantInput {
  sku: string;
  title: string;
  costCents: number;
  priceCents: number;
}

function variantValues(input: VariantInput, index: number) {
  const at = `variants[${index}]`;
  return {
    sku: validate.text(`${at}.sku`, input.sku, 64),
    title: validate.text(`${at}.title`, input.title),
    costCents: validate.cents(`${at}.costCents`, input.costCents),
    priceCents: validate.cents(`${at}.priceCents`, input.priceCents),
  };
}

export interface CreateProductInput {
  name: string;
  category: string;
  vendorId?: string | null;
  variants: readonly VariantInput[];
}

/** A product with at least one variant; SKUs are unique within the account. */
export async function createProduct(ctx: WriteContext, input: CreateProductInput) {
  const name = validate.text('name', input.name);
  const category = validate.text('category', input.category, 64);
  if (input.variants.length === 0) throw badInput('variants', 'A product needs at least one variant');
  const rows = input.variants.map(variantValues);
  const skus = rows.map((row) => row.sku);
  if (new Set(skus).size !== skus.length) throw badInput('variants', 'Two variants have the same SKU');
  if (input.vendorId != null) await ownRow(ctx, vendors, input.vendorId, 'Vendor');
  const accountId = ctx.viewer.account.id;
  const taken = await first(
    ctx.tx.db
      .select({ sku: variants.sku })
      .from(variants)
      .where(and(eq(variants.accountId, accountId), inArray(variants.sku, skus))),
  );
  if (taken) throw conflict(`SKU ${taken.sku} is already in the catalog`, { field: 'variants' });
  const product = await one(
    ctx.tx.db
      .insert(products)
      .values({ accountId, name, category, vendorId: input.vendorId ?? null, createdAt: ctx.app.now() })
      .returning(),
  );
  await ctx.tx.db.insert(variants).values(rows.map((row) => ({ ...row, accountId, productId: product.id, createdAt: ctx.app.now() })));
  await audit(ctx, 'PRODUCT_CREATED', product.id, { after: { name, category, skus } });
  return product;
}

export interface UpdateVariantInput {
  variantId: string;
  title?: string | null;
  costCents?: number | null;
  priceCents?: number | null;
}

export async function updateVariant(ctx: WriteContext, input: UpdateVariantInput) {
  const current = await ownRow(ctx, variants, input.variantId, 'Variant');
  const changes = changesOf(current, {
    title: input.title == null ? undefined : validate.text('title', input.title),
    costCents: input.costCents == null ? undefined : validate.cents('costCents', input.costCents),
    priceCents: input.priceCents == null ? undefined : validate.cents('priceCents', input.priceCents),
  });
  if (changes.keys.length === 0) return current;
  const after = await one(ctx.tx.db.update(variants).set(changes.set).where(eq(variants.id, current.id)).returning());
  await audit(ctx, 'VARIANT_UPDATED', current.id, { before: changes.before, after: changes.after });
  return after;
}

export async function createWarehouse(ctx: WriteContext, nameInput: string) {
  const name = validate.text('name', nameInput, 100);
  const accountId = ctx.viewer.account.id;
  if (
    await first(
      ctx.tx.db
        .select()
        .from(warehouses)
        .where(and(eq(warehouses.accountId, accountId), eq(warehouses.name, name))),
    )
  ) {
    throw conflict(`There is already a warehouse named ${name}`, { field: 'name' });
  }
  const warehouse = await one(ctx.tx.db.insert(warehouses).values({ accountId, name, createdAt: ctx.app.now() }).returning());
  await audit(ctx, 'WAREHOUSE_CREATED', warehouse.id, { after: { name } });
  return warehouse;
}

export interface CreateVendorInput {
  name: string;
  leadTimeDays: number;
}

export async function createVendor(ctx: WriteContext, input: CreateVendorInput) {
  const name = validate.text('name', input.name);
  const leadTimeDays = validate.wholeNumber('leadTimeDays', input.leadTimeDays, 0, 365);
  const vendor = await one(
    ctx.tx.db.insert(vendors).values({ accountId: ctx.viewer.account.id, name, leadTimeDays, createdAt: ctx.app.now() }).returning(),
  );
  await audit(ctx, 'VENDOR_CREATED', vendor.id, { after: { name, leadTimeDays } });
  return vendor;
}

/** The most units of a variant one warehouse holds: the largest PostgreSQL integer. */
const MAX_ON_HAND = 2_147_483_647;

/** Variants per statement of `moveStocks`: under both dialects' parameter limits (SQLite's is 32,766). */
const MOVES_PER_STATEMENT = 5000;

/**
 * Moves stock of several variants in one warehouse at once: `deltas` maps a variant id to the units
 * to add (negative to take). It reads the current levels, with the variants' SKUs, in one query and
 * writes every level in one upsert (per 5,000 variants). All or nothing: if any level would go below
 * zero it refuses (CONFLICT, rule INSUFFICIENT_STOCK) naming every short SKU, and if any would pass
 * 2,147,483,647 units it refuses (CONFLICT); then nothing is written. Answers the new levels. The
 * variants must be the caller's account's (NOT_FOUND otherwise); the caller has checked the warehouse.
 */
export async function moveStocks(
  ctx: WriteContext,
  warehouseId: string,
  deltas: ReadonlyMap<string, number>,
): Promise<Map<string, number>> {
  const entries = [...deltas];
  const accountId = ctx.viewer.account.id;
  const rows = await inChunks(
    entries,
    (chunk) =>
      ctx.tx.db
        .select({ variantId: variants.id, sku: variants.sku, onHand: stockLevels.onHand })
        .from(variants)
        .leftJoin(stockLevels, and(eq(stockLevels.variantId, variants.id), eq(stockLevels.warehouseId, warehouseId)))
        .where(
          and(
            inArray(
              variants.id,
              chunk.map(([variantId]) => variantId),
            ),
            eq(variants.accountId, accountId),
          ),
        ),
    MOVES_PER_STATEMENT,
  );
  const levels = new Map(rows.map((row) => [row.variantId, { sku: row.sku, onHand: row.onHand ?? 0 }]));
  const after = new Map<string, number>();
  const short: string[] = [];
  const over: string[] = [];
  for (const [variantId, delta] of entries) {
    const level = levels.get(variantId);
    if (!level) throw notFound('Variant');
    const onHand = level.onHand + delta;
    if (onHand < 0) short.push(`${level.sku} (${-delta} to take, ${level.onHand} on hand)`);
    else if (onHand > MAX_ON_HAND) over.push(level.sku);
    after.set(variantId, onHand);
  }
  if (short.length > 0) {
    throw conflict(`Not enough stock in the warehouse for ${short.join(', ')}: nothing was moved`, { rule: 'INSUFFICIENT_STOCK' });
  }
  if (over.length > 0) {
    throw conflict(`The warehouse would hold more than 2,147,483,647 units of ${over.join(', ')}: nothing was moved`);
  }
  // A missing level is inserted at its delta (not negative: checked above); an existing one adds it.
  const moves = entries.filter(([, delta]) => delta !== 0);
  const createdAt = ctx.app.now();
  await inChunks(
    moves,
    (chunk) =>
      ctx.tx.db
        .insert(stockLevels)
        .values(chunk.map(([variantId, delta]) => ({ accountId, variantId, warehouseId, onHand: delta, createdAt })))
        .onConflictDoUpdate({
          target: [stockLevels.variantId, stockLevels.warehouseId],
          set: { onHand: sql`${stockLevels.onHand} + excluded.on_hand` },
        })
        .returning({ id: stockLevels.id }),
    MOVES_PER_STATEMENT,
  );
  return after;
}

export interface SetStockLevelInput {
  variantId: string;
  warehouseId: string;
  onHand: number;
}

/** Sets units on hand after a count (nothing is written, or audited, when the count is what was there). */
export async function setStockLevel(ctx: WriteContext, input: SetStockLevelInput) {
  const variant = await ownRow(ctx, variants, input.variantId, 'Variant');
  const warehouse = await ownRow(ctx, warehouses, input.warehouseId, 'Warehouse');
  const onHand = validate.units('onHand', input.onHand);
  const level = await first(
    ctx.tx.db
      .select()
      .from(stockLevels)
      .where(and(eq(stockLevels.variantId, variant.id), eq(stockLevels.warehouseId, warehouse.id))),
  );
  if (level?.onHand === onHand) return variant;
  await ctx.tx.db
    .insert(stockLevels)
    .values({ accountId: ctx.viewer.account.id, variantId: variant.id, warehouseId: warehouse.id, onHand, createdAt: ctx.app.now() })
    .onConflictDoUpdate({ target: [stockLevels.variantId, stockLevels.warehouseId], set: { onHand } });
  await audit(ctx, 'STOCK_ADJUSTED', variant.id, {
    before: { warehouseId: warehouse.id, onHand: level?.onHand ?? 0 },
    after: { warehouseId: warehouse.id, onHand },
  });
  return variant;
}

export interface SalesInput {
  variantId: string;
  warehouseId: string;
  day: string;
  units: number;
}

/** Records (or corrects) units sold per variant, warehouse and day; a day to come has no sales yet. */
export async function recordSales(ctx: WriteContext, input: SalesInput) {
  const variant = await ownRow(ctx, variants, input.variantId, 'Variant');
  const warehouse = await ownRow(ctx, warehouses, input.warehouseId, 'Warehouse');
  const day = validate.day('day', input.day);
  if (day > ctx.app.now().toISOString().slice(0, 10)) throw badInput('day', 'day must not be after today (UTC)');
  const units = validate.units('units', input.units);
  const at = and(eq(dailySales.variantId, variant.id), eq(dailySales.warehouseId, warehouse.id), eq(dailySales.day, day));
  const before = await first(ctx.tx.db.select().from(dailySales).where(at));
  if (before?.units === units) return variant;
  await ctx.tx.db
    .insert(dailySales)
    .values({ accountId: ctx.viewer.account.id, variantId: variant.id, warehouseId: warehouse.id, day, units, createdAt: ctx.app.now() })
    .onConflictDoUpdate({ target: [dailySales.variantId, dailySales.warehouseId, dailySales.day], set: { units } });
  await audit(ctx, 'SALES_RECORDED', variant.id, {
    before: before ? { warehouseId: warehouse.id, day, units: before.units } : null,
    after: { warehouseId: warehouse.id, day, units },
  });
  return variant;
}
