import { index, integer, table, text, timestamp } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';
import { accountId } from '../../db/tenant.js';
import { connections } from '../connections/tables.js';
import { linesheets } from '../linesheets/tables.js';
import { styles } from '../styles/tables.js';
import { members } from '../users/tables.js';

export const ORDER_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'SHIPPED', 'MERGED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** A wholesale order from a retailer connection, taken from a linesheet. */
export const orders = table(
  'orders',
  {
    id: id(),
    accountId: accountId(),
    connectionId: text('connection_id')
      .notNull()
      .references(() => connections.id),
    linesheetId: text('linesheet_id')
      .notNull()
      .references(() => linesheets.id),
    status: text('status', { enum: ORDER_STATUSES }).notNull(),
    /** The auto-generated PO number; `poNumber` differs only when someone set a custom one. */
    generatedPoNumber: text('generated_po_number').notNull(),
    poNumber: text('po_number').notNull(),
    /** YYYY-MM-DD. */
    startShip: text('start_ship').notNull(),
    deliveryDate: text('delivery_date').notNull(),
    /** Order-level discount, in percent. */
    discountPercent: integer('discount_percent').notNull().default(0),
    /**
     * The retailer's discount, in percent, as the order was submitted with it: null while DRAFT (a
     * draft follows its connection's current discount), so that a later change to the retailer's
     * discount moves no placed order's total.
     */
    retailerDiscountPercent: integer('retailer_discount_percent'),
    mergedIntoId: text('merged_into_id'),
    exportRequestedAt: timestamp('export_requested_at'),
    exportedAt: timestamp('exported_at'),
    submittedAt: timestamp('submitted_at'),
    createdById: text('created_by_id')
      .notNull()
      .references(() => members.id),
    createdAt: createdAt(),
  },
  (t) => [index('orders_account_created').on(t.accountId, t.createdAt, t.id), index('orders_connection').on(t.connectionId)],
);

/** Units of a style in one size and colour on an order, with an optional SKU-level discount. */
export const orderLines = table(
  'order_lines',
  {
    id: id(),
    accountId: accountId(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id),
    styleId: text('style_id')
      .notNull()
      .references(() => styles.id),
    size: text('size').notNull(),
    colour: text('colour').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceCents: integer('unit_price_cents').notNull(),
    discountPercent: integer('discount_percent').notNull().default(0),
    /** Set by the cancel/replace styles tool. */
    cancelledAt: timestamp('cancelled_at'),
    createdAt: createdAt(),
  },
  // by style: the units other orders hold of a style, for the oversell rule
  (t) => [index('order_lines_order').on(t.orderId), index('order_lines_style').on(t.styleId)],
);

/** An invoice to a retailer for an order. */
export const invoices = table(
  'invoices',
  {
    id: id(),
    accountId: accountId(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id),
    connectionId: text('connection_id')
      .notNull()
      .references(() => connections.id),
    number: text('number').notNull(),
    amountCents: integer('amount_cents').notNull(),
    issuedById: text('issued_by_id')
      .notNull()
      .references(() => members.id),
    createdAt: createdAt(),
  },
  (t) => [index('invoices_account_created').on(t.accountId, t.createdAt, t.id), index('invoices_order').on(t.orderId)],
);

/** An event (a trade show, a market week) on the app or the website. */
export const events = table(
  'events',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    location: text('location'),
    createdAt: createdAt(),
  },
  (t) => [index('events_account_created').on(t.accountId, t.createdAt, t.id)],
);

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type InvoiceRow = typeof invoices.$inferSelect;
export type EventRow = typeof events.$inferSelect;
