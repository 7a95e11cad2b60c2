import { and, eq, inArray, sql } from 'drizzle-orm';
import type { MemberContext } from '../../context.js';
import { paginate } from '../../db/paginate.js';
import { first, one } from '../../db/rows.js';
import { badInput, conflict } from '../../errors.js';
import type { PageArgs } from '../../lib/pagination.js';
import * as validate from '../../lib/validate.js';
import { inAccount, ownRow } from '../../tenancy.js';
import type { WriteContext } from '../../transactions.js';
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
  if (input.vendorId) await ownRow(ctx, vendors, input.vendorId, 'Vendor');
  const accountId = ctx.viewer.account.id;
  const taken = await first(ctx.tx.db
    .select({ sku: variants.sku })
    .from(variants)
    .where(and(eq(variants.accountId, accountId), inArray(variants.sku, skus))));
  if (taken) throw conflict(`SKU ${taken.sku} is already in the catalog`, { field: 'variants' });
  const product = await one(ctx.tx.db
    .insert(products)
    .values({ accountId, name, category, vendorId: input.vendorId ?? null, createdAt: ctx.app.now() })
    .returning());
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
  const before = await ownRow(ctx, variants, input.variantId, 'Variant');
  const changes = {
    title: input.title == null ? undefined : validate.text('title', input.title),
    costCents: input.costCents == null ? undefined : validate.cents('costCents', input.costCents),
    priceCents: input.priceCents == null ? undefined : validate.cents('priceCents', input.priceCents),
  };
  const changed = (Object.keys(changes) as Array<keyof typeof changes>).filter(
    (key) => changes[key] !== undefined && changes[key] !== before[key],
  );
  if (changed.length === 0) return before;
  const after = await one(ctx.tx.db.update(variants).set(changes).where(eq(variants.id, before.id)).returning());
  await audit(ctx, 'VARIANT_UPDATED', before.id, {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
  });
  return after;
}

export async function createWarehouse(ctx: WriteContext, nameInput: string) {
  const name = validate.text('name', nameInput, 100);
  const accountId = ctx.viewer.account.id;
  if (await first(ctx.tx.db.select().from(warehouses).where(and(eq(warehouses.accountId, accountId), eq(warehouses.name, name))))) {
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
  const vendor = await one(ctx.tx.db
    .insert(vendors)
    .values({ accountId: ctx.viewer.account.id, name, leadTimeDays, createdAt: ctx.app.now() })
    .returning());
  await audit(ctx, 'VENDOR_CREATED', vendor.id, { after: { name, leadTimeDays } });
  return vendor;
}

/** Adds `delta` units (negative to take) of a variant in a warehouse; stock never goes below zero. */
export async function moveStock(ctx: WriteContext, variantId: string, warehouseId: string, delta: number) {
  const level = await first(ctx.tx.db
    .select()
    .from(stockLevels)
    .where(and(eq(stockLevels.variantId, variantId), eq(stockLevels.warehouseId, warehouseId))));
  const onHand = (level?.onHand ?? 0) + delta;
  if (onHand < 0) return { ok: false as const, available: level?.onHand ?? 0 };
  if (level) await ctx.tx.db.update(stockLevels).set({ onHand }).where(eq(stockLevels.id, level.id));
  else {
    await ctx.tx.db
      .insert(stockLevels)
      .values({ accountId: ctx.viewer.account.id, variantId, warehouseId, onHand, createdAt: ctx.app.now() });
  }
  return { ok: true as const, onHand };
}

export interface SetStockLevelInput {
  variantId: string;
  warehouseId: string;
  onHand: number;
}

/** Sets units on hand after a count. */
export async function setStockLevel(ctx: WriteContext, input: SetStockLevelInput) {
  const variant = await ownRow(ctx, variants, input.variantId, 'Variant');
  const warehouse = await ownRow(ctx, warehouses, input.warehouseId, 'Warehouse');
  const onHand = validate.wholeNumber('onHand', input.onHand, 0);
  const level = await first(ctx.tx.db
    .select()
    .from(stockLevels)
    .where(and(eq(stockLevels.variantId, variant.id), eq(stockLevels.warehouseId, warehouse.id))));
  await moveStock(ctx, variant.id, warehouse.id, onHand - (level?.onHand ?? 0));
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

/** Records (or corrects) units sold per variant, warehouse and day. */
export async function recordSales(ctx: WriteContext, input: SalesInput) {
  const variant = await ownRow(ctx, variants, input.variantId, 'Variant');
  const warehouse = await ownRow(ctx, warehouses, input.warehouseId, 'Warehouse');
  const day = validate.day('day', input.day);
  const units = validate.wholeNumber('units', input.units, 0);
  await ctx.tx.db
    .insert(dailySales)
    .values({ accountId: ctx.viewer.account.id, variantId: variant.id, warehouseId: warehouse.id, day, units, createdAt: ctx.app.now() })
    .onConflictDoUpdate({ target: [dailySales.variantId, dailySales.warehouseId, dailySales.day], set: { units: sql`excluded.units` } });
  await audit(ctx, 'SALES_RECORDED', variant.id, { after: { warehouseId: warehouse.id, day, units } });
  return variant;
}
