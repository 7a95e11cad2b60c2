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
