import { boolean, index, integer, json, primaryKey, table, text, timestamp, uniqueIndex } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';
import { accountId } from '../../db/tenant.js';
import { companyNumbers, customerGroups } from '../brand/tables.js';
import { members } from '../users/tables.js';

/** Geographic regions of the account (for example "West Coast"). */
export const regions = table('regions', { id: id(), accountId: accountId(), name: text('name').notNull(), createdAt: createdAt() }, (t) => [
  uniqueIndex('regions_account_name').on(t.accountId, t.name),
]);

/** The regions assigned to a member: with geographic permissions on, the only connections they reach. */
export const memberRegions = table(
  'member_regions',
  {
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.regionId] }), index('member_regions_region').on(t.regionId)],
);

export const CONNECTION_STATUSES = ['ACTIVE', 'PENDING', 'REMOVED'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/**
 * A retailer the brand sells to. PENDING: an order was assigned to a retailer not yet connected, or
 * a client added on the iPad. The customer-specific data columns are each guarded by their own
 * capability (a "Restrict Edit …" toggle takes it away).
 */
export const connections = table(
  'connections',
  {
    id: id(),
    accountId: accountId(),
    retailerName: text('retailer_name').notNull(),
    status: text('status', { enum: CONNECTION_STATUSES }).notNull(),
    regionId: text('region_id').references(() => regions.id),
    companyNumberId: text('company_number_id').references(() => companyNumbers.id),
    customerGroupId: text('customer_group_id').references(() => customerGroups.id),
    /** Retailer order restrictions: the smallest order, in cents (null: none). */
    minimumOrderCents: integer('minimum_order_cents'),
    /** Retailer order restrictions: whether the retailer may edit order details. */
    retailerMayEditOrders: boolean('retailer_may_edit_orders').notNull().default(false),
    billingAddress: text('billing_address'),
    shippingAddress: text('shipping_address'),
    budgetCents: integer('budget_cents'),
    buyers: json<string[]>('buyers').notNull(),
    currencies: json<string[]>('currencies').notNull(),
    customerCode: text('customer_code'),
    discountPercent: integer('discount_percent'),
    doors: json<string[]>('doors').notNull(),
    paymentMethods: json<string[]>('payment_methods').notNull(),
    salesReps: json<string[]>('sales_reps').notNull(),
    shippingMethods: json<string[]>('shipping_methods').notNull(),
    warehouses: json<string[]>('warehouses').notNull(),
    removedAt: timestamp('removed_at'),
    createdAt: createdAt(),
  },
  (t) => [index('connections_account_created').on(t.accountId, t.createdAt, t.id), index('connections_region').on(t.regionId)],
);

export type RegionRow = typeof regions.$inferSelect;
export type ConnectionRow = typeof connections.$inferSelect;
