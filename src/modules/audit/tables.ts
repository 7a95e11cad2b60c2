import { index, json, table, text } from '../../db/dialect.js';
import type { Capability } from '../permissions/capabilities.js';
import { createdAt, id } from '../../db/columns.js';
import { accounts } from '../accounts/tables.js';
import { invites } from '../invites/tables.js';
import { members } from '../users/tables.js';

/**
 * Every audited action: the type of record it is about (its subject), what it records, and the
 * capability without which its details (`before`, `after`) stay hidden: an admin who manages users
 * reads the whole log, but not the costs or billing details their own permissions would hide. The
 * GraphQL enums `AuditAction` and `AuditSubjectType` are read from here.
 */
export const auditActions = {
  ACCOUNT_CREATED: ['Account', 'The account was created by its first user'],
  ACCOUNT_UPDATED: ['Account', 'Account settings or features changed'],
  INVITE_SENT: ['Invite', 'An invite was sent'],
  INVITE_RESENT: ['Invite', 'An invite was re-sent with a new link and expiry'],
  INVITE_REVOKED: ['Invite', 'An invite was revoked'],
  INVITE_ACCEPTED: ['Invite', 'An invite was accepted and the person became a member'],
  INVITE_EXPIRED: ['Invite', 'An invite passed its expiry without being accepted; it can be re-sent'],
  PERMISSIONS_CHANGED: ['User', "A member's permissions changed"],
  USER_DELETED: ['User', 'A member was deleted; their sessions ended'],
  PASSWORD_CHANGED: ['User', 'The member changed their login password; their other sessions ended'],
  PASSWORD_RESET: ['User', "The member's login password was set from an emailed link (a reset or an invite); all their sessions ended"],
  EMAIL_CHANGED: ['User', "The member's login email changed, confirmed from the new address; their other sessions ended"],
  SESSIONS_ENDED: ['User', 'The member ended sessions of their own from another session'],
  PRODUCT_CREATED: ['Product', 'A product was added to the catalog with its variants', 'catalog'],
  VARIANT_UPDATED: ['Variant', "A variant's cost, price or title changed", 'catalog'],
  WAREHOUSE_CREATED: ['Warehouse', 'A warehouse was added', 'catalog'],
  STOCK_ADJUSTED: ['Variant', 'Units on hand of a variant in a warehouse were set by hand', 'catalog'],
  SALES_RECORDED: ['Variant', 'Daily sales of a variant were recorded', 'catalog'],
  FORECAST_EDITED: ['Variant', "A variant's forecast was overridden or returned to sales velocity", 'editForecast'],
  VENDOR_CREATED: ['Vendor', 'A vendor was added', 'stockOrders'],
  VENDOR_EMAIL_CHANGED: ['Vendor', "A vendor's email address changed", 'sendEmails'],
  STOCK_ORDER_CREATED: ['StockOrder', 'A draft stock order was created', 'stockOrders'],
  STOCK_ORDER_LINE_SET: ['StockOrder', 'A line of a draft stock order was added, changed or removed', 'stockOrders'],
  STOCK_ORDER_PLACED: ['StockOrder', 'A stock order was placed with its vendor', 'stockOrders'],
  STOCK_ORDER_RECEIVED: ['StockOrder', 'A stock order was received into its warehouse', 'stockOrders'],
  STOCK_ORDER_EMAILED: ['StockOrder', 'A stock order was emailed to its vendor', 'sendEmails'],
  STOCK_ORDERS_IMPORTED: ['Account', 'Stock orders were created from an imported CSV', 'imports'],
  WHOLESALE_ORDER_CREATED: ['WholesaleOrder', 'A wholesale order was created', 'wholesale'],
  WHOLESALE_ORDER_CONFIRMED: ['WholesaleOrder', 'A wholesale order was confirmed and its stock taken', 'wholesale'],
  BUDGET_SET: ['Budget', 'An Open-to-Buy budget was set', 'openToBuy'],
  REPORT_PRESET_SAVED: ['ReportPreset', 'A report preset was saved', 'reports'],
  REPORT_PRESET_DELETED: ['ReportPreset', 'A report preset was deleted', 'reports'],
  BILLING_UPDATED: ['Account', "The account's plan or billing details changed", 'billing'],
  SYNC_RUN: ['SyncRun', 'Sync ran', 'sync'],
  // JOOR: account settings.
  BRAND_SETTINGS_UPDATED: ['Account', 'Brand account information changed', 'editBrandSettings'],
  DIVISION_SETTINGS_UPDATED: ['Account', 'Division settings (several divisions per order) changed', 'editDivisionOptions'],
  INVENTORY_SETTINGS_UPDATED: ['Account', 'Who sees inventory, and how, changed', 'editInventorySettings'],
  PAYMENT_ACCOUNT_CONNECTED: ['Account', 'A payment (Stripe) account was connected or disconnected', 'managePaymentsSettings'],
  COMPANY_NUMBER_SAVED: ['CompanyNumber', 'A company number was added or edited', 'editCompanyNumbers'],
  CUSTOMER_GROUP_SAVED: ['CustomerGroup', 'A customer group was added or renamed', 'editCustomerGroups'],
  DISCOUNT_OPTION_SAVED: ['DiscountOption', 'A discount option was added or edited', 'editDiscountOptions'],
  DIVISION_SAVED: ['Division', 'A division was added or renamed', 'editDivisionOptions'],
  INVOICE_ISSUED: ['Invoice', 'A retailer was invoiced for an order', 'invoiceRetailers'],
  // JOOR: connections and regions.
  REGION_CREATED: ['Region', 'A geographic region was added'],
  USER_REGIONS_CHANGED: ['User', "A member's geographic regions changed"],
  CONNECTION_CREATED: ['Connection', 'A retailer was connected, added as a client, or assigned an order'],
  CONNECTION_REMOVED: ['Connection', 'A retailer connection was removed'],
  CONNECTION_ASSIGNED: ['Connection', 'A company number, customer group or region was assigned to a connection'],
  CONNECTION_DATA_EDITED: ['Connection', "A connection's customer-specific data changed"],
  RETAILER_ORDER_RESTRICTIONS_CHANGED: ['Connection', "A retailer's order restrictions changed"],
  // JOOR: styles, inventory, linesheets.
  STYLE_CREATED: ['Style', 'A style was added or copied'],
  STYLE_UPDATED: ['Style', "A style's data, UPC or division changed"],
  STYLE_DELETED: ['Style', 'A style was deleted'],
  STYLE_IMAGES_CHANGED: ['Style', "A style's image was uploaded or removed"],
  STYLE_BADGES_CHANGED: ['Style', 'A custom badge was created, or put on or taken off a style'],
  INVENTORY_SET: ['Style', 'Units available of a style in a size and colour were set'],
  LINESHEET_CREATED: ['Linesheet', 'A linesheet was created'],
  LINESHEET_UPDATED: ['Linesheet', "A linesheet's name, dates, styles or badges changed"],
  LINESHEET_ARCHIVED: ['Linesheet', 'A linesheet was archived'],
  LINESHEET_DELETED: ['Linesheet', 'A linesheet was deleted'],
  LINESHEET_SETTINGS_CHANGED: ['Linesheet', "A linesheet's privacy, sharing or iPad sync changed"],
  // JOOR: orders and events.
  ORDER_CREATED: ['Order', 'An order was drafted'],
  ORDER_UPDATED: ['Order', "An order's dates, discount, PO number or lines changed"],
  ORDER_STATUS_CHANGED: ['Order', 'An order was submitted, approved or shipped'],
  ORDERS_MERGED: ['Order', 'Orders were merged into this one'],
  ORDER_STYLES_CANCELLED: ['Order', 'Styles of an order were cancelled or replaced'],
  ORDER_EXPORT_CHANGED: ['Order', 'An order was set to re-export, or marked as exported'],
  EVENT_SAVED: ['Event', 'An event was created or edited'],
} as const satisfies Record<string, readonly [string, string] | readonly [string, string, Capability]>;
export type AuditAction = keyof typeof auditActions;
export type AuditSubjectType = (typeof auditActions)[AuditAction][0];

export const AuditAction = Object.fromEntries(
  Object.entries(auditActions).map(([action, [, description]]) => [action, description]),
) as Record<AuditAction, string>;

export const auditSubjectOf = (action: AuditAction): AuditSubjectType => auditActions[action][0];

/** The capability needed to read an entry's details, if any beyond reading the log. */
export const auditDetailsNeed = (action: AuditAction): Capability | undefined =>
  (auditActions[action] as readonly [string, string, Capability?])[2];

/** Who did what to whom, with the state before and after. Append-only. */
export const auditLog = table(
  'audit_log',
  {
    id: id(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    action: text('action').$type<AuditAction>().notNull(),
    actorId: text('actor_id').references(() => members.id),
    /** What the entry is about: a type of the schema (`User`, `StockOrder`, …) and its id. */
    subjectType: text('subject_type').$type<AuditSubjectType>().notNull(),
    subjectId: text('subject_id').notNull(),
    targetId: text('target_id').references(() => members.id),
    inviteId: text('invite_id').references(() => invites.id),
    before: json<unknown>('before'),
    after: json<unknown>('after'),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_account_created').on(t.accountId, t.createdAt, t.id),
    index('audit_log_subject').on(t.subjectId, t.createdAt, t.id),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
