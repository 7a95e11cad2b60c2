import { index, integer, table, text, timestamp } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';
import { accountId } from '../../db/tenant.js';
import { variants, vendors, warehouses } from '../products/tables.js';
import { members } from '../users/tables.js';

export const STOCK_ORDER_STATUSES = ['DRAFT', 'PLACED', 'RECEIVED'] as const;
export type StockOrderStatus = (typeof STOCK_ORDER_STATUSES)[number];

/** A purchase order to a vendor, delivered to one warehouse. */
export const stockOrders = table(
  'stock_orders',
  {
    id: id(),
    accountId: accountId(),
    vendorId: text('vendor_id')
      .notNull()
      .references(() => vendors.id),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    status: text('status', { enum: STOCK_ORDER_STATUSES }).notNull(),
    /** The month (YYYY-MM) the order is expected in, which Open-to-Buy charges it to. */
    expectedMonth: text('expected_month').notNull(),
    createdById: text('created_by_id')
      .notNull()
      .references(() => members.id),
    placedAt: timestamp('placed_at'),
    receivedAt: timestamp('received_at'),
    emailedAt: timestamp('emailed_at'),
    createdAt: createdAt(),
  },
  (t) => [index('stock_orders_account_created').on(t.accountId, t.createdAt, t.id)],
);

export const stockOrderLines = table(
  'stock_order_lines',
  {
    id: id(),
    accountId: accountId(),
    stockOrderId: text('stock_order_id')
      .notNull()
      .references(() => stockOrders.id),
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id),
    quantity: integer('quantity').notNull(),
    unitCostCents: integer('unit_cost_cents').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('stock_order_lines_order').on(t.stockOrderId)],
);

export type StockOrderRow = typeof stockOrders.$inferSelect;
export type StockOrderLineRow = typeof stockOrderLines.$inferSelect;
