/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An amount of money in cents of the account currency: a whole number, exact up to 2^53 */
  Cents: { input: any; output: any; }
  /** A number of units summed over many records: a whole number, exact up to 2^53 */
  Count: { input: any; output: any; }
  /** An ISO-8601 date and time in UTC */
  DateTime: { input: any; output: any; }
  /** Any JSON value */
  JSON: { input: any; output: any; }
};

export type AcceptInviteInput = {
  /** Your name, for a new login (defaults to the invite's) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new password (8+ characters), or the password of your existing login */
  password: Scalars['String']['input'];
  /** The token from the emailed link */
  token: Scalars['String']['input'];
};

/** A tenant: a brand, a retailer, a company */
export type Account = {
  /** The subscription (before any change: STARTER, invoices to the caller, renewing 30 days after sign-up). Needs billing; null with FORBIDDEN otherwise. */
  billing?: Maybe<Billing>;
  /** Setting: replenishment orders enough to cover this many days of forecast sales after the lead time */
  coverDays: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Setting: stock beyond this many days of forecast sales counts as overstock */
  overstockCoverDays: Scalars['Int']['output'];
  /** Account feature: while off, nobody has the wholesale capability, full access included */
  wholesaleEnabled: Scalars['Boolean']['output'];
};

/** Account-level switches that gate capabilities */
export type AccountFeature =
  /** Wholesale is enabled for the account */
  | 'WHOLESALE';

/** What kind of change an audit entry records */
export type AuditAction =
  /** The account was created by its first user */
  | 'ACCOUNT_CREATED'
  /** Account settings or features changed */
  | 'ACCOUNT_UPDATED'
  /** The account's plan or billing details changed */
  | 'BILLING_UPDATED'
  /** Brand account information changed */
  | 'BRAND_SETTINGS_UPDATED'
  /** An Open-to-Buy budget was set */
  | 'BUDGET_SET'
  /** A company number was added or edited */
  | 'COMPANY_NUMBER_SAVED'
  /** A company number, customer group or region was assigned to a connection */
  | 'CONNECTION_ASSIGNED'
  /** A retailer was connected, added as a client, or assigned an order */
  | 'CONNECTION_CREATED'
  /** A connection's customer-specific data changed */
  | 'CONNECTION_DATA_EDITED'
  /** A retailer connection was removed */
  | 'CONNECTION_REMOVED'
  /** A customer group was added or renamed */
  | 'CUSTOMER_GROUP_SAVED'
  /** A discount option was added or edited */
  | 'DISCOUNT_OPTION_SAVED'
  /** A division was added or renamed */
  | 'DIVISION_SAVED'
  /** Division settings (several divisions per order) changed */
  | 'DIVISION_SETTINGS_UPDATED'
  /** An event was created or edited */
  | 'EVENT_SAVED'
  /** A variant's forecast was overridden or returned to sales velocity */
  | 'FORECAST_EDITED'
  /** Units available of a style in a size and colour were set */
  | 'INVENTORY_SET'
  /** Who sees inventory, and how, changed */
  | 'INVENTORY_SETTINGS_UPDATED'
  /** An invite was accepted and the person became a member */
  | 'INVITE_ACCEPTED'
  /** An invite passed its expiry without being accepted; it can be re-sent */
  | 'INVITE_EXPIRED'
  /** An invite was re-sent with a new link and expiry */
  | 'INVITE_RESENT'
  /** An invite was revoked */
  | 'INVITE_REVOKED'
  /** An invite was sent */
  | 'INVITE_SENT'
  /** A retailer was invoiced for an order */
  | 'INVOICE_ISSUED'
  /** A linesheet was archived */
  | 'LINESHEET_ARCHIVED'
  /** A linesheet was created */
  | 'LINESHEET_CREATED'
  /** A linesheet was deleted */
  | 'LINESHEET_DELETED'
  /** A linesheet's privacy, sharing or iPad sync changed */
  | 'LINESHEET_SETTINGS_CHANGED'
  /** A linesheet's name, dates, styles or badges changed */
  | 'LINESHEET_UPDATED'
  /** Orders were merged into this one */
  | 'ORDERS_MERGED'
  /** An order was drafted */
  | 'ORDER_CREATED'
  /** An order was set to re-export, or marked as exported */
  | 'ORDER_EXPORT_CHANGED'
  /** An order was submitted, approved or shipped */
  | 'ORDER_STATUS_CHANGED'
  /** Styles of an order were cancelled or replaced */
  | 'ORDER_STYLES_CANCELLED'
  /** An order's dates, discount, PO number or lines changed */
  | 'ORDER_UPDATED'
  /** A payment (Stripe) account was connected or disconnected */
  | 'PAYMENT_ACCOUNT_CONNECTED'
  /** A member's permissions changed */
  | 'PERMISSIONS_CHANGED'
  /** A product was added to the catalog with its variants */
  | 'PRODUCT_CREATED'
  /** A geographic region was added */
  | 'REGION_CREATED'
  /** A report preset was deleted */
  | 'REPORT_PRESET_DELETED'
  /** A report preset was saved */
  | 'REPORT_PRESET_SAVED'
  /** A retailer's order restrictions changed */
  | 'RETAILER_ORDER_RESTRICTIONS_CHANGED'
  /** Daily sales of a variant were recorded */
  | 'SALES_RECORDED'
  /** Units on hand of a variant in a warehouse were set by hand */
  | 'STOCK_ADJUSTED'
  /** Stock orders were created from an imported CSV */
  | 'STOCK_ORDERS_IMPORTED'
  /** A draft stock order was created */
  | 'STOCK_ORDER_CREATED'
  /** A stock order was emailed to its vendor */
  | 'STOCK_ORDER_EMAILED'
  /** A line of a draft stock order was added, changed or removed */
  | 'STOCK_ORDER_LINE_SET'
  /** A stock order was placed with its vendor */
  | 'STOCK_ORDER_PLACED'
  /** A stock order was received into its warehouse */
  | 'STOCK_ORDER_RECEIVED'
  /** A custom badge was created, or put on or taken off a style */
  | 'STYLE_BADGES_CHANGED'
  /** A style was added or copied */
  | 'STYLE_CREATED'
  /** A style was deleted */
  | 'STYLE_DELETED'
  /** A style's image was uploaded or removed */
  | 'STYLE_IMAGES_CHANGED'
  /** A style's data, UPC or division changed */
  | 'STYLE_UPDATED'
  /** Sync ran */
  | 'SYNC_RUN'
  /** A member was deleted; their sessions ended */
  | 'USER_DELETED'
  /** A member's geographic regions changed */
  | 'USER_REGIONS_CHANGED'
  /** A variant's cost, price or title changed */
  | 'VARIANT_UPDATED'
  /** A vendor was added */
  | 'VENDOR_CREATED'
  /** A vendor's email address changed */
  | 'VENDOR_EMAIL_CHANGED'
  /** A warehouse was added */
  | 'WAREHOUSE_CREATED'
  /** A wholesale order was confirmed and its stock taken */
  | 'WHOLESALE_ORDER_CONFIRMED'
  /** A wholesale order was created */
  | 'WHOLESALE_ORDER_CREATED';

/** One recorded change: who did what to whom, before and after, when */
export type AuditEntry = {
  action: AuditAction;
  /** Who made the change; deleted users still show here with their name and email */
  actor?: Maybe<User>;
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  invite?: Maybe<Invite>;
  /** The id of the record the entry is about */
  subjectId: Scalars['ID']['output'];
  subjectType: AuditSubjectType;
  target?: Maybe<User>;
};

export type AuditEntryConnection = {
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  /** Matching rows across all pages */
  totalCount: Scalars['Int']['output'];
};

/** The type of record an audit entry is about (a type of this schema) */
export type AuditSubjectType =
  | 'Account'
  | 'Budget'
  | 'CompanyNumber'
  | 'Connection'
  | 'CustomerGroup'
  | 'DiscountOption'
  | 'Division'
  | 'Event'
  | 'Invite'
  | 'Invoice'
  | 'Linesheet'
  | 'Order'
  | 'Product'
  | 'Region'
  | 'ReportPreset'
  | 'StockOrder'
  | 'Style'
  | 'SyncRun'
  | 'User'
  | 'Variant'
  | 'Vendor'
  | 'Warehouse'
  | 'WholesaleOrder';

export type AuthPayload = {
  me: Me;
  /** Send as "Authorization: Bearer <token>". Shown once. */
  token: Scalars['String']['output'];
};

/** The account's subscription: plan, price, who receives invoices and the card on file. Needs billing (full access). */
export type Billing = {
  /** Where invoices go */
  billingEmail: Scalars['String']['output'];
  /** The last four digits of the card on file */
  cardLast4?: Maybe<Scalars['String']['output']>;
  /** The plan's price per month */
  monthlyPriceCents: Scalars['Cents']['output'];
  plan: BillingPlan;
  renewsAt: Scalars['DateTime']['output'];
};

/** The account's subscription plan */
export type BillingPlan =
  /** Enterprise, $999 a month */
  | 'ENTERPRISE'
  /** Growth, $299 a month */
  | 'GROWTH'
  /** Starter, $99 a month (every account starts here) */
  | 'STARTER';

/** What the account plans to spend on stock of one category in one month, in cents */
export type Budget = {
  amountCents: Scalars['Cents']['output'];
  category: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
};

/** One thing Roster lets a member do or see; fields and mutations are guarded by capabilities */
export type Capability =
  /** Add new clients on the iPad */
  | 'ADD_CLIENTS'
  /** Add new styles and copy existing ones */
  | 'ADD_STYLES'
  /** Add styles to an order whose start ship is before the linesheet start ship */
  | 'ADD_STYLES_BEFORE_LINESHEET_START_SHIP'
  /** Apply custom style badges to styles on admin linesheets */
  | 'APPLY_ADMIN_LINESHEET_BADGES'
  /** Move orders into approved or shipped status */
  | 'APPROVE_ORDERS'
  /** Archive admin linesheets */
  | 'ARCHIVE_ADMIN_LINESHEETS'
  /** Assign company numbers to retailer connections */
  | 'ASSIGN_COMPANY_NUMBERS'
  /** Assign customer groups to retailer connections */
  | 'ASSIGN_CUSTOMER_GROUPS'
  /** Assign orders to retailers not yet connected */
  | 'ASSIGN_ORDERS_TO_NEW_CONNECTIONS'
  /** Manage billing */
  | 'BILLING'
  /** Use the cancel/replace styles tool */
  | 'CANCEL_STYLES'
  /** See and edit the catalog */
  | 'CATALOG'
  /** Change order delivery dates */
  | 'CHANGE_DELIVERY_DATES'
  /** Compare warehouses */
  | 'COMPARE_WAREHOUSES'
  /** Delete admin linesheets */
  | 'DELETE_ADMIN_LINESHEETS'
  /** Delete styles */
  | 'DELETE_STYLES'
  /** Create and edit admin linesheets */
  | 'EDIT_ADMIN_LINESHEETS'
  /** Edit the privacy settings of admin linesheets */
  | 'EDIT_ADMIN_LINESHEET_PRIVACY'
  /** Edit orders in approved or shipped status */
  | 'EDIT_APPROVED_SHIPPED_ORDERS'
  /** Edit the brand account information under "my settings" */
  | 'EDIT_BRAND_SETTINGS'
  /** Add or edit company numbers */
  | 'EDIT_COMPANY_NUMBERS'
  /** Edit a connection's billing/shipping data */
  | 'EDIT_CONNECTION_BILLING_SHIPPING'
  /** Edit a connection's budgets */
  | 'EDIT_CONNECTION_BUDGETS'
  /** Edit a connection's buyers */
  | 'EDIT_CONNECTION_BUYERS'
  /** Edit a connection's currencies */
  | 'EDIT_CONNECTION_CURRENCIES'
  /** Edit a connection's customer code/alias */
  | 'EDIT_CONNECTION_CUSTOMER_CODE'
  /** Edit a connection's discounts */
  | 'EDIT_CONNECTION_DISCOUNTS'
  /** Edit a connection's doors */
  | 'EDIT_CONNECTION_DOORS'
  /** Edit a connection's payment methods */
  | 'EDIT_CONNECTION_PAYMENT_METHODS'
  /** Edit a connection's sales reps */
  | 'EDIT_CONNECTION_SALES_REPS'
  /** Edit a connection's shipping methods */
  | 'EDIT_CONNECTION_SHIPPING_METHODS'
  /** Edit a connection's warehouses */
  | 'EDIT_CONNECTION_WAREHOUSES'
  /** Edit customer groups on the account level */
  | 'EDIT_CUSTOMER_GROUPS'
  /** Edit discount options on the account level */
  | 'EDIT_DISCOUNT_OPTIONS'
  /** Edit division settings (multiple divisions per order) */
  | 'EDIT_DIVISION_OPTIONS'
  /** Create and edit events on the app or the website */
  | 'EDIT_EVENTS'
  /** Edit the forecast */
  | 'EDIT_FORECAST'
  /** Add or edit inventory */
  | 'EDIT_INVENTORY'
  /** Control which retailers see inventory and how it is displayed */
  | 'EDIT_INVENTORY_SETTINGS'
  /** Add discounts on the order level */
  | 'EDIT_ORDER_DISCOUNTS'
  /** Edit the auto-generated PO number (custom PO) */
  | 'EDIT_PO_NUMBERS'
  /** Edit retailer order restrictions */
  | 'EDIT_RETAILER_ORDER_RESTRICTIONS'
  /** Edit style data */
  | 'EDIT_STYLES'
  /** Create custom style badges and add them to styles */
  | 'EDIT_STYLE_BADGES'
  /** Add, remove or change the division of each style */
  | 'EDIT_STYLE_DIVISIONS'
  /** Upload, remove and change style images */
  | 'EDIT_STYLE_IMAGES'
  /** Update the UPC of a style */
  | 'EDIT_UPCS'
  /** Force export of orders to an integration ("Set to Re-Export") */
  | 'FORCE_EXPORT_ORDERS'
  /** Import data */
  | 'IMPORTS'
  /** View invoices and invoice retailers */
  | 'INVOICE_RETAILERS'
  /** See payment settings and connect a Stripe account */
  | 'MANAGE_PAYMENTS_SETTINGS'
  /** Invite, re-invite, revoke, edit the permissions of and delete users */
  | 'MANAGE_USERS'
  /** Manually mark orders as exported */
  | 'MARK_ORDERS_EXPORTED'
  /** Merge orders (move products between orders) */
  | 'MERGE_ORDERS'
  /** Modify shared report presets */
  | 'MODIFY_SHARED_PRESETS'
  /** Use Open-to-Buy */
  | 'OPEN_TO_BUY'
  /** Place orders for styles without enough inventory available */
  | 'OVERSELL'
  /** See the Overstock report */
  | 'OVERSTOCK'
  /** See the Overview page */
  | 'OVERVIEW'
  /** Complete orders under the set minimums */
  | 'PLACE_ORDERS_UNDER_MINIMUM'
  /** Remove retailer connections */
  | 'REMOVE_CONNECTIONS'
  /** Use Replenishment */
  | 'REPLENISHMENT'
  /** See reports (Inventory KPIs) */
  | 'REPORTS'
  /** Manage email addresses and send any email from the software */
  | 'SEND_EMAILS'
  /** Change account settings */
  | 'SETTINGS'
  /** Change an order start ship to before the linesheet start ship */
  | 'SET_START_SHIP_BEFORE_LINESHEET_START_SHIP'
  /** Share linesheets */
  | 'SHARE_LINESHEETS'
  /** Create and manage stock (purchase) orders */
  | 'STOCK_ORDERS'
  /** Use Sync */
  | 'SYNC'
  /** Set linesheets to sync or un-sync from iPad */
  | 'SYNC_LINESHEETS_TO_IPAD'
  /** Use Wholesale */
  | 'WHOLESALE';

/** Whether a member has a capability, and why */
export type CapabilityDecision = {
  allowed: Scalars['Boolean']['output'];
  capability: Capability;
  feature?: Maybe<AccountFeature>;
  grantedBy: Array<PermissionKey>;
  reason: DecisionReason;
  requires?: Maybe<Capability>;
  restrictedBy: Array<PermissionKey>;
};

export type CreateProductInput = {
  category: Scalars['String']['input'];
  name: Scalars['String']['input'];
  variants: Array<VariantInput>;
  vendorId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateStockOrderInput = {
  /** YYYY-MM */
  expectedMonth: Scalars['String']['input'];
  vendorId: Scalars['ID']['input'];
  /** Where the order will be delivered */
  warehouseId: Scalars['ID']['input'];
};

export type CreateVendorInput = {
  leadTimeDays: Scalars['Int']['input'];
  name: Scalars['String']['input'];
};

export type CreateWholesaleOrderInput = {
  customerName: Scalars['String']['input'];
  /** One line per variant, from 1 to 500 lines */
  lines: Array<WholesaleLineInput>;
  /** Where the stock will be taken from */
  warehouseId: Scalars['ID']['input'];
};

/** Why a member has or lacks a capability */
export type DecisionReason =
  /** Granted: every member has it unless restricted */
  | 'EVERY_MEMBER'
  /** Denied: an account feature it needs is off */
  | 'FEATURE_DISABLED'
  /** Granted: the member has full access */
  | 'FULL_ACCESS'
  /** Granted by a permission set or Allow toggle */
  | 'GRANTED'
  /** Denied: nothing the member holds grants it */
  | 'NOT_GRANTED'
  /** Denied: it counts only together with another capability the member lacks */
  | 'REQUIRES_OTHER_CAPABILITY'
  /** Denied: a Restrict toggle that is on takes it away */
  | 'RESTRICTED';

/** A member's permissions as held, and the capabilities they add up to */
export type EffectivePermissions = {
  /** Every capability the member has now */
  capabilities: Array<Capability>;
  /** Every capability, granted or not, with the reason */
  decisions: Array<CapabilityDecision>;
  fullAccess: Scalars['Boolean']['output'];
  narrowings: Array<Narrowing>;
  /** The catalog entries held: permission sets and toggles that are on */
  permissions: Array<PermissionKey>;
};

/** Every `extensions.code` Roster answers with */
export type ErrorCode =
  /** Malformed input; `extensions.field` names the argument at fault */
  | 'BAD_USER_INPUT'
  /** The change clashes with existing data (already a member, already invited, email taken) */
  | 'CONFLICT'
  /** Signed in, but a capability (`extensions.capability`) or a rule (`extensions.rule`) says no */
  | 'FORBIDDEN'
  /** The invite link is past its expiry; an admin can re-invite */
  | 'INVITE_EXPIRED'
  /** The invite was revoked or replaced by a newer link */
  | 'INVITE_REVOKED'
  /** No such record in the caller's account (records of other accounts answer the same) */
  | 'NOT_FOUND'
  /** No valid session: missing, unknown, expired or ended token, or wrong credentials */
  | 'UNAUTHENTICATED';

/** Every `extensions.rule` a refusal can name */
export type ErrorRule =
  /** The session moved to another account; streams opened in the previous one end */
  | 'ACCOUNT_SWITCHED'
  /** Only a full-access user grants full access or changes a full-access user or invite */
  | 'FULL_ACCESS_REQUIRED'
  /** A manager grants only capabilities they hold and lifts only narrowings they are not under */
  | 'GRANT_NOT_HELD'
  /** Not enough units on hand in the warehouse */
  | 'INSUFFICIENT_STOCK'
  /** An account always keeps at least one full-access user */
  | 'LAST_FULL_ACCESS_USER'
  /** Only its owner changes a private record (a private report preset) */
  | 'NOT_OWNER'
  /** The vendor has no email address to send to: set one first */
  | 'NO_VENDOR_EMAIL'
  /** Nobody can change their own permissions */
  | 'SELF_EDIT'
  /** The user was deleted; deleted users cannot be changed */
  | 'USER_DELETED'
  /** The record is not in a status that allows this change (a placed stock order is no longer edited) */
  | 'WRONG_STATUS';

export type ForecastSource =
  /** The forecast set with setForecast, spread over warehouses by their share of sales */
  | 'EDITED'
  /** Sales velocity: units sold over the last 28 days, per day */
  | 'SALES';

/** A problem with one row of an imported CSV */
export type ImportRowError = {
  /** The column at fault, when it is one cell */
  column?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The data row at fault: 1 is the first row after the header, 0 the header itself */
  row: Scalars['Int']['output'];
};

/** What an import created, or, if any row was wrong, every row error (and then nothing was created) */
export type ImportStockOrdersResult = {
  /** Every problem found, by row; empty when the import was written */
  errors: Array<ImportRowError>;
  /** How many draft stock orders the import created (0 when a row was wrong); needs only imports */
  stockOrderCount: Scalars['Int']['output'];
  /** The draft stock orders created, one per vendor, warehouse and expected month; empty when a row was wrong. An order's fields need the stock orders capability besides imports; stockOrderCount needs only imports. */
  stockOrders: Array<StockOrder>;
};

/** Inventory KPIs of one category over a window of days ending today (UTC) */
export type InventoryKpiRow = {
  category: Scalars['String']['output'];
  /** Cost of the units sold in the window (at current variant cost) / stockValueCents, not annualised; null when there is no stock value */
  inventoryTurnover?: Maybe<Scalars['Float']['output']>;
  /** unitsSold / (unitsSold + unitsOnHand) × 100; null when both are 0 */
  sellThroughPercent?: Maybe<Scalars['Float']['output']>;
  /** Σ units on hand × variant cost, now */
  stockValueCents: Scalars['Cents']['output'];
  /** Units on hand now */
  unitsOnHand: Scalars['Count']['output'];
  /** Units sold in the window */
  unitsSold: Scalars['Count']['output'];
};

export type Invitation = {
  accountName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** True when this email already has a Roster login: accept with its password */
  hasLogin: Scalars['Boolean']['output'];
  /** Who sent this link: the inviter, or whoever re-sent it (the name the email gave) */
  invitedByName: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

/** An offer of membership sent by email. Visible to user managers only. */
export type Invite = {
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  acceptedBy?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  /** When the current link stops working */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedBy: User;
  lastSentAt: Scalars['DateTime']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** What the person will hold once they accept */
  permissions: Array<PermissionKey>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedBy?: Maybe<User>;
  /** How many emails were sent for it (1 + re-invites) */
  sentCount: Scalars['Int']['output'];
  status: InviteStatus;
};

export type InviteConnection = {
  nodes: Array<Invite>;
  pageInfo: PageInfo;
  /** Matching rows across all pages */
  totalCount: Scalars['Int']['output'];
};

/** Where an invite stands */
export type InviteStatus =
  /** Accepted: the person is a member */
  | 'ACCEPTED'
  /** Past its expiry without being accepted; re-invite to send a new link */
  | 'EXPIRED'
  /** Sent and waiting to be accepted */
  | 'PENDING'
  /** Revoked by an admin; the link no longer works */
  | 'REVOKED';

export type InviteUserInput = {
  email: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Full access unless you uncheck it: pass the permission sets and toggles instead */
  permissions?: InputMaybe<Array<PermissionKey>>;
};

export type LoginInput = {
  /** The account to act in; defaults to your oldest membership */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** The signed-in person, the account the session acts in, and their permissions there */
export type Me = {
  /** The account this session acts in */
  account: Account;
  /** Every account you are an active member of; `switchAccount` moves the session */
  accounts: Array<Account>;
  /** Whether you have a capability now (ask before showing a button) */
  can: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  /** Whether you have a capability, and why (which entry grants it, restricts it, or which feature is off) */
  explain: CapabilityDecision;
  name: Scalars['String']['output'];
  /** Your effective permissions in the current account */
  permissions: EffectivePermissions;
  /** The person's id, the same in every account; `user { id }` is your membership of this one */
  personId: Scalars['ID']['output'];
  /** Your membership of the current account */
  user: User;
};


/** The signed-in person, the account the session acts in, and their permissions there */
export type MeCanArgs = {
  capability: Capability;
};


/** The signed-in person, the account the session acts in, and their permissions there */
export type MeExplainArgs = {
  capability: Capability;
};

/** A change to the membership of your account, as recorded in the audit log */
export type MembershipChange = {
  action: AuditAction;
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  /** The audit log entry */
  id: Scalars['ID']['output'];
  invite?: Maybe<Invite>;
  target?: Maybe<User>;
};

export type Mutation = {
  /** Joins the account from an invite link and signs in. Public: the token is the proof. */
  acceptInvite: AuthPayload;
  /** Confirms a DRAFT wholesale order and takes its stock from the warehouse (all lines, or none if any lacks stock) */
  confirmWholesaleOrder: WholesaleOrder;
  /** Adds a product with its variants to the catalog */
  createProduct: Product;
  /** Starts a DRAFT stock order to a vendor for a warehouse */
  createStockOrder: StockOrder;
  /** Adds a vendor (its email address is set with setVendorEmail) */
  createVendor: Vendor;
  createWarehouse: Warehouse;
  /** Creates a DRAFT wholesale order; no stock is taken until it is confirmed */
  createWholesaleOrder: WholesaleOrder;
  /** Deletes the caller's own private preset; the id of a shared preset deletes it only with MODIFY_SHARED_PRESETS */
  deleteReportPreset: ReportPreset;
  /** Deletes a shared preset */
  deleteSharedReportPreset: ReportPreset;
  /** Removes a user from the account and ends their sessions; their name stays on history. */
  deleteUser: User;
  /** Creates DRAFT stock orders from a CSV with the header vendor,warehouse,expected_month,sku,quantity,unit_cost_cents (vendor and warehouse by name; quantity from 1 to 1,000,000; unit_cost_cents may be empty for the variant’s cost). Rows with the same vendor, warehouse and month become one order. At most 5,000 rows and 1 MB; if any row is wrong nothing is created. */
  importStockOrders: ImportStockOrdersResult;
  /** Invites a person by email; they get a link valid for INVITE_TTL_DAYS (7 by default). */
  inviteUser: Invite;
  /** Starts a session. Public. */
  login: AuthPayload;
  /** Ends this session; its token stops working at once */
  logout: Scalars['Boolean']['output'];
  /** Places a DRAFT stock order that has at least one line: it becomes PLACED and is no longer edited */
  placeStockOrder: StockOrder;
  /** Receives a PLACED stock order: every line’s quantity is added to stock in its warehouse */
  receiveStockOrder: StockOrder;
  /** Records units of a variant sold on a day from a warehouse (replacing that day’s figure) */
  recordSales: Variant;
  /** Re-invites: a new link and a new expiry; the old link stops working. */
  resendInvite: Invite;
  revokeInvite: Invite;
  /** Brings the catalog up to date with the store (here: counts the account's variants and warehouses); any member may */
  runSync: SyncRun;
  /** Creates a private preset, or changes the caller's own private preset; the id of a shared preset changes it only with MODIFY_SHARED_PRESETS */
  saveReportPreset: ReportPreset;
  /** Creates a preset shared with the account, or changes a shared preset */
  saveSharedReportPreset: ReportPreset;
  /** Emails a PLACED or RECEIVED stock order to its vendor. Needs stock orders and sending emails. */
  sendStockOrder: StockOrder;
  /** Sets the Open-to-Buy budget of a category for a month (replacing any earlier one) */
  setBudget: Budget;
  /** "Edit forecast": overrides the sales forecast of a variant, which replenishment then uses */
  setForecast: Variant;
  /** Sets units on hand of a variant in a warehouse (after a count) */
  setStockLevel: Variant;
  /** Adds, changes or (quantity 0) removes the line of a variant on a DRAFT stock order */
  setStockOrderLine: StockOrder;
  /** Sets or clears the address stock orders are emailed to ("Email addresses") */
  setVendorEmail: Vendor;
  /** Creates an account with you as its first user, with full access. Public. */
  signUp: AuthPayload;
  /** Moves this session to another account you are a member of */
  switchAccount: Me;
  /** Changes the account's settings and features. Needs the settings capability (full access). */
  updateAccount: Account;
  /** Changes the account's plan, billing email or card on file */
  updateBilling: Billing;
  /** Replaces a user's permissions. Needs user management; grants only what the caller holds. */
  updateUserPermissions: User;
  /** Changes a variant's title, cost or price */
  updateVariant: Variant;
};


export type MutationAcceptInviteArgs = {
  input: AcceptInviteInput;
};


export type MutationConfirmWholesaleOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateStockOrderArgs = {
  input: CreateStockOrderInput;
};


export type MutationCreateVendorArgs = {
  input: CreateVendorInput;
};


export type MutationCreateWarehouseArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateWholesaleOrderArgs = {
  input: CreateWholesaleOrderInput;
};


export type MutationDeleteReportPresetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSharedReportPresetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationImportStockOrdersArgs = {
  csv: Scalars['String']['input'];
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationPlaceStockOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReceiveStockOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordSalesArgs = {
  input: RecordSalesInput;
};


export type MutationResendInviteArgs = {
  inviteId: Scalars['ID']['input'];
};


export type MutationRevokeInviteArgs = {
  inviteId: Scalars['ID']['input'];
};


export type MutationSaveReportPresetArgs = {
  input: SaveReportPresetInput;
};


export type MutationSaveSharedReportPresetArgs = {
  input: SaveReportPresetInput;
};


export type MutationSendStockOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetBudgetArgs = {
  input: SetBudgetInput;
};


export type MutationSetForecastArgs = {
  input: SetForecastInput;
};


export type MutationSetStockLevelArgs = {
  input: SetStockLevelInput;
};


export type MutationSetStockOrderLineArgs = {
  input: SetStockOrderLineInput;
};


export type MutationSetVendorEmailArgs = {
  input: SetVendorEmailInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSwitchAccountArgs = {
  accountId: Scalars['ID']['input'];
};


export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


export type MutationUpdateBillingArgs = {
  input: UpdateBillingInput;
};


export type MutationUpdateUserPermissionsArgs = {
  input: UpdateUserPermissionsInput;
};


export type MutationUpdateVariantArgs = {
  input: UpdateVariantInput;
};

/** What a SCOPE entry narrows */
export type Narrowing =
  /** Retailer connections are limited to the regions assigned to the member */
  | 'CONNECTIONS_BY_REGION';

/** Budget against stock orders for one month and category. Money is in cents. */
export type OpenToBuyRow = {
  /** The budget set for the month and category (0 when none) */
  budgetCents: Scalars['Cents']['output'];
  category: Scalars['String']['output'];
  /** Σ quantity × unit cost of the lines of placed or received stock orders expected that month, for products of the category (drafts do not count) */
  committedCents: Scalars['Cents']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** Budget − committed; negative when over budget */
  remainingCents: Scalars['Cents']['output'];
};

/** Stock beyond the account's overstockCoverDays of forecast sales: excessUnits = onHand − ceil(dailyForecast × overstockCoverDays) */
export type OverstockRow = {
  dailyForecast: Scalars['Float']['output'];
  daysOfCover?: Maybe<Scalars['Float']['output']>;
  excessUnits: Scalars['Int']['output'];
  /** Excess units at cost */
  excessValueCents: Scalars['Cents']['output'];
  onHand: Scalars['Int']['output'];
  variant: Variant;
  warehouse: Warehouse;
};

/** Headline figures of the account, computed from stock levels, sales and costs. Money is in cents. */
export type Overview = {
  /** Excess units at cost (see `overstock`) */
  overstockValueCents: Scalars['Cents']['output'];
  /** Units on hand at price */
  retailValueCents: Scalars['Cents']['output'];
  /** Units on hand in every warehouse */
  stockUnits: Scalars['Count']['output'];
  /** Units on hand at cost */
  stockValueCents: Scalars['Cents']['output'];
  unitsSoldLast28Days: Scalars['Count']['output'];
  /** Variants with stock records or sales and no unit on hand in any warehouse */
  variantsOutOfStock: Scalars['Int']['output'];
};

export type PageInfo = {
  /** Pass as `after` to get the next page */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** One row of the seed tables: a permission set or a per-user toggle */
export type PermissionCatalogEntry = {
  category: PermissionCategory;
  /** What the entry does in Roster */
  description: Scalars['String']['output'];
  /** Capabilities granted while held */
  grants: Array<Capability>;
  /** Schema coordinates (`Type` or `Type.field`) guarded by a capability this entry grants or removes, read from the schema's declared rules. Full access lists those guarded by capabilities only it grants. */
  guards: Array<Scalars['String']['output']>;
  key: PermissionKey;
  kind: PermissionKind;
  /** The seed's name, verbatim */
  name: Scalars['String']['output'];
  narrows?: Maybe<Narrowing>;
  /** Why the description differs from the seed */
  note?: Maybe<Scalars['String']['output']>;
  /** Capabilities taken away while on */
  removes: Array<Capability>;
  /** The seed's description, verbatim */
  seedDescription: Scalars['String']['output'];
  source: PermissionSource;
};

/** The group a catalog entry belongs to */
export type PermissionCategory =
  /** Account */
  | 'ACCOUNT'
  /** Connections */
  | 'CONNECTIONS'
  /** Inventory */
  | 'INVENTORY'
  /** Linesheet */
  | 'LINESHEET'
  /** Orders */
  | 'ORDERS'
  /** Inventory Planner permission sets */
  | 'PERMISSION_SETS'
  /** Styles */
  | 'STYLES';

/** Why permissions changed */
export type PermissionChangeCause =
  /** An account feature that gates capabilities was switched */
  | 'ACCOUNT_FEATURES_CHANGED'
  /** The session moved to another account; this stream was about the previous one and ends */
  | 'ACCOUNT_SWITCHED'
  /** The member's permission sets or toggles were edited */
  | 'PERMISSIONS_EDITED'
  /** The session ended (logout, deletion of the member, expiry): no permissions remain */
  | 'SESSION_ENDED';

/** The stable key of a permission catalog entry (see `permissionCatalog`) */
export type PermissionKey =
  /** Allow Apply Custom Style Badges to Admin Linesheets: User can apply custom style badges such as "Best Seller" to styles on Admin linesheets */
  | 'ALLOW_APPLY_BADGES_TO_ADMIN_LINESHEETS'
  /** Allow Assign Company Numbers: User can assign company numbers to retailer connections */
  | 'ALLOW_ASSIGN_COMPANY_NUMBERS'
  /** Allow Assign Customer Groups: User can assign customer groups to retailer connections */
  | 'ALLOW_ASSIGN_CUSTOMER_GROUPS'
  /** Can assign orders to new connections: User can use the "assign a retailer" action to assign orders to retailers they are not connected with yet */
  | 'ALLOW_ASSIGN_ORDERS_TO_NEW_CONNECTIONS'
  /** Allow Edit Brand Settings: User can edit the "brand account information" under "my settings" */
  | 'ALLOW_EDIT_BRAND_SETTINGS'
  /** Allow Edit Company Numbers: User can add or edit company numbers */
  | 'ALLOW_EDIT_COMPANY_NUMBERS'
  /** Allow Edit Customer Groups: User can edit “Customer Groups” on the account level */
  | 'ALLOW_EDIT_CUSTOMER_GROUPS'
  /** Allow Edit Discount Options: User can edit “Discount Options" on the account level */
  | 'ALLOW_EDIT_DISCOUNT_OPTIONS'
  /** Allow Edit Divisions: User can add, remove, or change the division assigned to each style */
  | 'ALLOW_EDIT_DIVISIONS'
  /** Allow Edit Division Options: User can edit their "Division Settings" to allow multiple divisions per order in "order settings" */
  | 'ALLOW_EDIT_DIVISION_OPTIONS'
  /** Allow Edit Inventory: User can add and edit inventory */
  | 'ALLOW_EDIT_INVENTORY'
  /** Allow Edit Inventory Settings: User can control which retailers can see inventory, how inventory is displayed and other inventory-specific permissions */
  | 'ALLOW_EDIT_INVENTORY_SETTINGS'
  /** Allow Edit Retailer Order Restrictions: User can edit Retailer Order Restrictions. These include allowing retailers to edit order details, place orders that do not meet the minimum, etc. */
  | 'ALLOW_EDIT_RETAILER_ORDER_RESTRICTIONS'
  /** Allow Add/Edit Custom Style Badges: User can create and add custom badges to styles, i.e "Best Seller" */
  | 'ALLOW_EDIT_STYLE_BADGES'
  /** Allow Edit Style Images: User can upload, remove, and change style images */
  | 'ALLOW_EDIT_STYLE_IMAGES'
  /** Allow Edit UPCs: User can update the UPC on a style */
  | 'ALLOW_EDIT_UPCS'
  /** Allow Force Export of Orders: User can force export orders when an integration is set up- "Set to Re-Export" button will be visible on the Orders page */
  | 'ALLOW_FORCE_EXPORT_ORDERS'
  /** Allow invoice retailers: User can view invoices and invoice retailers */
  | 'ALLOW_INVOICE_RETAILERS'
  /** Allow Manage Payments Settings: User can see "payment settings" page and connect to a stripe account */
  | 'ALLOW_MANAGE_PAYMENTS_SETTINGS'
  /** Allow Manage Permissions: User can invite, re-invite, revoke invites, edit the permissions of and delete users, granting only what they hold themselves */
  | 'ALLOW_MANAGE_PERMISSIONS'
  /** Allow to Mark Orders as Exported: User can manually mark orders as exported from the Orders page. */
  | 'ALLOW_MARK_ORDERS_EXPORTED'
  /** Enable Geographic permissions on the Brand App: User reaches only the retailer connections in the geographic regions assigned to them */
  | 'ENABLE_GEOGRAPHIC_PERMISSIONS'
  /** Full access: Every capability, including managing users, billing and settings; restrictions do not apply. Selected by default when inviting. */
  | 'FULL_ACCESS'
  /** Inventory KPIs: Reports (Inventory KPIs) */
  | 'INVENTORY_KPIS'
  /** Modify shared presets: Modify shared report presets; counts only together with a permission that grants reports */
  | 'MODIFY_SHARED_PRESETS'
  /** Open-to-Buy: Open-to-Buy */
  | 'OPEN_TO_BUY'
  /** Overstock: Overstock */
  | 'OVERSTOCK'
  /** Overview: Overview */
  | 'OVERVIEW'
  /** Purchase orders: Stock orders, Wholesale (when the account has it enabled), Imports, Email addresses; the only set that allows sending emails. */
  | 'PURCHASE_ORDERS'
  /** Replenishment: Replenishment, Edit forecast, Catalog, Compare warehouses */
  | 'REPLENISHMENT'
  /** Restrict Add Client: User cannot add a new client on the iPad */
  | 'RESTRICT_ADD_CLIENT'
  /** Restrict Add/Copy Styles: User cannot add new styles or copy existing styles */
  | 'RESTRICT_ADD_STYLES'
  /** Restrict Add Styles to Order if Order Start Ship is Before Linesheet Start Ship: The user cannot add styles to an order if the order ship date is before the linesheet ship date */
  | 'RESTRICT_ADD_STYLES_BEFORE_LINESHEET_START_SHIP'
  /** Restrict User from Approving Orders: User cannot move orders into the "approved" or "shipped" statuses */
  | 'RESTRICT_APPROVE_ORDERS'
  /** Restrict Archive Admin Linesheets: User cannot archive current Admin linesheets */
  | 'RESTRICT_ARCHIVE_ADMIN_LINESHEETS'
  /** Restrict Cancel Styles: User cannot use the cancel/replace styles tool */
  | 'RESTRICT_CANCEL_STYLES'
  /** Restrict Change Delivery Dates: User cannot change order delivery dates- they must use default pre-set linesheet dates */
  | 'RESTRICT_CHANGE_DELIVERY_DATES'
  /** Restrict User from Creating Custom PO: User cannot replace the auto-generated PO number with a custom one */
  | 'RESTRICT_CUSTOM_PO'
  /** Restrict Delete Admin Linesheets: User cannot delete current Admin linesheets */
  | 'RESTRICT_DELETE_ADMIN_LINESHEETS'
  /** Restrict Delete Styles: User cannot delete styles */
  | 'RESTRICT_DELETE_STYLES'
  /** Restrict Add/Edit Admin Linesheets: User cannot create or edit Admin linesheets, they can only create custom linesheets */
  | 'RESTRICT_EDIT_ADMIN_LINESHEETS'
  /** Restrict Edit Privacy Settings Admin Linesheets: User cannot edit the privacy settings of Admin linesheets */
  | 'RESTRICT_EDIT_ADMIN_LINESHEET_PRIVACY'
  /** Restrict Edit Approved/Shipped Orders: User cannot edit orders in approved or shipped status */
  | 'RESTRICT_EDIT_APPROVED_SHIPPED_ORDERS'
  /** Restrict Edit Billing/Shipping: User cannot edit a retailer connection's billing/shipping data (Customer Specific Data on the retailer's profile) */
  | 'RESTRICT_EDIT_BILLING_SHIPPING'
  /** Restrict Edit Budgets: User cannot edit a retailer connection's budgets (Customer Specific Data on the retailer's profile) */
  | 'RESTRICT_EDIT_BUDGETS'
  /** Restrict Edit Buyers: User cannot edit a retailer connection's buyers (Customer Specific Data on the retailer's profile) */
  | 'RESTRICT_EDIT_BUYERS'
  /** Restrict Edit Discounts: User cannot edit a retailer connection's discounts (Customer Specific Data on the retailer's profile) */
  | 'RESTRICT_EDIT_CONNECTION_DISCOUNTS'
  /** Restrict Edit Currencies: User cannot edit a retailer connection's currencies (Customer Specific Data on the retailer's profile) */
  | 'RESTRICT_EDIT_CURRENCIES'
  /** Restrict Edit Customer Code/Alias: User cannot edit a retailer connection's customer code/alias (Customer Specific Data on the retailer's profile) */
  | 'RESTRICT_EDIT_CUSTOMER_CODE'
  /** Restrict Edit Doors: User cannot edit a retailer connection's doors (Customer Specific Data on the retailer's profile) */
  | 'RESTRICT_EDIT_DOORS'
  /** Restrict Add/Edit Events: User cannot create or edit events on the app or the website */
  | 'RESTRICT_EDIT_EVENTS'
  /** Restrict Edit Discounts: User cannot add discounts on the order level. User can still add discounts at the SKU level or at the retailer level */
  | 'RESTRICT_EDIT_ORDER_DISCOUNTS'
  /** Restrict Edit Payment Methods: User cannot edit a retailer connection's payment methods (Customer Specific Data on the retailer's profile) */
  | 'RESTRICT_EDIT_PAYMENT_METHODS'
  /** Restrict Edit Sales Reps: User cannot edit a retailer connection's sales reps (Customer Specific Data on the retailer's profile) */
  | 'RESTRICT_EDIT_SALES_REPS'
  /** Restrict Edit Shipping Methods: User cannot edit a retailer connection's shipping methods (Customer Specific Data on the retailer's profile) */
  | 'RESTRICT_EDIT_SHIPPING_METHODS'
  /** Restrict Edit Styles data: User cannot edit style data */
  | 'RESTRICT_EDIT_STYLES'
  /** Restrict Edit Warehouses: User cannot edit a retailer connection's warehouses (Customer Specific Data on the retailer's profile) */
  | 'RESTRICT_EDIT_WAREHOUSES'
  /** Restrict Move Products: User cannot merge orders (move products from one order into another) */
  | 'RESTRICT_MOVE_PRODUCTS'
  /** Restrict User from Placing Orders Under Minimum: If minimums are set, the user will not be able to complete orders under the minimum */
  | 'RESTRICT_ORDERS_UNDER_MINIMUM'
  /** Restrict overselling by brand account user: User cannot place an order for a style where there is insufficient inventory available */
  | 'RESTRICT_OVERSELLING'
  /** Restrict Remove Connections: User cannot remove retail connections */
  | 'RESTRICT_REMOVE_CONNECTIONS'
  /** Restrict Share Linesheets: User cannot share any linesheets */
  | 'RESTRICT_SHARE_LINESHEETS'
  /** Restrict Change Order Start Ship Before Linesheet Start Ship: User cannot change order start ship date to a date that is before the linesheet start ship date */
  | 'RESTRICT_START_SHIP_BEFORE_LINESHEET_START_SHIP'
  /** Restrict Sync to iPad Linesheets: User cannot set a linesheet to sync or un-sync from iPad */
  | 'RESTRICT_SYNC_LINESHEETS_TO_IPAD';

/** How a catalog entry acts on capabilities */
export type PermissionKind =
  /** Grants a capability members lack by default (JOOR "Allow …") */
  | 'ALLOW'
  /** Grants a bundle of capabilities (Inventory Planner) */
  | 'PERMISSION_SET'
  /** Removes a capability members have by default; deny wins (JOOR "Restrict …") */
  | 'RESTRICT'
  /** Narrows which records a capability reaches (JOOR geographic permissions) */
  | 'SCOPE';

/** The help page a catalog entry comes from */
export type PermissionSource =
  /** Inventory Planner */
  | 'INVENTORY_PLANNER'
  /** JOOR */
  | 'JOOR';

/** Your effective permissions after a change, and what the change added and removed */
export type PermissionsChange = {
  at: Scalars['DateTime']['output'];
  capabilitiesAdded: Array<Capability>;
  capabilitiesRemoved: Array<Capability>;
  cause: PermissionChangeCause;
  /** Null in the final event of an ended session */
  permissions?: Maybe<EffectivePermissions>;
  permissionsAdded: Array<PermissionKey>;
  permissionsRemoved: Array<PermissionKey>;
  /** Set in the final event, after which the stream (and a WebSocket) closes */
  sessionEnded?: Maybe<SessionEnd>;
};

/** A product of the catalog, with its variants */
export type Product = {
  category: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  variants: Array<Variant>;
  vendor?: Maybe<Vendor>;
};

export type ProductConnection = {
  nodes: Array<Product>;
  pageInfo: PageInfo;
  /** Matching rows across all pages */
  totalCount: Scalars['Int']['output'];
};

export type Query = {
  /** The account the session acts in */
  account: Account;
  /** Every recorded change in the account (users, invites, permissions, and every feature), newest first */
  auditLog: AuditEntryConnection;
  /** Stock, sales and cover of each variant side by side in every warehouse */
  compareWarehouses: Array<WarehouseComparison>;
  /** Inventory KPIs per category (categories with stock or sales in the window), by category */
  inventoryKpis: Array<InventoryKpiRow>;
  /** The invite behind an emailed link, for the accept page. Public: the token is the proof. */
  invitation: Invitation;
  /** Invites of the account, newest first; expired ones are ready to re-invite */
  invites: InviteConnection;
  me: Me;
  /** Open-to-Buy per month and category, by month then category: every month of the range with a budget or a commitment. At most 24 months. */
  openToBuy: Array<OpenToBuyRow>;
  /** The Overstock report: variants above their target cover, largest excess value first */
  overstock: Array<OverstockRow>;
  /** The Overview page */
  overview: Overview;
  /** Every permission set and toggle Roster knows, from both seed help pages. Public. */
  permissionCatalog: Array<PermissionCatalogEntry>;
  /** The catalog, oldest first */
  products: ProductConnection;
  /** What to reorder, per variant and warehouse, largest suggestion first */
  replenishment: Array<ReplenishmentSuggestion>;
  /** The caller's private report presets and every shared one, oldest first */
  reportPresets: Array<ReportPreset>;
  /** One stock order of the account */
  stockOrder: StockOrder;
  /** The account's stock orders, newest first */
  stockOrders: StockOrderConnection;
  /** The account's sync runs, newest first */
  syncRuns: SyncRunConnection;
  user: User;
  /** Members of the account, oldest first */
  users: UserConnection;
  variant: Variant;
  /** The account's vendors */
  vendors: Array<Vendor>;
  /** The account's warehouses */
  warehouses: Array<Warehouse>;
  /** One wholesale order of the account */
  wholesaleOrder: WholesaleOrder;
  /** The account's wholesale orders, newest first (only while the account's wholesale feature is on) */
  wholesaleOrders: WholesaleOrderConnection;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  subjectType?: InputMaybe<AuditSubjectType>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCompareWarehousesArgs = {
  variantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryInventoryKpisArgs = {
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  days?: InputMaybe<Scalars['Int']['input']>;
  warehouseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InviteStatus>;
};


export type QueryOpenToBuyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReplenishmentArgs = {
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStockOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStockOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<StockOrderStatus>;
};


export type QuerySyncRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<UserStatus>;
};


export type QueryVariantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWholesaleOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWholesaleOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordSalesInput = {
  /** YYYY-MM-DD */
  day: Scalars['String']['input'];
  units: Scalars['Int']['input'];
  variantId: Scalars['ID']['input'];
  warehouseId: Scalars['ID']['input'];
};

/** Where a variant stands in a warehouse, and how many units to order: ceil(dailyForecast × (leadTimeDays + account coverDays) − onHand − onOrder), never below zero */
export type ReplenishmentSuggestion = {
  dailyForecast: Scalars['Float']['output'];
  /** How long the stock on hand lasts at the forecast rate */
  daysOfCover?: Maybe<Scalars['Float']['output']>;
  forecastSource: ForecastSource;
  /** The product's vendor's lead time (14 days without a vendor) */
  leadTimeDays: Scalars['Int']['output'];
  onHand: Scalars['Int']['output'];
  /** Units on placed stock orders not yet received */
  onOrder: Scalars['Int']['output'];
  soldLast28Days: Scalars['Int']['output'];
  suggestedQuantity: Scalars['Int']['output'];
  variant: Variant;
  warehouse: Warehouse;
};

/** What an Inventory KPIs report is run over; empty lists mean "all" */
export type ReportFilters = {
  categories: Array<Scalars['String']['output']>;
  /** Days of sales counted, ending today */
  days: Scalars['Int']['output'];
  warehouseIds: Array<Scalars['ID']['output']>;
};

export type ReportFiltersInput = {
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 365 (default 30) */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** The account's warehouses */
  warehouseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Saved filters for the Inventory KPIs report: private to its owner, or shared with the account */
export type ReportPreset = {
  filters: ReportFilters;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Who created the preset */
  owner: User;
  /** Shared presets are seen by every member with reports and changed only with MODIFY_SHARED_PRESETS */
  shared: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type SaveReportPresetInput = {
  filters: ReportFiltersInput;
  /** The preset to change; without it a new one is created */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

/** Why a session ended */
export type SessionEnd =
  /** The session passed its expiry */
  | 'EXPIRED'
  /** The session logged out */
  | 'LOGOUT'
  /** The member was deleted from the account */
  | 'MEMBER_DELETED';

export type SetBudgetInput = {
  amountCents: Scalars['Cents']['input'];
  category: Scalars['String']['input'];
  /** YYYY-MM */
  month: Scalars['String']['input'];
};

export type SetForecastInput = {
  /** Expected units sold per 30 days; null returns to sales velocity */
  monthlyUnits?: InputMaybe<Scalars['Int']['input']>;
  variantId: Scalars['ID']['input'];
};

export type SetStockLevelInput = {
  onHand: Scalars['Int']['input'];
  variantId: Scalars['ID']['input'];
  warehouseId: Scalars['ID']['input'];
};

export type SetStockOrderLineInput = {
  /** Units to order, up to 1,000,000; 0 removes the line */
  quantity: Scalars['Int']['input'];
  stockOrderId: Scalars['ID']['input'];
  /** What one unit costs; the variant's cost when left out */
  unitCostCents?: InputMaybe<Scalars['Cents']['input']>;
  variantId: Scalars['ID']['input'];
};

export type SetVendorEmailInput = {
  /** Where stock orders are emailed; null clears it */
  email?: InputMaybe<Scalars['String']['input']>;
  vendorId: Scalars['ID']['input'];
};

export type SignUpInput = {
  accountName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 8 characters */
  password: Scalars['String']['input'];
};

/** Units of a variant on hand in one warehouse */
export type StockLevel = {
  onHand: Scalars['Int']['output'];
  warehouse: Warehouse;
};

/** A purchase order to a vendor, delivered to one warehouse: DRAFT, then PLACED, then RECEIVED */
export type StockOrder = {
  createdAt: Scalars['DateTime']['output'];
  /** Who created the order */
  createdBy: User;
  /** When it was last emailed to its vendor */
  emailedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The month (YYYY-MM) the order is expected in */
  expectedMonth: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What is ordered, in the order it was added */
  lines: Array<StockOrderLine>;
  placedAt?: Maybe<Scalars['DateTime']['output']>;
  receivedAt?: Maybe<Scalars['DateTime']['output']>;
  status: StockOrderStatus;
  /** The sum of the lines’ totals */
  totalCents: Scalars['Cents']['output'];
  /** Who the order goes to */
  vendor: Vendor;
  /** Where the order is delivered and its stock added when received */
  warehouse: Warehouse;
};

export type StockOrderConnection = {
  nodes: Array<StockOrder>;
  pageInfo: PageInfo;
  /** Matching rows across all pages */
  totalCount: Scalars['Int']['output'];
};

/** Units of one variant on a stock order, at a unit cost. Money is in cents. */
export type StockOrderLine = {
  id: Scalars['ID']['output'];
  /** Units ordered */
  quantity: Scalars['Int']['output'];
  /** quantity × unitCostCents */
  totalCents: Scalars['Cents']['output'];
  /** What one unit costs on this order */
  unitCostCents: Scalars['Cents']['output'];
  /** What is ordered */
  variant: Variant;
};

/** Where a stock order stands */
export type StockOrderStatus =
  /** Being prepared: lines can be added, changed and removed */
  | 'DRAFT'
  /** Placed with the vendor: no longer edited, waiting to be received */
  | 'PLACED'
  /** Received: its quantities were added to stock in its warehouse */
  | 'RECEIVED';

export type Subscription = {
  /** Invites sent, re-sent, accepted, expired and revoked; permission edits; deletions in your account. Ends with FORBIDDEN the moment you may no longer manage users. */
  accountMembershipChanged: MembershipChange;
  /** Your effective permissions whenever they change; a final event with `sessionEnded` when your session ends. */
  myPermissionsChanged: PermissionsChange;
};

/** One run of Sync: who started it and what it brought up to date */
export type SyncRun = {
  finishedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  startedAt: Scalars['DateTime']['output'];
  startedBy: User;
  /** Variants in the catalog after the run */
  variantCount: Scalars['Int']['output'];
  /** Warehouses after the run */
  warehouseCount: Scalars['Int']['output'];
};

export type SyncRunConnection = {
  nodes: Array<SyncRun>;
  pageInfo: PageInfo;
  /** Matching rows across all pages */
  totalCount: Scalars['Int']['output'];
};

export type UpdateAccountInput = {
  /** 1 to 365 */
  coverDays?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 730 */
  overstockCoverDays?: InputMaybe<Scalars['Int']['input']>;
  wholesaleEnabled?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateBillingInput = {
  billingEmail?: InputMaybe<Scalars['String']['input']>;
  /** Exactly 4 digits */
  cardLast4?: InputMaybe<Scalars['String']['input']>;
  /** Also sets the monthly price */
  plan?: InputMaybe<BillingPlan>;
};

export type UpdateUserPermissionsInput = {
  /** The complete new set: FULL_ACCESS for full access; otherwise permission sets and the toggles that are on */
  permissions: Array<PermissionKey>;
  userId: Scalars['ID']['input'];
};

export type UpdateVariantInput = {
  costCents?: InputMaybe<Scalars['Cents']['input']>;
  priceCents?: InputMaybe<Scalars['Cents']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  variantId: Scalars['ID']['input'];
};

/** A person's membership of the account: what admins invite, edit and delete */
export type User = {
  /** Whether the user has a capability now. Visible to the user themselves and to user managers. */
  can?: Maybe<Scalars['Boolean']['output']>;
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  deletedBy?: Maybe<User>;
  email: Scalars['String']['output'];
  /** Whether the user has a capability, and why. Visible to the user themselves and to user managers. */
  explain?: Maybe<CapabilityDecision>;
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  /** What the user holds and may do. Visible to the user themselves and to user managers. */
  permissions: EffectivePermissions;
  status: UserStatus;
};


/** A person's membership of the account: what admins invite, edit and delete */
export type UserCanArgs = {
  capability: Capability;
};


/** A person's membership of the account: what admins invite, edit and delete */
export type UserExplainArgs = {
  capability: Capability;
};

export type UserConnection = {
  nodes: Array<User>;
  pageInfo: PageInfo;
  /** Matching rows across all pages */
  totalCount: Scalars['Int']['output'];
};

export type UserStatus =
  /** A member who can sign in and act in the account */
  | 'ACTIVE'
  /** Removed from the account; kept so history still shows their name and email */
  | 'DELETED';

/** A sellable variant of a product: what is stocked, ordered and sold. Money is in cents. */
export type Variant = {
  /** What a unit costs the account; visible with the catalog */
  costCents?: Maybe<Scalars['Cents']['output']>;
  /** The edited forecast (units per 30 days), or null when replenishment uses sales velocity */
  forecastMonthlyUnits?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** (price − cost) / price × 100; visible with the catalog */
  marginPercent?: Maybe<Scalars['Float']['output']>;
  priceCents: Scalars['Cents']['output'];
  product: Product;
  sku: Scalars['String']['output'];
  /** Units on hand per warehouse; visible with the catalog */
  stock?: Maybe<Array<StockLevel>>;
  title: Scalars['String']['output'];
};

export type VariantInput = {
  costCents: Scalars['Cents']['input'];
  priceCents: Scalars['Cents']['input'];
  sku: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A supplier stock orders go to */
export type Vendor = {
  /** Where stock orders are emailed ("Email addresses", part of Purchase orders) */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Days from placing an order to receiving it */
  leadTimeDays: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** A place stock is kept */
export type Warehouse = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One variant across the warehouses that stock or sell it */
export type WarehouseComparison = {
  variant: Variant;
  warehouses: Array<ReplenishmentSuggestion>;
};

export type WholesaleLineInput = {
  /** Units sold, from 1 to 1,000,000 */
  quantity: Scalars['Int']['input'];
  /** What one unit sells for; the variant's price when left out */
  unitPriceCents?: InputMaybe<Scalars['Cents']['input']>;
  variantId: Scalars['ID']['input'];
};

/** An order from a wholesale customer, shipped from one warehouse; confirming it takes the stock */
export type WholesaleOrder = {
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Who created the order */
  createdBy: User;
  customerName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lines: Array<WholesaleOrderLine>;
  status: WholesaleOrderStatus;
  /** The sum of the lines’ totals */
  totalCents: Scalars['Cents']['output'];
  /** Where the stock is taken from */
  warehouse: Warehouse;
};

export type WholesaleOrderConnection = {
  nodes: Array<WholesaleOrder>;
  pageInfo: PageInfo;
  /** Matching rows across all pages */
  totalCount: Scalars['Int']['output'];
};

/** Units of one variant sold on a wholesale order, at a unit price. Money is in cents. */
export type WholesaleOrderLine = {
  id: Scalars['ID']['output'];
  /** Units sold */
  quantity: Scalars['Int']['output'];
  /** quantity × unitPriceCents */
  totalCents: Scalars['Cents']['output'];
  /** What the customer pays for one unit */
  unitPriceCents: Scalars['Cents']['output'];
  /** What is sold */
  variant: Variant;
};

/** Where a wholesale order stands */
export type WholesaleOrderStatus =
  /** Confirmed: its stock was taken from its warehouse */
  | 'CONFIRMED'
  /** Created; no stock taken yet */
  | 'DRAFT';

export type KitCreateWarehouseMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type KitCreateWarehouseMutation = { createWarehouse: { id: string, name: string } };

export type KitCreateVendorMutationVariables = Exact<{
  input: CreateVendorInput;
}>;


export type KitCreateVendorMutation = { createVendor: { id: string, name: string } };

export type KitCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type KitCreateProductMutation = { createProduct: { id: string, variants: Array<{ id: string, sku: string }> } };

export type KitSetStockLevelMutationVariables = Exact<{
  input: SetStockLevelInput;
}>;


export type KitSetStockLevelMutation = { setStockLevel: { id: string } };

export type KitRecordSalesMutationVariables = Exact<{
  input: RecordSalesInput;
}>;


export type KitRecordSalesMutation = { recordSales: { id: string } };

export type KitUpdateVariantMutationVariables = Exact<{
  input: UpdateVariantInput;
}>;


export type KitUpdateVariantMutation = { updateVariant: { id: string, costCents?: any | null } };

export type KitEnableWholesaleMutationVariables = Exact<{ [key: string]: never; }>;


export type KitEnableWholesaleMutation = { updateAccount: { wholesaleEnabled: boolean } };

export type KitUpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type KitUpdateAccountMutation = { updateAccount: { name: string, coverDays: number, overstockCoverDays: number } };

export type KitProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type KitProductsQuery = { products: { totalCount: number, nodes: Array<{ id: string, name: string, variants: Array<{ sku: string, costCents?: any | null, marginPercent?: number | null, stock?: Array<{ onHand: number }> | null }> }> } };

export type KitVariantQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitVariantQuery = { variant: { id: string, sku: string } };

export type KitReplenishmentQueryVariables = Exact<{ [key: string]: never; }>;


export type KitReplenishmentQuery = { replenishment: Array<{ onHand: number, onOrder: number, dailyForecast: number, forecastSource: ForecastSource, daysOfCover?: number | null, suggestedQuantity: number, variant: { sku: string }, warehouse: { name: string } }> };

export type KitCompareWarehousesQueryVariables = Exact<{ [key: string]: never; }>;


export type KitCompareWarehousesQuery = { compareWarehouses: Array<{ variant: { sku: string }, warehouses: Array<{ onHand: number, dailyForecast: number, warehouse: { name: string } }> }> };

export type KitSetForecastMutationVariables = Exact<{
  input: SetForecastInput;
}>;


export type KitSetForecastMutation = { setForecast: { id: string } };

export type KitOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type KitOverviewQuery = { overview: { stockUnits: any, stockValueCents: any, retailValueCents: any, variantsOutOfStock: number, overstockValueCents: any, unitsSoldLast28Days: any } };

export type KitOverstockQueryVariables = Exact<{ [key: string]: never; }>;


export type KitOverstockQuery = { overstock: Array<{ onHand: number, excessUnits: number, excessValueCents: any, variant: { sku: string } }> };

export type KitWarehousesQueryVariables = Exact<{ [key: string]: never; }>;


export type KitWarehousesQuery = { warehouses: Array<{ id: string, name: string }> };

export type KitVendorNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type KitVendorNamesQuery = { vendors: Array<{ id: string, name: string, leadTimeDays: number }> };

export type KitVendorsQueryVariables = Exact<{ [key: string]: never; }>;


export type KitVendorsQuery = { vendors: Array<{ id: string, name: string, email?: string | null }> };

export type KitCreateStockOrderMutationVariables = Exact<{
  input: CreateStockOrderInput;
}>;


export type KitCreateStockOrderMutation = { createStockOrder: { id: string, status: StockOrderStatus } };

export type KitSetStockOrderLineMutationVariables = Exact<{
  input: SetStockOrderLineInput;
}>;


export type KitSetStockOrderLineMutation = { setStockOrderLine: { id: string, totalCents: any } };

export type KitPlaceStockOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitPlaceStockOrderMutation = { placeStockOrder: { id: string, status: StockOrderStatus } };

export type KitReceiveStockOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitReceiveStockOrderMutation = { receiveStockOrder: { id: string, status: StockOrderStatus } };

export type KitSendStockOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitSendStockOrderMutation = { sendStockOrder: { id: string, emailedAt?: any | null } };

export type KitStockOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitStockOrderQuery = { stockOrder: { id: string, status: StockOrderStatus, totalCents: any, lines: Array<{ quantity: number, variant: { sku: string } }> } };

export type KitStockOrderVariantDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitStockOrderVariantDetailsQuery = { stockOrder: { id: string, status: StockOrderStatus, totalCents: any, lines: Array<{ quantity: number, variant: { sku: string, costCents?: any | null, marginPercent?: number | null, forecastMonthlyUnits?: number | null, stock?: Array<{ onHand: number }> | null } }> } };

export type KitStockOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type KitStockOrdersQuery = { stockOrders: { totalCount: number, nodes: Array<{ id: string, status: StockOrderStatus }> } };

export type KitSetVendorEmailMutationVariables = Exact<{
  input: SetVendorEmailInput;
}>;


export type KitSetVendorEmailMutation = { setVendorEmail: { id: string, email?: string | null } };

export type KitImportStockOrdersMutationVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type KitImportStockOrdersMutation = { importStockOrders: { errors: Array<{ row: number, column?: string | null, message: string }>, stockOrders: Array<{ id: string }> } };

export type KitCreateWholesaleOrderMutationVariables = Exact<{
  input: CreateWholesaleOrderInput;
}>;


export type KitCreateWholesaleOrderMutation = { createWholesaleOrder: { id: string, status: WholesaleOrderStatus } };

export type KitConfirmWholesaleOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitConfirmWholesaleOrderMutation = { confirmWholesaleOrder: { id: string, status: WholesaleOrderStatus } };

export type KitWholesaleOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitWholesaleOrderQuery = { wholesaleOrder: { id: string, status: WholesaleOrderStatus, totalCents: any, lines: Array<{ quantity: number }> } };

export type KitWholesaleOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type KitWholesaleOrdersQuery = { wholesaleOrders: { totalCount: number, nodes: Array<{ id: string }> } };

export type KitSetBudgetMutationVariables = Exact<{
  input: SetBudgetInput;
}>;


export type KitSetBudgetMutation = { setBudget: { id: string, amountCents: any } };

export type KitOpenToBuyQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type KitOpenToBuyQuery = { openToBuy: Array<{ month: string, category: string, budgetCents: any, committedCents: any, remainingCents: any }> };

export type KitInventoryKpisQueryVariables = Exact<{ [key: string]: never; }>;


export type KitInventoryKpisQuery = { inventoryKpis: Array<{ category: string, unitsSold: any, sellThroughPercent?: number | null, inventoryTurnover?: number | null }> };

export type KitReportPresetsQueryVariables = Exact<{ [key: string]: never; }>;


export type KitReportPresetsQuery = { reportPresets: Array<{ id: string, name: string, shared: boolean }> };

export type KitSaveReportPresetMutationVariables = Exact<{
  input: SaveReportPresetInput;
}>;


export type KitSaveReportPresetMutation = { saveReportPreset: { id: string, shared: boolean } };

export type KitDeleteReportPresetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitDeleteReportPresetMutation = { deleteReportPreset: { id: string } };

export type KitSaveSharedReportPresetMutationVariables = Exact<{
  input: SaveReportPresetInput;
}>;


export type KitSaveSharedReportPresetMutation = { saveSharedReportPreset: { id: string, shared: boolean } };

export type KitDeleteSharedReportPresetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitDeleteSharedReportPresetMutation = { deleteSharedReportPreset: { id: string } };

export type KitAccountBillingQueryVariables = Exact<{ [key: string]: never; }>;


export type KitAccountBillingQuery = { account: { name: string, billing?: { plan: BillingPlan, billingEmail: string, monthlyPriceCents: any } | null } };

export type KitUpdateBillingMutationVariables = Exact<{
  input: UpdateBillingInput;
}>;


export type KitUpdateBillingMutation = { updateBilling: { plan: BillingPlan, cardLast4?: string | null } };

export type KitRunSyncMutationVariables = Exact<{ [key: string]: never; }>;


export type KitRunSyncMutation = { runSync: { id: string, variantCount: number, startedBy: { name: string } } };

export type KitSyncRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type KitSyncRunsQuery = { syncRuns: { totalCount: number, nodes: Array<{ id: string }> } };

export type KitMyCapabilityQueryVariables = Exact<{
  capability: Capability;
}>;


export type KitMyCapabilityQuery = { me: { can: boolean, explain: { allowed: boolean, reason: DecisionReason, grantedBy: Array<PermissionKey>, restrictedBy: Array<PermissionKey> } } };

export type KitUserCapabilityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  capability: Capability;
}>;


export type KitUserCapabilityQuery = { user: { can?: boolean | null, explain?: { allowed: boolean, reason: DecisionReason, grantedBy: Array<PermissionKey> } | null } };

export type KitCatalogGuardsQueryVariables = Exact<{ [key: string]: never; }>;


export type KitCatalogGuardsQuery = { permissionCatalog: Array<{ key: PermissionKey, guards: Array<string> }> };


export const KitCreateWarehouseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateWarehouse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWarehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<KitCreateWarehouseMutation, KitCreateWarehouseMutationVariables>;
export const KitCreateVendorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateVendor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVendorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<KitCreateVendorMutation, KitCreateVendorMutationVariables>;
export const KitCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<KitCreateProductMutation, KitCreateProductMutationVariables>;
export const KitSetStockLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetStockLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStockLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStockLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetStockLevelMutation, KitSetStockLevelMutationVariables>;
export const KitRecordSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitRecordSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSalesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitRecordSalesMutation, KitRecordSalesMutationVariables>;
export const KitUpdateVariantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitUpdateVariant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVariantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVariant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}}]}}]}}]} as unknown as DocumentNode<KitUpdateVariantMutation, KitUpdateVariantMutationVariables>;
export const KitEnableWholesaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEnableWholesale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"wholesaleEnabled"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleEnabled"}}]}}]}}]} as unknown as DocumentNode<KitEnableWholesaleMutation, KitEnableWholesaleMutationVariables>;
export const KitUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitUpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coverDays"}},{"kind":"Field","name":{"kind":"Name","value":"overstockCoverDays"}}]}}]}}]} as unknown as DocumentNode<KitUpdateAccountMutation, KitUpdateAccountMutationVariables>;
export const KitProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"marginPercent"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KitProductsQuery, KitProductsQueryVariables>;
export const KitVariantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitVariant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]} as unknown as DocumentNode<KitVariantQuery, KitVariantQueryVariables>;
export const KitReplenishmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitReplenishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replenishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"onOrder"}},{"kind":"Field","name":{"kind":"Name","value":"dailyForecast"}},{"kind":"Field","name":{"kind":"Name","value":"forecastSource"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfCover"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedQuantity"}}]}}]}}]} as unknown as DocumentNode<KitReplenishmentQuery, KitReplenishmentQueryVariables>;
export const KitCompareWarehousesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitCompareWarehouses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareWarehouses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"dailyForecast"}}]}}]}}]}}]} as unknown as DocumentNode<KitCompareWarehousesQuery, KitCompareWarehousesQueryVariables>;
export const KitSetForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetForecastInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetForecastMutation, KitSetForecastMutationVariables>;
export const KitOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockUnits"}},{"kind":"Field","name":{"kind":"Name","value":"stockValueCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailValueCents"}},{"kind":"Field","name":{"kind":"Name","value":"variantsOutOfStock"}},{"kind":"Field","name":{"kind":"Name","value":"overstockValueCents"}},{"kind":"Field","name":{"kind":"Name","value":"unitsSoldLast28Days"}}]}}]}}]} as unknown as DocumentNode<KitOverviewQuery, KitOverviewQueryVariables>;
export const KitOverstockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitOverstock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overstock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"excessUnits"}},{"kind":"Field","name":{"kind":"Name","value":"excessValueCents"}}]}}]}}]} as unknown as DocumentNode<KitOverstockQuery, KitOverstockQueryVariables>;
export const KitWarehousesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitWarehouses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<KitWarehousesQuery, KitWarehousesQueryVariables>;
export const KitVendorNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitVendorNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leadTimeDays"}}]}}]}}]} as unknown as DocumentNode<KitVendorNamesQuery, KitVendorNamesQueryVariables>;
export const KitVendorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<KitVendorsQuery, KitVendorsQueryVariables>;
export const KitCreateStockOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateStockOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStockOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitCreateStockOrderMutation, KitCreateStockOrderMutationVariables>;
export const KitSetStockOrderLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetStockOrderLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStockOrderLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStockOrderLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<KitSetStockOrderLineMutation, KitSetStockOrderLineMutationVariables>;
export const KitPlaceStockOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitPlaceStockOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeStockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitPlaceStockOrderMutation, KitPlaceStockOrderMutationVariables>;
export const KitReceiveStockOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitReceiveStockOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveStockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitReceiveStockOrderMutation, KitReceiveStockOrderMutationVariables>;
export const KitSendStockOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSendStockOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendStockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}}]}}]}}]} as unknown as DocumentNode<KitSendStockOrderMutation, KitSendStockOrderMutationVariables>;
export const KitStockOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitStockOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KitStockOrderQuery, KitStockOrderQueryVariables>;
export const KitStockOrderVariantDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitStockOrderVariantDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"marginPercent"}},{"kind":"Field","name":{"kind":"Name","value":"forecastMonthlyUnits"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KitStockOrderVariantDetailsQuery, KitStockOrderVariantDetailsQueryVariables>;
export const KitStockOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitStockOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<KitStockOrdersQuery, KitStockOrdersQueryVariables>;
export const KitSetVendorEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetVendorEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetVendorEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVendorEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<KitSetVendorEmailMutation, KitSetVendorEmailMutationVariables>;
export const KitImportStockOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitImportStockOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importStockOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KitImportStockOrdersMutation, KitImportStockOrdersMutationVariables>;
export const KitCreateWholesaleOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateWholesaleOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWholesaleOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWholesaleOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitCreateWholesaleOrderMutation, KitCreateWholesaleOrderMutationVariables>;
export const KitConfirmWholesaleOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitConfirmWholesaleOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmWholesaleOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitConfirmWholesaleOrderMutation, KitConfirmWholesaleOrderMutationVariables>;
export const KitWholesaleOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitWholesaleOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]} as unknown as DocumentNode<KitWholesaleOrderQuery, KitWholesaleOrderQueryVariables>;
export const KitWholesaleOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitWholesaleOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KitWholesaleOrdersQuery, KitWholesaleOrdersQueryVariables>;
export const KitSetBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]} as unknown as DocumentNode<KitSetBudgetMutation, KitSetBudgetMutationVariables>;
export const KitOpenToBuyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitOpenToBuy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openToBuy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"committedCents"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCents"}}]}}]}}]} as unknown as DocumentNode<KitOpenToBuyQuery, KitOpenToBuyQueryVariables>;
export const KitInventoryKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitInventoryKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitsSold"}},{"kind":"Field","name":{"kind":"Name","value":"sellThroughPercent"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryTurnover"}}]}}]}}]} as unknown as DocumentNode<KitInventoryKpisQuery, KitInventoryKpisQueryVariables>;
export const KitReportPresetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitReportPresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}}]}}]}}]} as unknown as DocumentNode<KitReportPresetsQuery, KitReportPresetsQueryVariables>;
export const KitSaveReportPresetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSaveReportPreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveReportPresetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReportPreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}}]}}]}}]} as unknown as DocumentNode<KitSaveReportPresetMutation, KitSaveReportPresetMutationVariables>;
export const KitDeleteReportPresetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitDeleteReportPreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReportPreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitDeleteReportPresetMutation, KitDeleteReportPresetMutationVariables>;
export const KitSaveSharedReportPresetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSaveSharedReportPreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveReportPresetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSharedReportPreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}}]}}]}}]} as unknown as DocumentNode<KitSaveSharedReportPresetMutation, KitSaveSharedReportPresetMutationVariables>;
export const KitDeleteSharedReportPresetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitDeleteSharedReportPreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSharedReportPreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitDeleteSharedReportPresetMutation, KitDeleteSharedReportPresetMutationVariables>;
export const KitAccountBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitAccountBilling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPriceCents"}}]}}]}}]}}]} as unknown as DocumentNode<KitAccountBillingQuery, KitAccountBillingQueryVariables>;
export const KitUpdateBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitUpdateBilling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBillingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBilling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"cardLast4"}}]}}]}}]} as unknown as DocumentNode<KitUpdateBillingMutation, KitUpdateBillingMutationVariables>;
export const KitRunSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitRunSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variantCount"}}]}}]}}]} as unknown as DocumentNode<KitRunSyncMutation, KitRunSyncMutationVariables>;
export const KitSyncRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitSyncRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KitSyncRunsQuery, KitSyncRunsQueryVariables>;
export const KitMyCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitMyCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capability"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"capability"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capability"}}}]},{"kind":"Field","name":{"kind":"Name","value":"explain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"capability"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capability"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedBy"}}]}}]}}]}}]} as unknown as DocumentNode<KitMyCapabilityQuery, KitMyCapabilityQueryVariables>;
export const KitUserCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitUserCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capability"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"capability"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capability"}}}]},{"kind":"Field","name":{"kind":"Name","value":"explain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"capability"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capability"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"}}]}}]}}]}}]} as unknown as DocumentNode<KitUserCapabilityQuery, KitUserCapabilityQueryVariables>;
export const KitCatalogGuardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitCatalogGuards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"guards"}}]}}]}}]} as unknown as DocumentNode<KitCatalogGuardsQuery, KitCatalogGuardsQueryVariables>;