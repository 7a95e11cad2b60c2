import { index, integer, table, text, uniqueIndex } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';
import { accountId } from '../../db/tenant.js';

/** A supplier stock orders go to. Its email address is managed under "Email addresses". */
export const vendors = table(
  'vendors',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    email: text('email'),
    leadTimeDays: integer('lead_time_days').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('vendors_account_created').on(t.accountId, t.createdAt, t.id)],
);

/** A product the account sells; its variants are what is stocked, ordered and sold. */
export const products = table(
  'products',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    vendorId: text('vendor_id').references(() => vendors.id),
    createdAt: createdAt(),
  },
  (t) => [index('products_account_created').on(t.accountId, t.createdAt, t.id)],
);

/** A sellable variant of a product. Money is in cents of the account's currency. */
export const variants = table(
  'variants',
  {
    id: id(),
    accountId: accountId(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    sku: text('sku').notNull(),
    title: text('title').notNull(),
    costCents: integer('cost_cents').notNull(),
    priceCents: integer('price_cents').notNull(),
    /** Expected units sold per 30 days, set by "Edit forecast"; null means "from sales velocity". */
    forecastMonthlyUnits: integer('forecast_monthly_units'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('variants_account_sku').on(t.accountId, t.sku), index('variants_product').on(t.productId)],
);

export const warehouses = table(
  'warehouses',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('warehouses_account_name').on(t.accountId, t.name)],
);

/** Units on hand of one variant in one warehouse. */
export const stockLevels = table(
  'stock_levels',
  {
    id: id(),
    accountId: accountId(),
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    onHand: integer('on_hand').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('stock_levels_variant_warehouse').on(t.variantId, t.warehouseId), index('stock_levels_account').on(t.accountId)],
);

/** Units of one variant sold on one day (YYYY-MM-DD, UTC) from one warehouse. */
export const dailySales = table(
  'daily_sales',
  {
    id: id(),
    accountId: accountId(),
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    day: text('day').notNull(),
    units: integer('units').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('daily_sales_variant_warehouse_day').on(t.variantId, t.warehouseId, t.day),
    index('daily_sales_account_day').on(t.accountId, t.day),
  ],
);

export type VendorRow = typeof vendors.$inferSelect;
export type ProductRow = typeof products.$inferSelect;
export type VariantRow = typeof variants.$inferSelect;
export type WarehouseRow = typeof warehouses.$inferSelect;
export type StockLevelRow = typeof stockLevels.$inferSelect;
