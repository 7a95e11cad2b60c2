import { index, integer, table, text, timestamp } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';
import { accountId } from '../../db/tenant.js';
import { variants, warehouses } from '../products/tables.js';
import { members } from '../users/tables.js';

export const WHOLESALE_ORDER_STATUSES = ['DRAFT', 'CONFIRMED'] as const;
export type WholesaleOrderStatus = (typeof WHOLESALE_ORDER_STATUSES)[number];

/** An order from a wholesale customer, shipped from one warehouse; confirming it takes the stock. */
export const wholesaleOrders = table(
  'wholesale_orders',
  {
    id: id(),
    accountId: accountId(),
    customerName: text('customer_name').notNull(),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    status: text('status', { enum: WHOLESALE_ORDER_STATUSES }).notNull(),
    createdById: text('created_by_id')
      .notNull()
      .references(() => members.id),
    confirmedAt: timestamp('confirmed_at'),
    createdAt: createdAt(),
  },
  (t) => [index('wholesale_orders_account_created').on(t.accountId, t.createdAt, t.id)],
);

export const wholesaleOrderLines = table(
  'wholesale_order_lines',
  {
    id: id(),
    accountId: accountId(),
    wholesaleOrderId: text('wholesale_order_id')
      .notNull()
      .references(() => wholesaleOrders.id),
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id),
    quantity: integer('quantity').notNull(),
    unitPriceCents: integer('unit_price_cents').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('wholesale_order_lines_order').on(t.wholesaleOrderId)],
);

export type WholesaleOrderRow = typeof wholesaleOrders.$inferSelect;
export type WholesaleOrderLineRow = typeof wholesaleOrderLines.$inferSelect;
