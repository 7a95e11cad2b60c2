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
  /** For an address that already has a login: make `password` its new password instead (the link proves the mailbox). Every other session of the login ends. */
  resetPassword?: InputMaybe<Scalars['Boolean']['input']>;
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

export type AddStyleInput = {
  /** At most 2,000 characters */
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Unique in the account, at most 64 characters */
  styleNumber: Scalars['String']['input'];
  wholesalePriceCents: Scalars['Cents']['input'];
};

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
  /** The member's login email changed, confirmed from the new address; their other sessions ended */
  | 'EMAIL_CHANGED'
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
  /** The member changed their login password; their other sessions ended */
  | 'PASSWORD_CHANGED'
  /** The member's login password was set from an emailed link (a reset or an invite); all their sessions ended */
  | 'PASSWORD_RESET'
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
  /** The member ended sessions of their own from another session */
  | 'SESSIONS_ENDED'
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

/** Brand account information: a field left out stays as it is, null clears it */
export type BrandInformationInput = {
  /** Up to 2,000 characters */
  about?: InputMaybe<Scalars['String']['input']>;
  /** An email address */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Up to 200 characters */
  legalName?: InputMaybe<Scalars['String']['input']>;
  /** An http:// or https:// address, up to 500 characters */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The brand's settings: brand account information, division and inventory settings, and the payment account. Before any change, the defaults. */
export type BrandSettings = {
  /** About the brand, as retailers read it */
  about?: Maybe<Scalars['String']['output']>;
  /** Where retailers reach the brand */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** How inventory is shown to them */
  inventoryDisplay: InventoryDisplay;
  /** Which retailers see inventory */
  inventoryVisibility: InventoryVisibility;
  /** The brand’s legal name */
  legalName?: Maybe<Scalars['String']['output']>;
  /** Whether one order may hold styles of several divisions (false by default: adding, merging, replacing or submitting styles of a second division answers CONFLICT, rule ONE_DIVISION_PER_ORDER; a style in no division goes with any) */
  multipleDivisionsPerOrder: Scalars['Boolean']['output'];
  /** The connected Stripe account id, or null when none is. Needs payment settings; null with FORBIDDEN otherwise. */
  paymentAccount?: Maybe<Scalars['String']['output']>;
  /** The brand’s website (http or https) */
  website?: Maybe<Scalars['String']['output']>;
};

/** What the account plans to spend on stock of one category in one month, in cents */
export type Budget = {
  amountCents: Scalars['Cents']['output'];
  category: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
};

export type CancelOrderStyleInput = {
  orderId: Scalars['ID']['input'];
  /** A style of the order's linesheet that gets the same sizes, colours and quantities */
  replacementStyleId?: InputMaybe<Scalars['ID']['input']>;
  /** The style whose lines are cancelled */
  styleId: Scalars['ID']['input'];
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

export type ChangeEmailInput = {
  newEmail: Scalars['String']['input'];
  /** Your current password */
  password: Scalars['String']['input'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 8 characters */
  newPassword: Scalars['String']['input'];
};

/** A company number of the brand (a VAT or DUNS number, say), assigned to retailer connections */
export type CompanyNumber = {
  id: Scalars['ID']['output'];
  /** What the number is (VAT, DUNS, …) */
  label: Scalars['String']['output'];
  /** The number itself */
  number: Scalars['String']['output'];
};

/** A retailer the brand sells to, with its customer-specific data. With geographic permissions on, a member reaches only the connections in their regions */
export type Connection = {
  billingAddress?: Maybe<Scalars['String']['output']>;
  budgetCents?: Maybe<Scalars['Cents']['output']>;
  buyers: Array<Scalars['String']['output']>;
  /** The company number assigned to the connection */
  companyNumber?: Maybe<Scalars['String']['output']>;
  currencies: Array<Scalars['String']['output']>;
  customerCode?: Maybe<Scalars['String']['output']>;
  /** The customer group assigned to the connection */
  customerGroup?: Maybe<Scalars['String']['output']>;
  /** Retailer-level discount, in percent: taken off the subtotal of its orders (a draft follows it; an order keeps the one it was submitted with) */
  discountPercent?: Maybe<Scalars['Int']['output']>;
  doors: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Retailer order restriction: the smallest order */
  minimumOrderCents?: Maybe<Scalars['Cents']['output']>;
  paymentMethods: Array<Scalars['String']['output']>;
  region?: Maybe<Region>;
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Retailer order restriction */
  retailerMayEditOrders: Scalars['Boolean']['output'];
  retailerName: Scalars['String']['output'];
  salesReps: Array<Scalars['String']['output']>;
  shippingAddress?: Maybe<Scalars['String']['output']>;
  shippingMethods: Array<Scalars['String']['output']>;
  status: ConnectionStatus;
  warehouses: Array<Scalars['String']['output']>;
};

export type ConnectionConnection = {
  nodes: Array<Connection>;
  pageInfo: PageInfo;
  /** Matching rows across all pages */
  totalCount: Scalars['Int']['output'];
};

/** Where a retailer connection stands */
export type ConnectionStatus =
  /** Connected */
  | 'ACTIVE'
  /** Not connected yet: an order was assigned to the retailer, or a client was added on the iPad */
  | 'PENDING'
  /** Removed; kept for its orders and invoices */
  | 'REMOVED';

export type CreateLinesheetInput = {
  /** YYYY-MM-DD each, on or after startShip; 1 to 52 of them */
  deliveryDates: Array<Scalars['String']['input']>;
  kind: LinesheetKind;
  name: Scalars['String']['input'];
  /** YYYY-MM-DD */
  startShip: Scalars['String']['input'];
  /** Styles of the account, not deleted; at most 1,000 */
  styleIds: Array<Scalars['ID']['input']>;
};

export type CreateOrderInput = {
  /** The retailer the order is for */
  connectionId: Scalars['ID']['input'];
  /** The linesheet its styles, start ship and delivery dates come from */
  linesheetId: Scalars['ID']['input'];
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

/** A customer group on the account level, assigned to retailer connections */
export type CustomerGroup = {
  id: Scalars['ID']['output'];
  /** The name, unique within the account */
  name: Scalars['String']['output'];
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

/** Every `extensions.dependency` an UNAVAILABLE can name */
export type Dependency =
  /** The database (the SQLite file, or PostgreSQL) did not answer, timed out, or has no free connection */
  | 'DATABASE'
  /** Redis (events between instances, rate-limit counters) did not answer */
  | 'EVENT_BUS';

/** A discount option on the account level: a named percentage off, which setOrderDiscount applies to an order (copied when chosen) */
export type DiscountOption = {
  id: Scalars['ID']['output'];
  /** The name, unique within the account */
  name: Scalars['String']['output'];
  /** The discount, in whole percent from 0 to 100 */
  percent: Scalars['Int']['output'];
};

/** A division styles belong to (division options) */
export type Division = {
  id: Scalars['ID']['output'];
  /** The name, unique within the account */
  name: Scalars['String']['output'];
};

export type EditStyleInput = {
  /** An empty string clears it */
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  styleId: Scalars['ID']['input'];
  wholesalePriceCents?: InputMaybe<Scalars['Cents']['input']>;
};

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

/** An email is on its way. The answer is the same whether or not the address has a login. */
export type EmailSent = {
  /** The address, as Roster normalised it */
  email: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Every `extensions.code` Roster answers with */
export type ErrorCode =
  /** The request goes beyond a limit (`extensions.limit`, `extensions.max`: depth, aliases, cost, directives, tokens) or is refused as a cross-site request */
  | 'BAD_REQUEST'
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
  /** A verification, password-reset or email-change link is past its expiry, already used or replaced: ask for a new one */
  | 'LINK_EXPIRED'
  /** No such record in the caller's account (records of other accounts answer the same) */
  | 'NOT_FOUND'
  /** Too many requests of this kind for this address or from this client; `extensions.retryAfterSeconds` says when to try again */
  | 'RATE_LIMITED'
  /** No valid session: missing, unknown, expired or ended token, or wrong credentials */
  | 'UNAUTHENTICATED'
  /** A dependency (`extensions.dependency`) did not answer in time, or this instance is shutting down: nothing was wrong with the request; send it again after `extensions.retryAfterSeconds` */
  | 'UNAVAILABLE';

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
  /** The account's division settings keep an order to styles of one division */
  | 'ONE_DIVISION_PER_ORDER'
  /** Nobody can change their own permissions */
  | 'SELF_EDIT'
  /** A style deleted or no longer on the order's linesheet gets no more units: remove or cancel its lines */
  | 'STYLE_NOT_ORDERABLE'
  /** The user was deleted; deleted users cannot be changed */
  | 'USER_DELETED'
  /** The record is not in a status that allows this change (a placed stock order is no longer edited) */
  | 'WRONG_STATUS';

/** An event (a trade show, a market week) on the app or the website */
export type Event = {
  /** YYYY-MM-DD, on or after startsOn */
  endsOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Where it takes place, when known */
  location?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['output'];
};

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

/** How inventory is shown to the retailers who see it */
export type InventoryDisplay =
  /** The exact number of units available */
  | 'EXACT_UNITS'
  /** Only whether a style is in stock (the default) */
  | 'IN_STOCK_OR_NOT';

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

/** Inventory settings: a field left out (or null) stays as it is */
export type InventorySettingsInput = {
  display?: InputMaybe<InventoryDisplay>;
  visibility?: InputMaybe<InventoryVisibility>;
};

/** Which retailers see the brand’s inventory */
export type InventoryVisibility =
  /** Every retailer */
  | 'ALL_RETAILERS'
  /** Only retailers connected to the brand (the default) */
  | 'CONNECTED_RETAILERS'
  /** No retailer */
  | 'NOBODY';

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
  /** Whether its latest email reached the mail server (with SMTP_URL), or is being retried */
  delivery?: Maybe<MailDelivery>;
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

/** An invoice to a retailer for an approved or shipped order ("Allow invoice retailers"). Money is in cents. */
export type Invoice = {
  /** The order's total when it was invoiced */
  amountCents: Scalars['Cents']['output'];
  /** The retailer invoiced */
  connection: Connection;
  /** When it was issued */
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Who issued it */
  issuedBy: User;
  /** From the account's sequence: INV-00001, INV-00002, … */
  number: Scalars['String']['output'];
  /** The order invoiced */
  order: Order;
};

export type InvoiceConnection = {
  nodes: Array<Invoice>;
  pageInfo: PageInfo;
  /** Matching rows across all pages */
  totalCount: Scalars['Int']['output'];
};

/** Every `extensions.limit` a BAD_REQUEST can name */
export type Limit =
  /** Aliases in one operation */
  | 'ALIASES'
  /** graphql-armor's cost: 2 per object, 1 per scalar, each level of nesting ×1.5 */
  | 'COST'
  /** How deeply fields nest (introspection is not counted) */
  | 'DEPTH'
  /** Directives in one operation */
  | 'DIRECTIVES'
  /** Subscriptions (WebSocket and SSE) open for one person, all sessions together */
  | 'SUBSCRIPTIONS_PER_PERSON'
  /** Subscriptions (WebSocket and SSE) open for one session */
  | 'SUBSCRIPTIONS_PER_SESSION'
  /** Subscriptions open on one WebSocket */
  | 'SUBSCRIPTIONS_PER_SOCKET'
  /** Lexical tokens in the document (counted while parsing, before the caller is known, so one limit for all) */
  | 'TOKENS';

/** Styles offered for a season, from a start-ship date, with preset delivery dates */
export type Linesheet = {
  /** When it was archived (then it is no longer changed) */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** YYYY-MM-DD each, in order: the days an order from it may be delivered */
  deliveryDates: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: LinesheetKind;
  name: Scalars['String']['output'];
  /** Who created it */
  owner: User;
  /** Visible only to the connected retailers the brand chose */
  private: Scalars['Boolean']['output'];
  /** When it was last shared */
  sharedAt?: Maybe<Scalars['DateTime']['output']>;
  /** YYYY-MM-DD: orders from it ship from this day */
  startShip: Scalars['String']['output'];
  /** Its styles, in the order they were added */
  styles: Array<LinesheetStyle>;
  /** Synced to the iPad app */
  syncToIpad: Scalars['Boolean']['output'];
};

export type LinesheetConnection = {
  nodes: Array<Linesheet>;
  pageInfo: PageInfo;
  /** Matching rows across all pages */
  totalCount: Scalars['Int']['output'];
};

/** Whose a linesheet is */
export type LinesheetKind =
  /** The brand's own linesheet, seen by every member (creating and editing one can be restricted) */
  | 'ADMIN'
  /** Made by a member for a buyer: seen and changed by its owner only */
  | 'CUSTOM';

/** A style on a linesheet, with the custom badge shown on it there */
export type LinesheetStyle = {
  /** The badge shown on the style on this linesheet (admin linesheets only) */
  badge?: Maybe<StyleBadge>;
  /** The style (a deleted style stays on the linesheet) */
  style: Style;
};

export type LoginInput = {
  /** The account to act in; defaults to your oldest membership */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** How the invite's latest email fares: sent, or waiting for a retry and why */
export type MailDelivery = {
  /** Attempts to send it so far */
  attempts: Scalars['Int']['output'];
  /** The SMTP server's last refusal, if the last attempt failed */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When it will be tried again (QUEUED) */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: MailStatus;
};

/** Where an email stands */
export type MailStatus =
  /** Kept and logged only: no SMTP_URL is set (development) */
  | 'LOGGED'
  /** Waiting to be sent, or to be retried after a failed attempt */
  | 'QUEUED'
  /** Accepted by the SMTP server; its text is no longer kept */
  | 'SENT';

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
  /** Your live sessions in every account, most recent first (at most 100) */
  sessions: Array<Session>;
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
  /** Adds a new client (on the iPad): a PENDING connection. A member with geographic permissions adds it in one of their regions. */
  addClient: Connection;
  /** Adds a style ("Restrict Add/Copy Styles" removes this) */
  addStyle: Style;
  /** Puts a custom badge on a style ("Allow Add/Edit Custom Style Badges"). A deleted style is no longer changed (CONFLICT, rule WRONG_STATUS). */
  addStyleBadge: Style;
  /** Approves a SUBMITTED order: it becomes APPROVED */
  approveOrder: Order;
  /** Archives a linesheet (archiving it again changes nothing). An ADMIN linesheet needs "Archive Admin Linesheets" (a restriction removes it); a CUSTOM one is changed by its owner only (NOT_FOUND to anyone else). */
  archiveLinesheet: Linesheet;
  /** Assigns a company number to a connection (null to clear) */
  assignCompanyNumber: Connection;
  /** Assigns a customer group to a connection (null to clear) */
  assignCustomerGroup: Connection;
  /** "Assign a retailer": moves an order to a retailer not connected yet, which becomes a PENDING connection. That adds a client, so it also needs ADD_CLIENTS ("Restrict Add Client" wins over the Allow toggle). */
  assignOrderToNewRetailer: Connection;
  /** The cancel/replace styles tool: cancels the lines of a style and, with a replacement, orders the same sizes, colours and quantities of it (those units follow the rules of setOrderLine). Unless the division settings allow several divisions per order, a style of a second division answers CONFLICT (rule ONE_DIVISION_PER_ORDER). A SUBMITTED, APPROVED or SHIPPED order left below the retailer’s minimum needs PLACE_ORDERS_UNDER_MINIMUM ("Restrict User from Placing Orders Under Minimum"; equal to the minimum is enough). An APPROVED or SHIPPED order needs EDIT_APPROVED_SHIPPED_ORDERS; a MERGED one is not edited. */
  cancelOrderStyle: Order;
  /** Emails a confirmation link to the new address; the change happens when it is followed */
  changeEmail: EmailSent;
  /** Changes your password; your other sessions end */
  changePassword: Scalars['Boolean']['output'];
  /** Moves your login to the new address its emailed link was sent to. Public: the link is the proof. */
  confirmEmailChange: Scalars['Boolean']['output'];
  /** Confirms a DRAFT wholesale order and takes its stock from the warehouse (all lines, or none if any lacks stock) */
  confirmWholesaleOrder: WholesaleOrder;
  /** Connects a Stripe account (payment settings), replacing any connected one; null disconnects it */
  connectPaymentAccount: BrandSettings;
  /** Connects a retailer (in one of your regions, while geographic permissions are on): adding a client, which "Restrict Add Client" takes away */
  connectRetailer: Connection;
  /** Adds a style with the name, description and wholesale price of another, under a new style number. Its UPC, division, images, badges and inventory are not copied (each needs its own permission). "Restrict Add/Copy Styles" removes this. */
  copyStyle: Style;
  /** Creates another account with you as its first user, with full access, and moves this session there */
  createAccount: Me;
  /** Creates a linesheet owned by the caller. Any member creates a CUSTOM one; an ADMIN one needs "Add/Edit Admin Linesheets" (with "Restrict Add/Edit Admin Linesheets" a member creates only custom linesheets). */
  createLinesheet: Linesheet;
  /** Drafts an order for a retailer from a linesheet, with the next generated PO number and the linesheet's start ship and first delivery date */
  createOrder: Order;
  /** Adds a product with its variants to the catalog */
  createProduct: Product;
  /** Adds a geographic region (regions are managed with users) */
  createRegion: Region;
  /** Starts a DRAFT stock order to a vendor for a warehouse */
  createStockOrder: StockOrder;
  /** Creates a custom style badge, such as "Best Seller" (name unique, at most 50 characters; "Allow Add/Edit Custom Style Badges") */
  createStyleBadge: StyleBadge;
  /** Adds a vendor (its email address is set with setVendorEmail) */
  createVendor: Vendor;
  createWarehouse: Warehouse;
  /** Creates a DRAFT wholesale order; no stock is taken until it is confirmed */
  createWholesaleOrder: WholesaleOrder;
  /** Deletes a linesheet and answers it as it was. An ADMIN linesheet needs "Delete Admin Linesheets" (a restriction removes it); a CUSTOM one is changed by its owner only (NOT_FOUND to anyone else). A linesheet an order was taken from is kept (CONFLICT): archive it instead. */
  deleteLinesheet: Linesheet;
  /** Deletes the caller's own private preset; the id of a shared preset deletes it only with MODIFY_SHARED_PRESETS */
  deleteReportPreset: ReportPreset;
  /** Deletes a shared preset */
  deleteSharedReportPreset: ReportPreset;
  /** Deletes a style: it leaves the styles list but stays on orders and linesheets ("Restrict Delete Styles" removes this) */
  deleteStyle: Style;
  /** Removes a user from the account and ends their sessions; their name stays on history. */
  deleteUser: User;
  /** Sets a connection's billing and shipping addresses (customer-specific data) */
  editConnectionBillingShipping: Connection;
  /** Sets a connection's budget (customer-specific data) */
  editConnectionBudget: Connection;
  /** Sets a connection's buyers (customer-specific data) */
  editConnectionBuyers: Connection;
  /** Sets a connection's currencies (customer-specific data) */
  editConnectionCurrencies: Connection;
  /** Sets a connection's customer code/alias (customer-specific data) */
  editConnectionCustomerCode: Connection;
  /** Sets a connection's retailer-level discount (customer-specific data) */
  editConnectionDiscount: Connection;
  /** Sets a connection's doors (customer-specific data) */
  editConnectionDoors: Connection;
  /** Sets a connection's payment methods (customer-specific data) */
  editConnectionPaymentMethods: Connection;
  /** Sets a connection's sales reps (customer-specific data) */
  editConnectionSalesReps: Connection;
  /** Sets a connection's shipping methods (customer-specific data) */
  editConnectionShippingMethods: Connection;
  /** Sets a connection's warehouses (customer-specific data) */
  editConnectionWarehouses: Connection;
  /** Changes a style's name, description or wholesale price ("Restrict Edit Styles data" removes this). A deleted style is no longer changed (CONFLICT, rule WRONG_STATUS). */
  editStyle: Style;
  /** Ends every session of your login but this one; returns how many ended */
  endOtherSessions: Scalars['Int']['output'];
  /** Ends one of your sessions (see `me { sessions }`); its token stops working and its WebSockets close with 4401 */
  endSession: Scalars['Boolean']['output'];
  /** "Set to Re-Export": asks the integration to export a SUBMITTED, APPROVED or SHIPPED order again (sets exportRequestedAt) */
  forceExportOrder: Order;
  /** Creates DRAFT stock orders from a CSV with the header vendor,warehouse,expected_month,sku,quantity,unit_cost_cents (vendor and warehouse by name; quantity from 1 to 1,000,000; unit_cost_cents may be empty for the variant’s cost). Rows with the same vendor, warehouse and month become one order. At most 5,000 rows and 1 MB; if any row is wrong nothing is created. */
  importStockOrders: ImportStockOrdersResult;
  /** Invites a person by email; they get a link valid for INVITE_TTL_DAYS (7 by default). */
  inviteUser: Invite;
  /** Invoices the retailer for an APPROVED or SHIPPED order, for its total; an order is invoiced once */
  invoiceOrder: Invoice;
  /** Starts a session. Public. */
  login: AuthPayload;
  /** Ends this session; its token stops working at once */
  logout: Scalars['Boolean']['output'];
  /** Marks a SUBMITTED, APPROVED or SHIPPED order as exported by hand (sets exportedAt) */
  markOrderExported: Order;
  /** Moves the lines of one order into another of the same retailer and linesheet (both DRAFT or SUBMITTED), adding up equal style, size and colour; the source becomes MERGED. Orders from different linesheets answer CONFLICT. The units the target gains follow the oversell and start-ship rules of setOrderLine (the source’s own units are not held against them); a style deleted or off the linesheet answers CONFLICT (rule STYLE_NOT_ORDERABLE). Unless the division settings allow several divisions per order, a style of a second division answers CONFLICT (rule ONE_DIVISION_PER_ORDER). Answers the target. */
  mergeOrders: Order;
  /** Places a DRAFT stock order that has at least one line: it becomes PLACED and is no longer edited */
  placeStockOrder: StockOrder;
  /** Receives a PLACED stock order: every line’s quantity is added to stock in its warehouse */
  receiveStockOrder: StockOrder;
  /** Records units of a variant sold on a day from a warehouse (replacing that day’s figure) */
  recordSales: Variant;
  /** Removes a retailer connection ("Restrict Remove Connections" takes this away) */
  removeConnection: Connection;
  /** Takes a custom badge off a style ("Allow Add/Edit Custom Style Badges"). A deleted style is no longer changed (CONFLICT, rule WRONG_STATUS). */
  removeStyleBadge: Style;
  /** Removes an image from its style and answers the style ("Allow Edit Style Images"). A deleted style is no longer changed (CONFLICT, rule WRONG_STATUS). */
  removeStyleImage: Style;
  /** Emails a single-use link to set a new password. Public. */
  requestPasswordReset: EmailSent;
  /** Re-invites: a new link and a new expiry; the old link stops working. */
  resendInvite: Invite;
  /** Sets a new password from a reset link; every session of the login ends. Public. */
  resetPassword: Scalars['Boolean']['output'];
  revokeInvite: Invite;
  /** Brings the catalog up to date with the store (here: counts the account's variants and warehouses); any member may */
  runSync: SyncRun;
  /** Adds a company number, or edits one (only what changes is written and audited) */
  saveCompanyNumber: CompanyNumber;
  /** Adds a customer group, or edits one (only what changes is written and audited) */
  saveCustomerGroup: CustomerGroup;
  /** Adds a discount option, or edits one (only what changes is written and audited) */
  saveDiscountOption: DiscountOption;
  /** Adds a division, or edits one (only what changes is written and audited) */
  saveDivision: Division;
  /** Creates an event, or changes one (with its id) */
  saveEvent: Event;
  /** Creates a private preset, or changes the caller's own private preset; the id of a shared preset changes it only with MODIFY_SHARED_PRESETS */
  saveReportPreset: ReportPreset;
  /** Creates a preset shared with the account, or changes a shared preset */
  saveSharedReportPreset: ReportPreset;
  /** Emails a PLACED or RECEIVED stock order to its vendor. Needs stock orders and sending emails. */
  sendStockOrder: StockOrder;
  /** Sets the Open-to-Buy budget of a category for a month (replacing any earlier one) */
  setBudget: Budget;
  /** Puts a connection in a region (regions are managed with users) */
  setConnectionRegion: Connection;
  /** "Edit forecast": overrides the sales forecast of a variant, which replenishment then uses */
  setForecast: Variant;
  /** Sets a linesheet to sync, or not, to the iPad app ("Restrict Sync to iPad Linesheets" removes this, for every linesheet). A CUSTOM one is changed by its owner only. An archived linesheet is no longer changed (CONFLICT, rule WRONG_STATUS). */
  setLinesheetIpadSync: Linesheet;
  /** Makes a linesheet private (visible only to the connected retailers the brand chose) or not. An ADMIN linesheet needs "Edit Privacy Settings Admin Linesheets" (a restriction removes it); a CUSTOM one is changed by its owner only (NOT_FOUND to anyone else). An archived linesheet is no longer changed (CONFLICT, rule WRONG_STATUS). */
  setLinesheetPrivacy: Linesheet;
  /** Shows a custom badge on a style of an ADMIN linesheet, or with null none ("Allow Apply Custom Style Badges to Admin Linesheets"). A CUSTOM linesheet answers CONFLICT (rule WRONG_STATUS). An archived linesheet is no longer changed (CONFLICT, rule WRONG_STATUS). */
  setLinesheetStyleBadge: Linesheet;
  /** Changes the start ship and delivery date. The delivery date is never before the start ship (BAD_USER_INPUT on deliveryDate, also when only the start ship moves past it). A start ship before the linesheet’s needs SET_START_SHIP_BEFORE_LINESHEET_START_SHIP; a delivery date that is not one of the linesheet’s presets needs CHANGE_DELIVERY_DATES. An APPROVED or SHIPPED order needs EDIT_APPROVED_SHIPPED_ORDERS; a MERGED one is not edited. */
  setOrderDates: Order;
  /** Sets the order-level discount: a percent, or one of the account’s discount options (exactly one). SKU-level discounts are set with setOrderLine, the retailer’s with editConnectionDiscount. A SUBMITTED, APPROVED or SHIPPED order left below the retailer’s minimum needs PLACE_ORDERS_UNDER_MINIMUM ("Restrict User from Placing Orders Under Minimum"; equal to the minimum is enough). An APPROVED or SHIPPED order needs EDIT_APPROVED_SHIPPED_ORDERS; a MERGED one is not edited. */
  setOrderDiscount: Order;
  /** Adds, changes or (quantity 0) removes the units of a style in a size and colour, with an optional SKU-level discount. Units beyond those available need OVERSELL: available is the inventory of the style, size and colour less its units on the account’s other SUBMITTED, APPROVED or SHIPPED orders (lines not cancelled; drafts hold nothing back). A style new to an order whose start ship is before the linesheet’s needs ADD_STYLES_BEFORE_LINESHEET_START_SHIP. Unless the division settings allow several divisions per order, a style of a second division answers CONFLICT (rule ONE_DIVISION_PER_ORDER). A SUBMITTED, APPROVED or SHIPPED order left below the retailer’s minimum needs PLACE_ORDERS_UNDER_MINIMUM ("Restrict User from Placing Orders Under Minimum"; equal to the minimum is enough). An APPROVED or SHIPPED order needs EDIT_APPROVED_SHIPPED_ORDERS; a MERGED one is not edited. */
  setOrderLine: Order;
  /** Replaces the PO number with a custom one, or sets the generated one back. An APPROVED or SHIPPED order needs EDIT_APPROVED_SHIPPED_ORDERS; a MERGED one is not edited. */
  setOrderPoNumber: Order;
  /** Sets a retailer's order restrictions: its minimum order and whether it may edit order details */
  setRetailerOrderRestrictions: Connection;
  /** Sets units on hand of a variant in a warehouse (after a count) */
  setStockLevel: Variant;
  /** Adds, changes or (quantity 0) removes the line of a variant on a DRAFT stock order */
  setStockOrderLine: StockOrder;
  /** Puts a style in a division or, with null, in none ("Allow Edit Divisions"). A deleted style is no longer changed (CONFLICT, rule WRONG_STATUS). */
  setStyleDivision: Style;
  /** Sets the units available of a style in one size and colour ("Allow Edit Inventory"). A deleted style is no longer changed (CONFLICT, rule WRONG_STATUS). */
  setStyleInventory: Style;
  /** Sets a style's UPC (12 to 14 digits, not another live style's) or, with null, clears it ("Allow Edit UPCs"). A deleted style is no longer changed (CONFLICT, rule WRONG_STATUS). */
  setStyleUpc: Style;
  /** Replaces a user's regions; they hear of it on myPermissionsChanged (REGIONS_CHANGED) */
  setUserRegions: User;
  /** Sets or clears the address stock orders are emailed to ("Email addresses") */
  setVendorEmail: Vendor;
  /** Shares a linesheet, setting sharedAt ("Restrict Share Linesheets" removes this, for every linesheet). A CUSTOM one is shared by its owner only. An archived linesheet is no longer changed (CONFLICT, rule WRONG_STATUS). */
  shareLinesheet: Linesheet;
  /** Ships an APPROVED order: it becomes SHIPPED */
  shipOrder: Order;
  /** Starts a sign-up: emails a link to the address; `verifyEmail` then creates the login, its account (you with full access) and a session. Public. */
  signUp: EmailSent;
  /** Submits a DRAFT order that has a line not cancelled: it becomes SUBMITTED, with its retailer’s discount as it is now. The order is judged whole, whoever wrote the draft: a removed retailer or an archived linesheet takes no order (CONFLICT, rule WRONG_STATUS), a style deleted or off the linesheet is no longer ordered (CONFLICT, rule STYLE_NOT_ORDERABLE), units beyond those available now need OVERSELL, a start ship before the linesheet’s SET_START_SHIP_BEFORE_LINESHEET_START_SHIP, a delivery date off its presets CHANGE_DELIVERY_DATES, and a total below the retailer’s minimum PLACE_ORDERS_UNDER_MINIMUM (equal to the minimum is enough). Unless the division settings allow several divisions per order, a style of a second division answers CONFLICT (rule ONE_DIVISION_PER_ORDER). */
  submitOrder: Order;
  /** Moves this session to another account you are a member of */
  switchAccount: Me;
  /** Changes the account's settings and features. Needs the settings capability (full access). */
  updateAccount: Account;
  /** Changes the account's plan, billing email or card on file */
  updateBilling: Billing;
  /** Changes the brand account information ("my settings"); only what changes is written and audited */
  updateBrandInformation: BrandSettings;
  /** Allows, or not, styles of several divisions on one order (orders already written keep their lines; they are judged when styles are added or the order is submitted) */
  updateDivisionSettings: BrandSettings;
  /** Changes which retailers see inventory and how it is shown */
  updateInventorySettings: BrandSettings;
  /** Changes a linesheet's name, dates or styles. An ADMIN linesheet needs "Add/Edit Admin Linesheets" (a restriction removes it); a CUSTOM one is changed by its owner only (NOT_FOUND to anyone else). An archived linesheet is no longer changed (CONFLICT, rule WRONG_STATUS). */
  updateLinesheet: Linesheet;
  /** Replaces a user's permissions. Needs user management; grants only what the caller holds. */
  updateUserPermissions: User;
  /** Changes a variant's title, cost or price */
  updateVariant: Variant;
  /** Adds an image to a style: image/png, image/jpeg or image/webp, at most 2 MB, sent as base64; the bytes must be of the type given. A style holds at most 20 images ("Allow Edit Style Images"). A deleted style is no longer changed (CONFLICT, rule WRONG_STATUS). */
  uploadStyleImage: StyleImage;
  /** Finishes a sign-up from its emailed link, with the password chosen then; returns your first session. Public. */
  verifyEmail: AuthPayload;
};


export type MutationAcceptInviteArgs = {
  input: AcceptInviteInput;
};


export type MutationAddClientArgs = {
  regionId?: InputMaybe<Scalars['ID']['input']>;
  retailerName: Scalars['String']['input'];
};


export type MutationAddStyleArgs = {
  input: AddStyleInput;
};


export type MutationAddStyleBadgeArgs = {
  badgeId: Scalars['ID']['input'];
  styleId: Scalars['ID']['input'];
};


export type MutationApproveOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveLinesheetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignCompanyNumberArgs = {
  companyNumberId?: InputMaybe<Scalars['ID']['input']>;
  connectionId: Scalars['ID']['input'];
};


export type MutationAssignCustomerGroupArgs = {
  connectionId: Scalars['ID']['input'];
  customerGroupId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationAssignOrderToNewRetailerArgs = {
  orderId: Scalars['ID']['input'];
  retailerName: Scalars['String']['input'];
};


export type MutationCancelOrderStyleArgs = {
  input: CancelOrderStyleInput;
};


export type MutationChangeEmailArgs = {
  input: ChangeEmailInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationConfirmEmailChangeArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmWholesaleOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConnectPaymentAccountArgs = {
  stripeAccountId?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConnectRetailerArgs = {
  regionId?: InputMaybe<Scalars['ID']['input']>;
  retailerName: Scalars['String']['input'];
};


export type MutationCopyStyleArgs = {
  styleId: Scalars['ID']['input'];
  styleNumber: Scalars['String']['input'];
};


export type MutationCreateAccountArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateLinesheetArgs = {
  input: CreateLinesheetInput;
};


export type MutationCreateOrderArgs = {
  input: CreateOrderInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateRegionArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateStockOrderArgs = {
  input: CreateStockOrderInput;
};


export type MutationCreateStyleBadgeArgs = {
  name: Scalars['String']['input'];
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


export type MutationDeleteLinesheetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteReportPresetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSharedReportPresetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteStyleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationEditConnectionBillingShippingArgs = {
  billingAddress?: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  shippingAddress?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEditConnectionBudgetArgs = {
  budgetCents?: InputMaybe<Scalars['Cents']['input']>;
  connectionId: Scalars['ID']['input'];
};


export type MutationEditConnectionBuyersArgs = {
  buyers: Array<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
};


export type MutationEditConnectionCurrenciesArgs = {
  connectionId: Scalars['ID']['input'];
  currencies: Array<Scalars['String']['input']>;
};


export type MutationEditConnectionCustomerCodeArgs = {
  connectionId: Scalars['ID']['input'];
  customerCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEditConnectionDiscountArgs = {
  connectionId: Scalars['ID']['input'];
  discountPercent?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationEditConnectionDoorsArgs = {
  connectionId: Scalars['ID']['input'];
  doors: Array<Scalars['String']['input']>;
};


export type MutationEditConnectionPaymentMethodsArgs = {
  connectionId: Scalars['ID']['input'];
  paymentMethods: Array<Scalars['String']['input']>;
};


export type MutationEditConnectionSalesRepsArgs = {
  connectionId: Scalars['ID']['input'];
  salesReps: Array<Scalars['String']['input']>;
};


export type MutationEditConnectionShippingMethodsArgs = {
  connectionId: Scalars['ID']['input'];
  shippingMethods: Array<Scalars['String']['input']>;
};


export type MutationEditConnectionWarehousesArgs = {
  connectionId: Scalars['ID']['input'];
  warehouses: Array<Scalars['String']['input']>;
};


export type MutationEditStyleArgs = {
  input: EditStyleInput;
};


export type MutationEndSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationForceExportOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportStockOrdersArgs = {
  csv: Scalars['String']['input'];
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationInvoiceOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkOrderExportedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMergeOrdersArgs = {
  sourceOrderId: Scalars['ID']['input'];
  targetOrderId: Scalars['ID']['input'];
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


export type MutationRemoveConnectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveStyleBadgeArgs = {
  badgeId: Scalars['ID']['input'];
  styleId: Scalars['ID']['input'];
};


export type MutationRemoveStyleImageArgs = {
  imageId: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendInviteArgs = {
  inviteId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRevokeInviteArgs = {
  inviteId: Scalars['ID']['input'];
};


export type MutationSaveCompanyNumberArgs = {
  input: SaveCompanyNumberInput;
};


export type MutationSaveCustomerGroupArgs = {
  input: SaveCustomerGroupInput;
};


export type MutationSaveDiscountOptionArgs = {
  input: SaveDiscountOptionInput;
};


export type MutationSaveDivisionArgs = {
  input: SaveDivisionInput;
};


export type MutationSaveEventArgs = {
  input: SaveEventInput;
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


export type MutationSetConnectionRegionArgs = {
  connectionId: Scalars['ID']['input'];
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetForecastArgs = {
  input: SetForecastInput;
};


export type MutationSetLinesheetIpadSyncArgs = {
  id: Scalars['ID']['input'];
  syncToIpad: Scalars['Boolean']['input'];
};


export type MutationSetLinesheetPrivacyArgs = {
  id: Scalars['ID']['input'];
  private: Scalars['Boolean']['input'];
};


export type MutationSetLinesheetStyleBadgeArgs = {
  badgeId?: InputMaybe<Scalars['ID']['input']>;
  linesheetId: Scalars['ID']['input'];
  styleId: Scalars['ID']['input'];
};


export type MutationSetOrderDatesArgs = {
  input: SetOrderDatesInput;
};


export type MutationSetOrderDiscountArgs = {
  discountOptionId?: InputMaybe<Scalars['ID']['input']>;
  orderId: Scalars['ID']['input'];
  percent?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetOrderLineArgs = {
  input: SetOrderLineInput;
};


export type MutationSetOrderPoNumberArgs = {
  orderId: Scalars['ID']['input'];
  poNumber: Scalars['String']['input'];
};


export type MutationSetRetailerOrderRestrictionsArgs = {
  input: SetRetailerOrderRestrictionsInput;
};


export type MutationSetStockLevelArgs = {
  input: SetStockLevelInput;
};


export type MutationSetStockOrderLineArgs = {
  input: SetStockOrderLineInput;
};


export type MutationSetStyleDivisionArgs = {
  divisionId?: InputMaybe<Scalars['ID']['input']>;
  styleId: Scalars['ID']['input'];
};


export type MutationSetStyleInventoryArgs = {
  input: SetStyleInventoryInput;
};


export type MutationSetStyleUpcArgs = {
  styleId: Scalars['ID']['input'];
  upc?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetUserRegionsArgs = {
  regionIds: Array<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationSetVendorEmailArgs = {
  input: SetVendorEmailInput;
};


export type MutationShareLinesheetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationShipOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSubmitOrderArgs = {
  id: Scalars['ID']['input'];
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


export type MutationUpdateBrandInformationArgs = {
  input: BrandInformationInput;
};


export type MutationUpdateDivisionSettingsArgs = {
  multipleDivisionsPerOrder: Scalars['Boolean']['input'];
};


export type MutationUpdateInventorySettingsArgs = {
  input: InventorySettingsInput;
};


export type MutationUpdateLinesheetArgs = {
  input: UpdateLinesheetInput;
};


export type MutationUpdateUserPermissionsArgs = {
  input: UpdateUserPermissionsInput;
};


export type MutationUpdateVariantArgs = {
  input: UpdateVariantInput;
};


export type MutationUploadStyleImageArgs = {
  contentType: Scalars['String']['input'];
  dataBase64: Scalars['String']['input'];
  styleId: Scalars['ID']['input'];
};


export type MutationVerifyEmailArgs = {
  input: VerifyEmailInput;
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

/** A wholesale order from a retailer connection, taken from a linesheet: DRAFT, SUBMITTED, APPROVED, SHIPPED (or MERGED into another). Money is in cents. */
export type Order = {
  /** The retailer the order is from */
  connection: Connection;
  /** When it was drafted */
  createdAt: Scalars['DateTime']['output'];
  /** Who drafted the order */
  createdBy: User;
  /** YYYY-MM-DD */
  deliveryDate: Scalars['String']['output'];
  /** The order-level discount, in percent (set as a percent or from a discount option) */
  discountPercent: Scalars['Int']['output'];
  /** When it was last set to re-export */
  exportRequestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was last marked as exported */
  exportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The auto-generated PO number, from the account's sequence */
  generatedPoNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Its lines, cancelled ones included, in the order they were added */
  lines: Array<OrderLine>;
  /** The linesheet its styles, start ship and delivery dates come from */
  linesheet: OrderLinesheet;
  /** The order a MERGED order went into */
  mergedIntoId?: Maybe<Scalars['ID']['output']>;
  /** What the order-level discount takes off what the retailer discount left, rounded half up to the cent */
  orderDiscountCents: Scalars['Cents']['output'];
  /** The PO number: the generated one unless a custom one was set */
  poNumber: Scalars['String']['output'];
  /** What the retailer discount takes off the subtotal, rounded half up to the cent */
  retailerDiscountCents: Scalars['Cents']['output'];
  /** The retailer-level discount, in percent: its connection’s current one while DRAFT, the one it was submitted with once placed */
  retailerDiscountPercent: Scalars['Int']['output'];
  /** YYYY-MM-DD */
  startShip: Scalars['String']['output'];
  /** Where the order stands */
  status: OrderStatus;
  /** When it was submitted */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The sum of the totals of the lines not cancelled (each less its SKU-level discount) */
  subtotalCents: Scalars['Cents']['output'];
  /** subtotalCents − retailerDiscountCents − orderDiscountCents: what the retailer pays, and what an invoice is for */
  totalCents: Scalars['Cents']['output'];
};

export type OrderConnection = {
  nodes: Array<Order>;
  pageInfo: PageInfo;
  /** Matching rows across all pages */
  totalCount: Scalars['Int']['output'];
};

/** Units of a style in one size and colour on an order, at a unit price, with an optional SKU-level discount. Money is in cents. */
export type OrderLine = {
  /** Cancelled with the cancel/replace styles tool: out of the totals */
  cancelled: Scalars['Boolean']['output'];
  /** When its style was cancelled */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  colour: Scalars['String']['output'];
  /** The SKU-level discount, in percent */
  discountPercent: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Units ordered */
  quantity: Scalars['Int']['output'];
  size: Scalars['String']['output'];
  /** The style ordered (a deleted style stays on its orders) */
  style: Style;
  /** quantity × unitPriceCents × (1 − discountPercent / 100), rounded to the cent */
  totalCents: Scalars['Cents']['output'];
  /** The style's wholesale price when the line was added */
  unitPriceCents: Scalars['Cents']['output'];
};

/** The linesheet an order is taken from, as the order shows it (whoever sees the order sees these, even of a CUSTOM linesheet of another member) */
export type OrderLinesheet = {
  /** YYYY-MM-DD each: the preset delivery dates (others need CHANGE_DELIVERY_DATES) */
  deliveryDates: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** YYYY-MM-DD: the earliest start ship of its orders without SET_START_SHIP_BEFORE_LINESHEET_START_SHIP */
  startShip: Scalars['String']['output'];
};

/** Where a retailer order stands */
export type OrderStatus =
  /** Approved by the brand; editing it needs EDIT_APPROVED_SHIPPED_ORDERS */
  | 'APPROVED'
  /** Being written: lines, dates, discount and PO number are edited freely */
  | 'DRAFT'
  /** Merged into another order (`mergedIntoId`), which now holds its lines; no longer edited */
  | 'MERGED'
  /** Shipped; editing it needs EDIT_APPROVED_SHIPPED_ORDERS */
  | 'SHIPPED'
  /** Placed by the retailer (or for them); still edited, merged and exported */
  | 'SUBMITTED';

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
  /** Redis, which carries events between instances, was unreachable, so changes may have gone unannounced: these are your permissions as they are now */
  | 'EVENTS_MISSED'
  /** The member's permission sets or toggles were edited */
  | 'PERMISSIONS_EDITED'
  /** The member's geographic regions changed: with geographic permissions on, they reach other connections */
  | 'REGIONS_CHANGED'
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
  /** The caller's account's brand settings (the defaults before any change) */
  brandSettings: BrandSettings;
  /** The account's company numbers, in the order they were added */
  companyNumbers: Array<CompanyNumber>;
  /** Stock, sales and cover of each variant side by side in every warehouse */
  compareWarehouses: Array<WarehouseComparison>;
  /** A retailer connection; NOT_FOUND outside your regions while geographic permissions are on */
  connection: Connection;
  /** Retailer connections, oldest first: only those in your regions while geographic permissions are on */
  connections: ConnectionConnection;
  /** The account's customer groups, in the order they were added */
  customerGroups: Array<CustomerGroup>;
  /** The account's discount options, in the order they were added */
  discountOptions: Array<DiscountOption>;
  /** The account's divisions, in the order they were added */
  divisions: Array<Division>;
  /** The account's events, soonest first */
  events: Array<Event>;
  /** Inventory KPIs per category (categories with stock or sales in the window), by category */
  inventoryKpis: Array<InventoryKpiRow>;
  /** The invite behind an emailed link, for the accept page. Public: the token is the proof. */
  invitation: Invitation;
  /** Invites of the account, newest first; expired ones are ready to re-invite */
  invites: InviteConnection;
  /** The invoices the caller reaches (with geographic permissions on, those of connections in their regions), newest first */
  invoices: InvoiceConnection;
  /** An ADMIN linesheet of the account, or one of the caller's CUSTOM ones (anyone else's answers NOT_FOUND) */
  linesheet: Linesheet;
  /** The account's ADMIN linesheets and the caller's own CUSTOM ones, newest first */
  linesheets: LinesheetConnection;
  me: Me;
  /** Open-to-Buy per month and category, by month then category: every month of the range with a budget or a commitment. At most 24 months. */
  openToBuy: Array<OpenToBuyRow>;
  /** One order the caller reaches (NOT_FOUND outside their regions while geographic permissions are on) */
  order: Order;
  /** The orders the caller reaches (with geographic permissions on, those of connections in their regions), newest first */
  orders: OrderConnection;
  /** The Overstock report: variants above their target cover, largest excess value first */
  overstock: Array<OverstockRow>;
  /** The Overview page */
  overview: Overview;
  /** Every permission set and toggle Roster knows, from both seed help pages. Public. */
  permissionCatalog: Array<PermissionCatalogEntry>;
  /** The catalog, oldest first: the products the catalog, stock orders and wholesale work with */
  products: ProductConnection;
  /** The account's geographic regions */
  regions: Array<Region>;
  /** What to reorder, per variant and warehouse, largest suggestion first */
  replenishment: Array<ReplenishmentSuggestion>;
  /** The caller's private report presets and every shared one, oldest first */
  reportPresets: Array<ReportPreset>;
  /** One stock order of the account */
  stockOrder: StockOrder;
  /** The account's stock orders, newest first */
  stockOrders: StockOrderConnection;
  /** One style of the account, deleted or not */
  style: Style;
  /** The account's custom style badges, oldest first */
  styleBadges: Array<StyleBadge>;
  /** The account's styles, oldest first */
  styles: StyleConnection;
  /** The account's sync runs, newest first */
  syncRuns: SyncRunConnection;
  user: User;
  /** Members of the account, oldest first */
  users: UserConnection;
  /** A variant of the catalog, to the catalog, stock orders and wholesale */
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


export type QueryConnectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConnectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ConnectionStatus>;
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


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLinesheetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLinesheetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOpenToBuyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
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


export type QueryStyleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStylesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
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

/** A geographic region: connections are in one; members are assigned some (geographic permissions) */
export type Region = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
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

export type ResetPasswordInput = {
  /** The new password, at least 8 characters */
  password: Scalars['String']['input'];
  /** From the emailed link */
  token: Scalars['String']['input'];
};

/** A company number to add (no id) or edit (its id) */
export type SaveCompanyNumberInput = {
  /** The company number to edit; left out to add one */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What the number is (VAT, DUNS, …); up to 100 characters */
  label: Scalars['String']['input'];
  /** The number itself; up to 64 characters */
  number: Scalars['String']['input'];
};

/** A customer group to add (no id) or edit (its id) */
export type SaveCustomerGroupInput = {
  /** The customer group to edit; left out to add one */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The name, unique within the account; up to 100 characters */
  name: Scalars['String']['input'];
};

/** A discount option to add (no id) or edit (its id) */
export type SaveDiscountOptionInput = {
  /** The discount option to edit; left out to add one */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The name, unique within the account; up to 100 characters */
  name: Scalars['String']['input'];
  /** The discount, in whole percent from 0 to 100 */
  percent: Scalars['Int']['input'];
};

/** A division to add (no id) or edit (its id) */
export type SaveDivisionInput = {
  /** The division to edit; left out to add one */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The name, unique within the account; up to 100 characters */
  name: Scalars['String']['input'];
};

export type SaveEventInput = {
  /** YYYY-MM-DD, on or after startsOn */
  endsOn: Scalars['String']['input'];
  /** The event to change; left out, a new one is created */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Left out or null: none */
  location?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
};

export type SaveReportPresetInput = {
  filters: ReportFiltersInput;
  /** The preset to change; without it a new one is created */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

/** One of your sessions (a device, a browser); `endSession` ends it at once */
export type Session = {
  /** The account it acts in */
  account: Account;
  createdAt: Scalars['DateTime']['output'];
  /** True for the session making this request */
  current: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** When it last made a request (to within half a minute) */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** The User-Agent it signed in with */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** Why a session ended */
export type SessionEnd =
  /** Its login's email was changed, at the request of another session */
  | 'EMAIL_CHANGED'
  /** Its person ended it from another session (`endSession`, `endOtherSessions`) */
  | 'ENDED_BY_USER'
  /** The session passed its expiry */
  | 'EXPIRED'
  /** The session logged out */
  | 'LOGOUT'
  /** The member was deleted from the account */
  | 'MEMBER_DELETED'
  /** Its login's password was changed from another session */
  | 'PASSWORD_CHANGED'
  /** Its login's password was reset through an emailed link */
  | 'PASSWORD_RESET';

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

export type SetOrderDatesInput = {
  /** YYYY-MM-DD; unchanged when left out */
  deliveryDate?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  /** YYYY-MM-DD; unchanged when left out */
  startShip?: InputMaybe<Scalars['String']['input']>;
};

export type SetOrderLineInput = {
  colour: Scalars['String']['input'];
  /** The SKU-level discount, 0 to 100 (0 for a new line, unchanged for a line held, when left out) */
  discountPercent?: InputMaybe<Scalars['Int']['input']>;
  orderId: Scalars['ID']['input'];
  /** Units, up to 1,000,000; 0 removes the line */
  quantity: Scalars['Int']['input'];
  size: Scalars['String']['input'];
  /** A style on the order's linesheet */
  styleId: Scalars['ID']['input'];
};

export type SetRetailerOrderRestrictionsInput = {
  connectionId: Scalars['ID']['input'];
  /** The smallest order; null removes the minimum; unchanged when left out */
  minimumOrderCents?: InputMaybe<Scalars['Cents']['input']>;
  /** Whether the retailer may edit order details; unchanged when left out */
  retailerMayEditOrders?: InputMaybe<Scalars['Boolean']['input']>;
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

export type SetStyleInventoryInput = {
  /** Units available, 0 to 1,000,000 */
  available: Scalars['Int']['input'];
  /** At most 64 characters */
  colour: Scalars['String']['input'];
  /** At most 32 characters */
  size: Scalars['String']['input'];
  styleId: Scalars['ID']['input'];
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
  /** At least 8 characters; asked again with the emailed link */
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

/** A style of the brand's collection, sold wholesale in sizes and colours. Money is in cents. */
export type Style = {
  /** The custom badges on it, in the order they were put on */
  badges: Array<StyleBadge>;
  createdAt: Scalars['DateTime']['output'];
  /** When it was deleted (it stays on orders and linesheets) */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  division?: Maybe<Division>;
  id: Scalars['ID']['output'];
  /** Its images, oldest first */
  images: Array<StyleImage>;
  /** Units available per size and colour, in the order they were first set */
  inventory: Array<StyleInventory>;
  name: Scalars['String']['output'];
  /** The brand’s number for the style, unique in the account */
  styleNumber: Scalars['String']['output'];
  /** The UPC (12 to 14 digits) */
  upc?: Maybe<Scalars['String']['output']>;
  /** The price of one unit to retailers */
  wholesalePriceCents: Scalars['Cents']['output'];
};

/** A custom style badge, such as "Best Seller" */
export type StyleBadge = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type StyleConnection = {
  nodes: Array<Style>;
  pageInfo: PageInfo;
  /** Matching rows across all pages */
  totalCount: Scalars['Int']['output'];
};

/** An image of a style */
export type StyleImage = {
  /** image/png, image/jpeg or image/webp */
  contentType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Where the image bytes are served (GET, with the same "Authorization: Bearer <token>" header as GraphQL) */
  url: Scalars['String']['output'];
};

/** Units available of a style in one size and colour */
export type StyleInventory = {
  /** Units available to sell */
  available: Scalars['Int']['output'];
  colour: Scalars['String']['output'];
  size: Scalars['String']['output'];
};

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

export type UpdateLinesheetInput = {
  /** Replaces the delivery dates (on or after the start ship; 1 to 52) */
  deliveryDates?: InputMaybe<Array<Scalars['String']['input']>>;
  linesheetId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  startShip?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the styles; styles kept keep their badge, styles added must not be deleted */
  styleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
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
  /** What the user holds and may do. Visible to the user themselves and to user managers (null with FORBIDDEN to others). */
  permissions?: Maybe<EffectivePermissions>;
  /** The user's geographic regions. Visible to the user themselves and to user managers. */
  regions?: Maybe<Array<Region>>;
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

export type VerifyEmailInput = {
  /** The password chosen at sign-up */
  password: Scalars['String']['input'];
  /** From the emailed link */
  token: Scalars['String']['input'];
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

/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __Type = {
  kind: __TypeKind;
  name?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  specifiedByURL?: Maybe<Scalars['String']['output']>;
  fields?: Maybe<Array<__Field>>;
  interfaces?: Maybe<Array<__Type>>;
  possibleTypes?: Maybe<Array<__Type>>;
  enumValues?: Maybe<Array<__EnumValue>>;
  inputFields?: Maybe<Array<__InputValue>>;
  ofType?: Maybe<__Type>;
  isOneOf?: Maybe<Scalars['Boolean']['output']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeFieldsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeEnumValuesArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeInputFieldsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

/** Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type. */
export type __Field = {
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  args: Array<__InputValue>;
  type: __Type;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};


/** Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type. */
export type __FieldArgsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value. */
export type __InputValue = {
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  type: __Type;
  /** A GraphQL-formatted string representing the default value for this input value. */
  defaultValue?: Maybe<Scalars['String']['output']>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};

/** One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string. */
export type __EnumValue = {
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};

export type AuthLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AuthLoginMutation = { login: { token: string, me: { personId: string, name: string, account: { id: string, name: string } } } };

export type AuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeQuery = { me: { name: string, email: string, account: { id: string, name: string, wholesaleEnabled: boolean }, user: { status: UserStatus }, permissions: { fullAccess: boolean, permissions: Array<PermissionKey> }, accounts: Array<{ name: string }> } };

export type AuthSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type AuthSignUpMutation = { signUp: { email: string } };

export type AuthVerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type AuthVerifyEmailMutation = { verifyEmail: { token: string, me: { user: { permissions?: { fullAccess: boolean } | null } } } };

export type AuthLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthLogoutMutation = { logout: boolean };

export type AuthMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe2Query = { me: { name: string } };

export type AuthInviteUserMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type AuthInviteUserMutation = { inviteUser: { id: string } };

export type AuthInvitationQueryVariables = Exact<{
  t: Scalars['String']['input'];
}>;


export type AuthInvitationQuery = { invitation: { hasLogin: boolean } };

export type AuthAcceptInviteMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;


export type AuthAcceptInviteMutation = { acceptInvite: { token: string } };

export type AuthMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe3Query = { me: { accounts: Array<{ id: string, name: string }>, permissions: { fullAccess: boolean } } };

export type AuthSwitchAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthSwitchAccountMutation = { switchAccount: { account: { name: string }, permissions: { fullAccess: boolean } } };

export type AuthAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthAccountQuery = { account: { name: string } };

export type AtCommitInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type AtCommitInviteMutation = { inviteUser: { id: string } };

export type AtCommitAcceptMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;


export type AtCommitAcceptMutation = { acceptInvite: { token: string, me: { permissions: { fullAccess: boolean, permissions: Array<PermissionKey> } } } };

export type AtCommitSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  permissions: Array<PermissionKey> | PermissionKey;
}>;


export type AtCommitSetMutation = { updateUserPermissions: { id: string } };

export type AtCommitDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AtCommitDeleteMutation = { deleteUser: { id: string } };

export type AtCommitAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type AtCommitAuditQuery = { auditLog: { nodes: Array<{ action: AuditAction, after?: any | null, actor?: { id: string } | null, target?: { id: string } | null, invite?: { id: string, status: InviteStatus } | null }> } };

export type AtCommitDeleteUserMutationVariables = Exact<{
  me: Scalars['ID']['input'];
  email: Scalars['String']['input'];
}>;


export type AtCommitDeleteUserMutation = { leave: { status: UserStatus }, invite: { id: string } };

export type AtCommitUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AtCommitUserQuery = { user: { status: UserStatus } };

export type AtCommitInvitesQueryVariables = Exact<{ [key: string]: never; }>;


export type AtCommitInvitesQuery = { invites: { nodes: Array<{ email: string }> } };

export type AtCommitInvites2QueryVariables = Exact<{ [key: string]: never; }>;


export type AtCommitInvites2Query = { invites: { nodes: Array<{ id: string, revokedBy?: { id: string } | null }> } };

export type AtCommitResendInviteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AtCommitResendInviteMutation = { resendInvite: { id: string } };

export type AtCommitInvitationQueryVariables = Exact<{
  t: Scalars['String']['input'];
}>;


export type AtCommitInvitationQuery = { invitation: { invitedByName: string } };

export type BackupSnapshotQueryVariables = Exact<{ [key: string]: never; }>;


export type BackupSnapshotQuery = { users: { nodes: Array<{ id: string, name: string, email: string, status: UserStatus, permissions?: { permissions: Array<PermissionKey> } | null }> }, invites: { nodes: Array<{ email: string, status: InviteStatus }> }, auditLog: { nodes: Array<{ action: AuditAction, subjectId: string }> } };

export type BackupInviteUserMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type BackupInviteUserMutation = { inviteUser: { id: string } };

export type BackupUpdateAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type BackupUpdateAccountMutation = { updateAccount: { name: string } };

export type CatalogPermissionCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogPermissionCatalogQuery = { permissionCatalog: Array<{ key: PermissionKey, name: string, description: string, seedDescription: string, category: PermissionCategory, kind: PermissionKind, grants: Array<Capability>, removes: Array<Capability>, narrows?: Narrowing | null, source: PermissionSource }>, __type?: { enumValues?: Array<{ name: string }> | null } | null };

export type CliLoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type CliLoginMutation = { login: { token: string, me: { can: boolean, permissions: { permissions: Array<PermissionKey> } } } };

export type CliMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CliMeQuery = { me: { name: string } };

export type CrashUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  permissions: Array<PermissionKey> | PermissionKey;
}>;


export type CrashUpdateMutation = { updateUserPermissions: { id: string } };

export type CrashInviteMemberMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type CrashInviteMemberMutation = { inviteUser: { id: string } };

export type CrashInviteMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type CrashInviteMutation = { inviteUser: { id: string } };

export type CrashDeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrashDeleteUserMutation = { deleteUser: { id: string } };

export type CrashUserCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CrashUserCountQuery = { users: { totalCount: number } };

export type CrashMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CrashMeQuery = { me: { email: string } };

export type CrashUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type CrashUsersQuery = { users: { nodes: Array<{ id: string, permissions?: { permissions: Array<PermissionKey> } | null }> } };

export type HarnessSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type HarnessSignUpMutation = { signUp: { email: string } };

export type HarnessVerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type HarnessVerifyEmailMutation = { verifyEmail: { token: string, me: { account: { id: string }, user: { id: string } } } };

export type HarnessInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type HarnessInviteUserMutation = { inviteUser: { id: string } };

export type HarnessAcceptInviteMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;


export type HarnessAcceptInviteMutation = { acceptInvite: { token: string, me: { account: { id: string }, user: { id: string } } } };

export type IdentitySignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type IdentitySignUpMutation = { signUp: { email: string, message: string } };

export type IdentityVerifyMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type IdentityVerifyMutation = { verifyEmail: { token: string, me: { name: string, email: string, account: { name: string } } } };

export type IdentityLoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type IdentityLoginMutation = { login: { token: string } };

export type IdentityResetRequestMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type IdentityResetRequestMutation = { requestPasswordReset: { email: string, message: string } };

export type IdentityResetMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type IdentityResetMutation = { resetPassword: boolean };

export type IdentityAcceptMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;


export type IdentityAcceptMutation = { acceptInvite: { token: string, me: { email: string, account: { id: string } } } };

export type IdentityInviteUserMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type IdentityInviteUserMutation = { inviteUser: { id: string } };

export type IdentityInvitationQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type IdentityInvitationQuery = { invitation: { hasLogin: boolean } };

export type IdentityInviteUser2MutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type IdentityInviteUser2Mutation = { inviteUser: { id: string } };

export type IdentityMeQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMeQuery = { me: { name: string } };

export type IdentityAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityAuditLogQuery = { auditLog: { nodes: Array<{ action: AuditAction, after?: any | null }> } };

export type IdentityAuditLog2QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityAuditLog2Query = { auditLog: { nodes: Array<{ action: AuditAction, after?: any | null, target?: { email: string } | null }> } };

export type IdentityChangePasswordMutationVariables = Exact<{
  current: Scalars['String']['input'];
  new: Scalars['String']['input'];
}>;


export type IdentityChangePasswordMutation = { changePassword: boolean };

export type IdentityChangeEmailMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type IdentityChangeEmailMutation = { changeEmail: { email: string, message: string } };

export type IdentityConfirmMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type IdentityConfirmMutation = { confirmEmailChange: boolean };

export type IdentityAuditLog3QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityAuditLog3Query = { auditLog: { nodes: Array<{ action: AuditAction, before?: any | null, after?: any | null }> } };

export type IdentitySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentitySessionsQuery = { me: { sessions: Array<{ id: string, userAgent?: string | null, current: boolean, lastSeenAt?: any | null, account: { name: string } }> } };

export type IdentityEndSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IdentityEndSessionMutation = { endSession: boolean };

export type IdentityEndOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type IdentityEndOtherSessionsMutation = { endOtherSessions: number };

export type IdentityAuditLog4QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityAuditLog4Query = { auditLog: { nodes: Array<{ action: AuditAction, after?: any | null }> } };

export type IdentityCreateMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type IdentityCreateMutation = { createAccount: { account: { id: string, name: string }, permissions: { fullAccess: boolean }, accounts: Array<{ name: string }> } };

export type IdentityMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMe2Query = { me: { account: { id: string } } };

export type IdentityAuditLog5QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityAuditLog5Query = { auditLog: { nodes: Array<{ action: AuditAction }> } };

export type InstancesSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  permissions: Array<PermissionKey> | PermissionKey;
}>;


export type InstancesSetMutation = { updateUserPermissions: { id: string } };

export type InstancesUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type InstancesUsersQuery = { users: { nodes: Array<{ id: string, permissions?: { fullAccess: boolean } | null }> } };

export type InstancesSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type InstancesSignUpMutation = { signUp: { email: string } };

export type InstancesVerifyMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type InstancesVerifyMutation = { verifyEmail: { token: string } };

export type InstancesInviteUserMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type InstancesInviteUserMutation = { inviteUser: { id: string } };

export type InstancesAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type InstancesAuditLogQuery = { auditLog: { nodes: Array<{ action: AuditAction }> } };

export type InstancesLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type InstancesLogoutMutation = { logout: boolean };

export type InstancesMeQueryVariables = Exact<{ [key: string]: never; }>;


export type InstancesMeQuery = { me: { name: string } };

export type InstancesLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type InstancesLoginMutation = { login: { token: string } };

export type InventoryAuditLogQueryVariables = Exact<{
  subjectType?: InputMaybe<AuditSubjectType>;
}>;


export type InventoryAuditLogQuery = { auditLog: { nodes: Array<{ action: AuditAction, subjectType: AuditSubjectType, subjectId: string, before?: any | null, after?: any | null, actor?: { name: string } | null }> } };

export type BillingSyncBillingQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingSyncBillingQuery = { account: { id: string, name: string, createdAt: any, billing?: { plan: BillingPlan, billingEmail: string, cardLast4?: string | null, monthlyPriceCents: any, renewsAt: any } | null } };

export type BillingSyncUpdateBillingMutationVariables = Exact<{
  input: UpdateBillingInput;
}>;


export type BillingSyncUpdateBillingMutation = { updateBilling: { plan: BillingPlan, billingEmail: string, cardLast4?: string | null, monthlyPriceCents: any, renewsAt: any } };

export type BillingSyncRunSyncMutationVariables = Exact<{ [key: string]: never; }>;


export type BillingSyncRunSyncMutation = { runSync: { id: string, variantCount: number, warehouseCount: number, startedAt: any, finishedAt: any, startedBy: { id: string, name: string } } };

export type BillingSyncSyncRunsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BillingSyncSyncRunsQuery = { syncRuns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, startedBy: { id: string } }> } };

export type BillingSyncAuditLogQueryVariables = Exact<{
  type?: InputMaybe<AuditSubjectType>;
}>;


export type BillingSyncAuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ action: AuditAction, subjectId: string, before?: any | null, after?: any | null, actor?: { id: string } | null }> } };

export type BillingSyncAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingSyncAccountQuery = { account: { name: string, billing?: { plan: BillingPlan } | null } };

export type BillingSyncCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type BillingSyncCreateProductMutation = { createProduct: { id: string } };

export type BillingSyncCreateWarehouseMutationVariables = Exact<{ [key: string]: never; }>;


export type BillingSyncCreateWarehouseMutation = { createWarehouse: { id: string } };

export type InventoryCatalogCreateMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type InventoryCatalogCreateMutation = { createProduct: { id: string, name: string, category: string, variants: Array<{ id: string, sku: string, costCents?: any | null, priceCents: any, marginPercent?: number | null }> } };

export type InventoryCatalogUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InventoryCatalogUserQuery = { user: { id: string } };

export type InventoryCatalogProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type InventoryCatalogProductsQuery = { products: { totalCount: number } };

export type InventoryCatalogFindQueryVariables = Exact<{
  category?: InputMaybe<Scalars['String']['input']>;
}>;


export type InventoryCatalogFindQuery = { products: { totalCount: number, nodes: Array<{ id: string, name: string, category: string, variants: Array<{ id: string, sku: string, title: string, priceCents: any, product: { name: string } }> }> } };

export type InventoryCatalogVariantQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InventoryCatalogVariantQuery = { variant: { sku: string } };

export type InventoryCatalogVariant2QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InventoryCatalogVariant2Query = { variant: { sku: string, costCents?: any | null, marginPercent?: number | null, forecastMonthlyUnits?: number | null, stock?: Array<{ onHand: number }> | null } };

export type OpenToBuySetBudgetMutationVariables = Exact<{
  input: SetBudgetInput;
}>;


export type OpenToBuySetBudgetMutation = { setBudget: { id: string, month: string, category: string, amountCents: any } };

export type OpenToBuyOpenToBuyQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type OpenToBuyOpenToBuyQuery = { openToBuy: Array<{ month: string, category: string, budgetCents: any, committedCents: any, remainingCents: any }> };

export type OpenToBuyAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenToBuyAuditQuery = { auditLog: { totalCount: number, nodes: Array<{ action: AuditAction, subjectId: string, before?: any | null, after?: any | null }> } };

export type OpenToBuyCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type OpenToBuyCreateProductMutation = { createProduct: { variants: Array<{ id: string }> } };

export type OpenToBuyCreateVendorMutationVariables = Exact<{ [key: string]: never; }>;


export type OpenToBuyCreateVendorMutation = { createVendor: { id: string } };

export type OpenToBuyCreateWarehouseMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type OpenToBuyCreateWarehouseMutation = { createWarehouse: { id: string } };

export type PurchasingCreateWarehouseMutationVariables = Exact<{ [key: string]: never; }>;


export type PurchasingCreateWarehouseMutation = { createWarehouse: { id: string } };

export type PurchasingCreateVendorMutationVariables = Exact<{
  input: CreateVendorInput;
}>;


export type PurchasingCreateVendorMutation = { createVendor: { id: string } };

export type PurchasingCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type PurchasingCreateProductMutation = { createProduct: { variants: Array<{ id: string }> } };

export type PurchasingOrderFragment = { id: string, status: StockOrderStatus, expectedMonth: string, totalCents: any, placedAt?: any | null, receivedAt?: any | null, emailedAt?: any | null, vendor: { id: string }, warehouse: { id: string }, createdBy: { id: string }, lines: Array<{ quantity: number, unitCostCents: any, totalCents: any, variant: { id: string, sku: string } }> };

export type PurchasingCreateMutationVariables = Exact<{
  input: CreateStockOrderInput;
}>;


export type PurchasingCreateMutation = { createStockOrder: { id: string, status: StockOrderStatus, expectedMonth: string, totalCents: any, placedAt?: any | null, receivedAt?: any | null, emailedAt?: any | null, vendor: { id: string }, warehouse: { id: string }, createdBy: { id: string }, lines: Array<{ quantity: number, unitCostCents: any, totalCents: any, variant: { id: string, sku: string } }> } };

export type PurchasingSetLineMutationVariables = Exact<{
  input: SetStockOrderLineInput;
}>;


export type PurchasingSetLineMutation = { setStockOrderLine: { id: string, status: StockOrderStatus, expectedMonth: string, totalCents: any, placedAt?: any | null, receivedAt?: any | null, emailedAt?: any | null, vendor: { id: string }, warehouse: { id: string }, createdBy: { id: string }, lines: Array<{ quantity: number, unitCostCents: any, totalCents: any, variant: { id: string, sku: string } }> } };

export type PurchasingPlaceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PurchasingPlaceMutation = { placeStockOrder: { id: string, status: StockOrderStatus, expectedMonth: string, totalCents: any, placedAt?: any | null, receivedAt?: any | null, emailedAt?: any | null, vendor: { id: string }, warehouse: { id: string }, createdBy: { id: string }, lines: Array<{ quantity: number, unitCostCents: any, totalCents: any, variant: { id: string, sku: string } }> } };

export type PurchasingReceiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PurchasingReceiveMutation = { receiveStockOrder: { id: string, status: StockOrderStatus, expectedMonth: string, totalCents: any, placedAt?: any | null, receivedAt?: any | null, emailedAt?: any | null, vendor: { id: string }, warehouse: { id: string }, createdBy: { id: string }, lines: Array<{ quantity: number, unitCostCents: any, totalCents: any, variant: { id: string, sku: string } }> } };

export type PurchasingSendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PurchasingSendMutation = { sendStockOrder: { id: string, status: StockOrderStatus, expectedMonth: string, totalCents: any, placedAt?: any | null, receivedAt?: any | null, emailedAt?: any | null, vendor: { id: string }, warehouse: { id: string }, createdBy: { id: string }, lines: Array<{ quantity: number, unitCostCents: any, totalCents: any, variant: { id: string, sku: string } }> } };

export type PurchasingSetEmailMutationVariables = Exact<{
  input: SetVendorEmailInput;
}>;


export type PurchasingSetEmailMutation = { setVendorEmail: { id: string, email?: string | null } };

export type PurchasingImportMutationVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type PurchasingImportMutation = { importStockOrders: { stockOrderCount: number, stockOrders: Array<{ id: string, status: StockOrderStatus, expectedMonth: string, totalCents: any, placedAt?: any | null, receivedAt?: any | null, emailedAt?: any | null, vendor: { id: string }, warehouse: { id: string }, createdBy: { id: string }, lines: Array<{ quantity: number, unitCostCents: any, totalCents: any, variant: { id: string, sku: string } }> }>, errors: Array<{ row: number, column?: string | null, message: string }> } };

export type PurchasingOrderByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PurchasingOrderByIdQuery = { stockOrder: { id: string, status: StockOrderStatus, expectedMonth: string, totalCents: any, placedAt?: any | null, receivedAt?: any | null, emailedAt?: any | null, vendor: { id: string }, warehouse: { id: string }, createdBy: { id: string }, lines: Array<{ quantity: number, unitCostCents: any, totalCents: any, variant: { id: string, sku: string } }> } };

export type PurchasingCountQueryVariables = Exact<{ [key: string]: never; }>;


export type PurchasingCountQuery = { stockOrders: { totalCount: number } };

export type PurchasingVariantQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PurchasingVariantQuery = { variant: { stock?: Array<{ onHand: number, warehouse: { id: string } }> | null } };

export type PurchasingAuditLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PurchasingAuditLogQuery = { auditLog: { nodes: Array<{ action: AuditAction, after?: any | null }> } };

export type PurchasingSetStockLevelMutationVariables = Exact<{
  input: SetStockLevelInput;
}>;


export type PurchasingSetStockLevelMutation = { setStockLevel: { id: string } };

export type PurchasingStockOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type PurchasingStockOrdersQuery = { stockOrders: { totalCount: number, nodes: Array<{ id: string, status: StockOrderStatus }> } };

export type PurchasingImportStockOrdersMutationVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type PurchasingImportStockOrdersMutation = { importStockOrders: { stockOrders: Array<{ id: string }>, errors: Array<{ row: number }> } };

export type PurchasingPlaceIdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PurchasingPlaceIdMutation = { placeStockOrder: { id: string } };

export type PurchasingReceiveIdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PurchasingReceiveIdMutation = { receiveStockOrder: { id: string } };

export type PurchasingSendIdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PurchasingSendIdMutation = { sendStockOrder: { id: string } };

export type PurchasingCreateVendor2MutationVariables = Exact<{ [key: string]: never; }>;


export type PurchasingCreateVendor2Mutation = { createVendor: { id: string } };

export type PurchasingVendorsQueryVariables = Exact<{ [key: string]: never; }>;


export type PurchasingVendorsQuery = { vendors: Array<{ id: string, email?: string | null }> };

export type PurchasingAuditLog2QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PurchasingAuditLog2Query = { auditLog: { nodes: Array<{ action: AuditAction, subjectType: AuditSubjectType, after?: any | null }> } };

export type PurchasingAuditLog3QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PurchasingAuditLog3Query = { auditLog: { nodes: Array<{ action: AuditAction, after?: any | null }> } };

export type PurchasingImportStockOrders2MutationVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type PurchasingImportStockOrders2Mutation = { importStockOrders: { stockOrderCount: number, errors: Array<{ row: number }> } };

export type PurchasingAuditLog4QueryVariables = Exact<{ [key: string]: never; }>;


export type PurchasingAuditLog4Query = { auditLog: { totalCount: number, nodes: Array<{ action: AuditAction }> } };

export type ReportsKpisQueryVariables = Exact<{
  days?: InputMaybe<Scalars['Int']['input']>;
  categories?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  warehouseIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type ReportsKpisQuery = { inventoryKpis: Array<{ category: string, unitsSold: any, unitsOnHand: any, sellThroughPercent?: number | null, inventoryTurnover?: number | null, stockValueCents: any }> };

export type ReportsPresetFieldsFragment = { id: string, name: string, shared: boolean, filters: { categories: Array<string>, warehouseIds: Array<string>, days: number }, owner: { id: string, name: string } };

export type ReportsPresetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsPresetsQuery = { reportPresets: Array<{ id: string, name: string, shared: boolean, filters: { categories: Array<string>, warehouseIds: Array<string>, days: number }, owner: { id: string, name: string } }> };

export type ReportsSaveMutationVariables = Exact<{
  input: SaveReportPresetInput;
}>;


export type ReportsSaveMutation = { saveReportPreset: { id: string, name: string, shared: boolean, filters: { categories: Array<string>, warehouseIds: Array<string>, days: number }, owner: { id: string, name: string } } };

export type ReportsSaveSharedMutationVariables = Exact<{
  input: SaveReportPresetInput;
}>;


export type ReportsSaveSharedMutation = { saveSharedReportPreset: { id: string, name: string, shared: boolean, filters: { categories: Array<string>, warehouseIds: Array<string>, days: number }, owner: { id: string, name: string } } };

export type ReportsDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportsDeleteMutation = { deleteReportPreset: { id: string } };

export type ReportsDeleteSharedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportsDeleteSharedMutation = { deleteSharedReportPreset: { id: string } };

export type ReportsAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsAuditQuery = { auditLog: { totalCount: number, nodes: Array<{ action: AuditAction, subjectId: string, before?: any | null, after?: any | null }> } };

export type ReportsSetStockMutationVariables = Exact<{
  input: SetStockLevelInput;
}>;


export type ReportsSetStockMutation = { setStockLevel: { id: string } };

export type ReportsRecordSalesMutationVariables = Exact<{
  input: RecordSalesInput;
}>;


export type ReportsRecordSalesMutation = { recordSales: { id: string } };

export type ReportsCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type ReportsCreateProductMutation = { createProduct: { variants: Array<{ id: string }> } };

export type ReportsCreateWarehouseMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type ReportsCreateWarehouseMutation = { createWarehouse: { id: string } };

export type ReportsCreateWarehouse2MutationVariables = Exact<{ [key: string]: never; }>;


export type ReportsCreateWarehouse2Mutation = { createWarehouse: { id: string } };

export type WholesaleCreateWarehouseMutationVariables = Exact<{ [key: string]: never; }>;


export type WholesaleCreateWarehouseMutation = { createWarehouse: { id: string } };

export type WholesaleCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type WholesaleCreateProductMutation = { createProduct: { variants: Array<{ id: string }> } };

export type WholesaleOrderFieldsFragment = { id: string, customerName: string, status: WholesaleOrderStatus, totalCents: any, confirmedAt?: any | null, warehouse: { id: string }, createdBy: { id: string }, lines: Array<{ quantity: number, unitPriceCents: any, totalCents: any, variant: { sku: string } }> };

export type WholesaleCreateMutationVariables = Exact<{
  input: CreateWholesaleOrderInput;
}>;


export type WholesaleCreateMutation = { createWholesaleOrder: { id: string, customerName: string, status: WholesaleOrderStatus, totalCents: any, confirmedAt?: any | null, warehouse: { id: string }, createdBy: { id: string }, lines: Array<{ quantity: number, unitPriceCents: any, totalCents: any, variant: { sku: string } }> } };

export type WholesaleConfirmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WholesaleConfirmMutation = { confirmWholesaleOrder: { id: string, customerName: string, status: WholesaleOrderStatus, totalCents: any, confirmedAt?: any | null, warehouse: { id: string }, createdBy: { id: string }, lines: Array<{ quantity: number, unitPriceCents: any, totalCents: any, variant: { sku: string } }> } };

export type WholesaleListQueryVariables = Exact<{ [key: string]: never; }>;


export type WholesaleListQuery = { wholesaleOrders: { totalCount: number, nodes: Array<{ id: string, customerName: string, status: WholesaleOrderStatus, totalCents: any, confirmedAt?: any | null, warehouse: { id: string }, createdBy: { id: string }, lines: Array<{ quantity: number, unitPriceCents: any, totalCents: any, variant: { sku: string } }> }> } };

export type WholesaleUpdateAccountMutationVariables = Exact<{
  on: Scalars['Boolean']['input'];
}>;


export type WholesaleUpdateAccountMutation = { updateAccount: { wholesaleEnabled: boolean } };

export type WholesaleSetStockLevelMutationVariables = Exact<{
  input: SetStockLevelInput;
}>;


export type WholesaleSetStockLevelMutation = { setStockLevel: { id: string } };

export type WholesaleVariantQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WholesaleVariantQuery = { variant: { stock?: Array<{ onHand: number }> | null } };

export type WholesaleAuditLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WholesaleAuditLogQuery = { auditLog: { nodes: Array<{ action: AuditAction }> } };

export type WholesaleWholesaleOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WholesaleWholesaleOrderQuery = { wholesaleOrder: { status: WholesaleOrderStatus } };

export type WholesaleUpdateAccount2MutationVariables = Exact<{ [key: string]: never; }>;


export type WholesaleUpdateAccount2Mutation = { updateAccount: { id: string } };

export type WholesaleWholesaleOrder2QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WholesaleWholesaleOrder2Query = { wholesaleOrder: { id: string } };

export type WholesaleCreateProduct2MutationVariables = Exact<{ [key: string]: never; }>;


export type WholesaleCreateProduct2Mutation = { createProduct: { variants: Array<{ id: string }> } };

export type WholesaleCreateWholesaleOrderMutationVariables = Exact<{
  input: CreateWholesaleOrderInput;
}>;


export type WholesaleCreateWholesaleOrderMutation = { createWholesaleOrder: { id: string } };

export type WholesaleConfirmWholesaleOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WholesaleConfirmWholesaleOrderMutation = { confirmWholesaleOrder: { id: string } };

export type InvitesInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InvitesInviteMutation = { inviteUser: { id: string, status: InviteStatus, expiresAt: any, sentCount: number } };

export type InvitesListQueryVariables = Exact<{
  status?: InputMaybe<InviteStatus>;
}>;


export type InvitesListQuery = { invites: { totalCount: number, nodes: Array<{ id: string, email: string, status: InviteStatus, sentCount: number, acceptedBy?: { name: string } | null, revokedBy?: { name: string } | null }> } };

export type InvitesAcceptMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;


export type InvitesAcceptMutation = { acceptInvite: { token: string, me: { user: { id: string }, permissions: { permissions: Array<PermissionKey> } } } };

export type InvitesResendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvitesResendMutation = { resendInvite: { status: InviteStatus, sentCount: number, expiresAt: any } };

export type InvitesRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvitesRevokeMutation = { revokeInvite: { status: InviteStatus } };

export type InvitesDeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvitesDeleteUserMutation = { deleteUser: { status: UserStatus } };

export type InvitesUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvitesUserQuery = { user: { status: UserStatus, deletedAt?: any | null } };

export type InvitesActiveUsersQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvitesActiveUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, status: UserStatus }> } };

export type InvitesDeletedUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitesDeletedUsersQuery = { users: { nodes: Array<{ status: UserStatus }> } };

export type BrandSettingsFieldsFragment = { legalName?: string | null, website?: string | null, contactEmail?: string | null, about?: string | null, multipleDivisionsPerOrder: boolean, inventoryVisibility: InventoryVisibility, inventoryDisplay: InventoryDisplay };

export type BrandSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrandSettingsQuery = { brandSettings: { paymentAccount?: string | null, legalName?: string | null, website?: string | null, contactEmail?: string | null, about?: string | null, multipleDivisionsPerOrder: boolean, inventoryVisibility: InventoryVisibility, inventoryDisplay: InventoryDisplay } };

export type BrandUpdateInfoMutationVariables = Exact<{
  input: BrandInformationInput;
}>;


export type BrandUpdateInfoMutation = { updateBrandInformation: { legalName?: string | null, website?: string | null, contactEmail?: string | null, about?: string | null, multipleDivisionsPerOrder: boolean, inventoryVisibility: InventoryVisibility, inventoryDisplay: InventoryDisplay } };

export type BrandUpdateDivisionsMutationVariables = Exact<{
  on: Scalars['Boolean']['input'];
}>;


export type BrandUpdateDivisionsMutation = { updateDivisionSettings: { legalName?: string | null, website?: string | null, contactEmail?: string | null, about?: string | null, multipleDivisionsPerOrder: boolean, inventoryVisibility: InventoryVisibility, inventoryDisplay: InventoryDisplay } };

export type BrandUpdateInventoryMutationVariables = Exact<{
  input: InventorySettingsInput;
}>;


export type BrandUpdateInventoryMutation = { updateInventorySettings: { legalName?: string | null, website?: string | null, contactEmail?: string | null, about?: string | null, multipleDivisionsPerOrder: boolean, inventoryVisibility: InventoryVisibility, inventoryDisplay: InventoryDisplay } };

export type BrandConnectMutationVariables = Exact<{
  id?: InputMaybe<Scalars['String']['input']>;
}>;


export type BrandConnectMutation = { connectPaymentAccount: { paymentAccount?: string | null } };

export type BrandAuditLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BrandAuditLogQuery = { auditLog: { nodes: Array<{ action: AuditAction, before?: any | null, after?: any | null }> } };

export type BrandAuditLog2QueryVariables = Exact<{ [key: string]: never; }>;


export type BrandAuditLog2Query = { auditLog: { totalCount: number } };

export type BrandAuditLog3QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BrandAuditLog3Query = { auditLog: { nodes: Array<{ action: AuditAction, before?: any | null, after?: any | null }> } };

export type BrandEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type BrandEverythingQuery = { brandSettings: { legalName?: string | null, website?: string | null, contactEmail?: string | null, about?: string | null, multipleDivisionsPerOrder: boolean, inventoryVisibility: InventoryVisibility, inventoryDisplay: InventoryDisplay }, companyNumbers: Array<{ id: string }>, customerGroups: Array<{ id: string }>, discountOptions: Array<{ id: string }>, divisions: Array<{ id: string }> };

export type ConnectionsConnectMutationVariables = Exact<{
  name: Scalars['String']['input'];
  regionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConnectionsConnectMutation = { connectRetailer: { id: string } };

export type ConnectionsListQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectionsListQuery = { connections: { totalCount: number, nodes: Array<{ retailerName: string }> } };

export type ConnectionsOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConnectionsOneQuery = { connection: { retailerName: string, buyers: Array<string> } };

export type ConnectionsBuyersMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  buyers: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type ConnectionsBuyersMutation = { editConnectionBuyers: { buyers: Array<string> } };

export type ConnectionsBudgetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  cents?: InputMaybe<Scalars['Cents']['input']>;
}>;


export type ConnectionsBudgetMutation = { editConnectionBudget: { budgetCents?: any | null } };

export type ConnectionsRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConnectionsRemoveMutation = { removeConnection: { status: ConnectionStatus } };

export type ConnectionsSetRegionsMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  regionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ConnectionsSetRegionsMutation = { setUserRegions: { regions?: Array<{ name: string }> | null } };

export type ConnectionsPermissionsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  permissions: Array<PermissionKey> | PermissionKey;
}>;


export type ConnectionsPermissionsMutation = { updateUserPermissions: { id: string } };

export type ConnectionsCreateRegionMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type ConnectionsCreateRegionMutation = { createRegion: { id: string } };

export type ConnectionsEditConnectionCurrenciesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConnectionsEditConnectionCurrenciesMutation = { editConnectionCurrencies: { id: string } };

export type ConnectionsEditConnectionDoorsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  doors: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type ConnectionsEditConnectionDoorsMutation = { editConnectionDoors: { id: string } };

export type ConnectionsLogQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConnectionsLogQuery = { auditLog: { nodes: Array<{ action: AuditAction, subjectId: string, after?: any | null }> } };

export type ConnectionsMoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  regionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConnectionsMoveMutation = { setConnectionRegion: { region?: { name: string } | null } };

export type ConnectionsDeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConnectionsDeleteUserMutation = { deleteUser: { id: string } };

export type ConnectionsUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectionsUsersQuery = { users: { nodes: Array<{ name: string, regions?: Array<{ name: string }> | null }> } };

export type LinesheetsAddStyleMutationVariables = Exact<{
  input: AddStyleInput;
}>;


export type LinesheetsAddStyleMutation = { addStyle: { id: string } };

export type LinesheetsSheetFragment = { id: string, kind: LinesheetKind, name: string, startShip: string, deliveryDates: Array<string>, private: boolean, syncToIpad: boolean, sharedAt?: any | null, archivedAt?: any | null, owner: { id: string }, styles: Array<{ style: { id: string }, badge?: { id: string, name: string } | null }> };

export type LinesheetsCreateMutationVariables = Exact<{
  input: CreateLinesheetInput;
}>;


export type LinesheetsCreateMutation = { createLinesheet: { id: string, kind: LinesheetKind, name: string, startShip: string, deliveryDates: Array<string>, private: boolean, syncToIpad: boolean, sharedAt?: any | null, archivedAt?: any | null, owner: { id: string }, styles: Array<{ style: { id: string }, badge?: { id: string, name: string } | null }> } };

export type LinesheetsUpdateMutationVariables = Exact<{
  input: UpdateLinesheetInput;
}>;


export type LinesheetsUpdateMutation = { updateLinesheet: { id: string, kind: LinesheetKind, name: string, startShip: string, deliveryDates: Array<string>, private: boolean, syncToIpad: boolean, sharedAt?: any | null, archivedAt?: any | null, owner: { id: string }, styles: Array<{ style: { id: string }, badge?: { id: string, name: string } | null }> } };

export type LinesheetsArchiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LinesheetsArchiveMutation = { archiveLinesheet: { id: string, kind: LinesheetKind, name: string, startShip: string, deliveryDates: Array<string>, private: boolean, syncToIpad: boolean, sharedAt?: any | null, archivedAt?: any | null, owner: { id: string }, styles: Array<{ style: { id: string }, badge?: { id: string, name: string } | null }> } };

export type LinesheetsDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LinesheetsDeleteMutation = { deleteLinesheet: { id: string } };

export type LinesheetsPrivacyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  private: Scalars['Boolean']['input'];
}>;


export type LinesheetsPrivacyMutation = { setLinesheetPrivacy: { id: string, kind: LinesheetKind, name: string, startShip: string, deliveryDates: Array<string>, private: boolean, syncToIpad: boolean, sharedAt?: any | null, archivedAt?: any | null, owner: { id: string }, styles: Array<{ style: { id: string }, badge?: { id: string, name: string } | null }> } };

export type LinesheetsShareMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LinesheetsShareMutation = { shareLinesheet: { id: string, kind: LinesheetKind, name: string, startShip: string, deliveryDates: Array<string>, private: boolean, syncToIpad: boolean, sharedAt?: any | null, archivedAt?: any | null, owner: { id: string }, styles: Array<{ style: { id: string }, badge?: { id: string, name: string } | null }> } };

export type LinesheetsSyncMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  syncToIpad: Scalars['Boolean']['input'];
}>;


export type LinesheetsSyncMutation = { setLinesheetIpadSync: { id: string, kind: LinesheetKind, name: string, startShip: string, deliveryDates: Array<string>, private: boolean, syncToIpad: boolean, sharedAt?: any | null, archivedAt?: any | null, owner: { id: string }, styles: Array<{ style: { id: string }, badge?: { id: string, name: string } | null }> } };

export type LinesheetsBadgeMutationVariables = Exact<{
  linesheetId: Scalars['ID']['input'];
  styleId: Scalars['ID']['input'];
  badgeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LinesheetsBadgeMutation = { setLinesheetStyleBadge: { id: string, kind: LinesheetKind, name: string, startShip: string, deliveryDates: Array<string>, private: boolean, syncToIpad: boolean, sharedAt?: any | null, archivedAt?: any | null, owner: { id: string }, styles: Array<{ style: { id: string }, badge?: { id: string, name: string } | null }> } };

export type LinesheetsCreateBadgeMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type LinesheetsCreateBadgeMutation = { createStyleBadge: { id: string, name: string } };

export type LinesheetsByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LinesheetsByIdQuery = { linesheet: { id: string, kind: LinesheetKind, name: string, startShip: string, deliveryDates: Array<string>, private: boolean, syncToIpad: boolean, sharedAt?: any | null, archivedAt?: any | null, owner: { id: string }, styles: Array<{ style: { id: string }, badge?: { id: string, name: string } | null }> } };

export type LinesheetsListQueryVariables = Exact<{
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type LinesheetsListQuery = { linesheets: { totalCount: number, nodes: Array<{ id: string }> } };

export type LinesheetsAuditLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LinesheetsAuditLogQuery = { auditLog: { nodes: Array<{ action: AuditAction }> } };

export type LinesheetsDeleteStyleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LinesheetsDeleteStyleMutation = { deleteStyle: { id: string } };

export type LinesheetsLinesheetsQueryVariables = Exact<{ [key: string]: never; }>;


export type LinesheetsLinesheetsQuery = { linesheets: { nodes: Array<{ id: string, kind: LinesheetKind, name: string, startShip: string, deliveryDates: Array<string>, private: boolean, syncToIpad: boolean, sharedAt?: any | null, archivedAt?: any | null, owner: { name: string, id: string }, styles: Array<{ style: { styleNumber: string, id: string }, badge?: { id: string, name: string } | null }> }> } };

export type OrderDiscountsMoneyFragment = { status: OrderStatus, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, discountPercent: number, orderDiscountCents: any, totalCents: any };

export type OrderDiscountsReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderDiscountsReadQuery = { order: { status: OrderStatus, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, discountPercent: number, orderDiscountCents: any, totalCents: any } };

export type OrderDiscountsRetailerDiscountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  percent?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrderDiscountsRetailerDiscountMutation = { editConnectionDiscount: { discountPercent?: number | null } };

export type OrderDiscountsSetDiscountMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  percent?: InputMaybe<Scalars['Int']['input']>;
  optionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type OrderDiscountsSetDiscountMutation = { setOrderDiscount: { status: OrderStatus, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, discountPercent: number, orderDiscountCents: any, totalCents: any } };

export type OrderDiscountsOptionMutationVariables = Exact<{
  input: SaveDiscountOptionInput;
}>;


export type OrderDiscountsOptionMutation = { saveDiscountOption: { id: string, percent: number } };

export type OrderDiscountsInvoiceMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type OrderDiscountsInvoiceMutation = { invoiceOrder: { amountCents: any } };

export type OrderDiscountsAuditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderDiscountsAuditQuery = { auditLog: { nodes: Array<{ action: AuditAction, after?: any | null }> } };

export type OrderDiscountsLineMutationVariables = Exact<{
  input: SetOrderLineInput;
}>;


export type OrderDiscountsLineMutation = { setOrderLine: { id: string } };

export type OrderDiscountsTotalsMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type OrderDiscountsTotalsMutation = { setOrderDiscount: { retailerDiscountCents: any, orderDiscountCents: any, totalCents: any } };

export type OrderDivisionsSettingMutationVariables = Exact<{
  on: Scalars['Boolean']['input'];
}>;


export type OrderDivisionsSettingMutation = { updateDivisionSettings: { multipleDivisionsPerOrder: boolean } };

export type OrderFixturesOrderFragment = { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> };

export type OrderFixturesOrderByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderFixturesOrderByIdQuery = { order: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderFixturesCreateMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type OrderFixturesCreateMutation = { createOrder: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderFixturesSetLineMutationVariables = Exact<{
  input: SetOrderLineInput;
}>;


export type OrderFixturesSetLineMutation = { setOrderLine: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderFixturesSetDatesMutationVariables = Exact<{
  input: SetOrderDatesInput;
}>;


export type OrderFixturesSetDatesMutation = { setOrderDates: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderFixturesSetDiscountMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  percent: Scalars['Int']['input'];
}>;


export type OrderFixturesSetDiscountMutation = { setOrderDiscount: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderFixturesSetPoMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  poNumber: Scalars['String']['input'];
}>;


export type OrderFixturesSetPoMutation = { setOrderPoNumber: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderFixturesCancelStyleMutationVariables = Exact<{
  input: CancelOrderStyleInput;
}>;


export type OrderFixturesCancelStyleMutation = { cancelOrderStyle: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderFixturesMergeMutationVariables = Exact<{
  target: Scalars['ID']['input'];
  source: Scalars['ID']['input'];
}>;


export type OrderFixturesMergeMutation = { mergeOrders: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderFixturesSubmitOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderFixturesSubmitOrderMutation = { submitOrder: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderFixturesApproveOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderFixturesApproveOrderMutation = { approveOrder: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderFixturesShipOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderFixturesShipOrderMutation = { shipOrder: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderFixturesForceExportOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderFixturesForceExportOrderMutation = { forceExportOrder: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderFixturesMarkOrderExportedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderFixturesMarkOrderExportedMutation = { markOrderExported: { id: string, status: OrderStatus, poNumber: string, generatedPoNumber: string, startShip: string, deliveryDate: string, discountPercent: number, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, mergedIntoId?: string | null, exportRequestedAt?: any | null, exportedAt?: any | null, submittedAt?: any | null, createdBy: { id: string, name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string, startShip: string, deliveryDates: Array<string> }, lines: Array<{ id: string, size: string, colour: string, quantity: number, unitPriceCents: any, discountPercent: number, totalCents: any, cancelled: boolean, style: { id: string, styleNumber: string, name: string } }> } };

export type OrderPathsTestRemoveConnectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderPathsTestRemoveConnectionMutation = { removeConnection: { id: string } };

export type OrderPathsTestArchiveLinesheetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderPathsTestArchiveLinesheetMutation = { archiveLinesheet: { id: string } };

export type OrderPathsDivisionSettingsMutationVariables = Exact<{
  on: Scalars['Boolean']['input'];
}>;


export type OrderPathsDivisionSettingsMutation = { updateDivisionSettings: { multipleDivisionsPerOrder: boolean } };

export type OrderPathsDeleteStyleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderPathsDeleteStyleMutation = { deleteStyle: { id: string } };

export type OrderPathsRemoveConnectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderPathsRemoveConnectionMutation = { removeConnection: { id: string } };

export type OrderPathsArchiveLinesheetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderPathsArchiveLinesheetMutation = { archiveLinesheet: { id: string } };

export type OrderPathsAssignToNewRetailerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderPathsAssignToNewRetailerMutation = { assignOrderToNewRetailer: { id: string, minimumOrderCents?: any | null } };

export type OrderPathsInvoiceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderPathsInvoiceMutation = { invoiceOrder: { amountCents: any } };

export type OrderRulesAddMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type OrderRulesAddMutation = { addClient: { id: string, status: ConnectionStatus } };

export type OrderRulesConnectMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type OrderRulesConnectMutation = { connectRetailer: { id: string, status: ConnectionStatus } };

export type OrderRulesAssignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type OrderRulesAssignMutation = { assignOrderToNewRetailer: { id: string, status: ConnectionStatus } };

export type OrderRulesSaveMutationVariables = Exact<{
  input: SaveEventInput;
}>;


export type OrderRulesSaveMutation = { saveEvent: { id: string, name: string } };

export type OrderRulesEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderRulesEventsQuery = { events: Array<{ id: string, name: string }> };

export type OrdersAuditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrdersAuditQuery = { auditLog: { nodes: Array<{ action: AuditAction, before?: any | null, after?: any | null }> } };

export type OrdersDatesMutationVariables = Exact<{
  input: SetOrderDatesInput;
}>;


export type OrdersDatesMutation = { setOrderDates: { id: string } };

export type OrdersLineMutationVariables = Exact<{
  input: SetOrderLineInput;
}>;


export type OrdersLineMutation = { setOrderLine: { lines: Array<{ totalCents: any }> } };

export type OrdersTotalMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type OrdersTotalMutation = { setOrderDiscount: { totalCents: any, lines: Array<{ totalCents: any }> } };

export type OrdersListQueryVariables = Exact<{
  status?: InputMaybe<OrderStatus>;
}>;


export type OrdersListQuery = { orders: { totalCount: number, nodes: Array<{ id: string, status: OrderStatus }> } };

export type OrdersSetMutationVariables = Exact<{
  input: SetRetailerOrderRestrictionsInput;
}>;


export type OrdersSetMutation = { setRetailerOrderRestrictions: { id: string, minimumOrderCents?: any | null, retailerMayEditOrders: boolean } };

export type OrdersAddMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type OrdersAddMutation = { addClient: { id: string, retailerName: string, status: ConnectionStatus } };

export type OrdersInvoiceMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type OrdersInvoiceMutation = { invoiceOrder: { id: string, number: string, amountCents: any, order: { id: string }, connection: { id: string }, issuedBy: { id: string } } };

export type OrdersInvoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrdersInvoicesQuery = { invoices: { totalCount: number, nodes: Array<{ id: string, number: string, amountCents: any, order: { id: string } }> } };

export type OrdersSaveMutationVariables = Exact<{
  input: SaveEventInput;
}>;


export type OrdersSaveMutation = { saveEvent: { id: string, name: string, startsOn: string, endsOn: string, location?: string | null } };

export type OrdersEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrdersEventsQuery = { events: Array<{ id: string, name: string }> };

export type OrdersOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrdersOrderQuery = { order: { id: string } };

export type OrdersInvoiceOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrdersInvoiceOrderMutation = { invoiceOrder: { id: string } };

export type OrdersCreateMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type OrdersCreateMutation = { createOrder: { id: string } };

export type OrdersOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrdersOrdersQuery = { orders: { nodes: Array<{ id: string }> } };

export type OrdersCreate2MutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type OrdersCreate2Mutation = { createOrder: { id: string, linesheet: { name: string } } };

export type OrdersOrders2QueryVariables = Exact<{ [key: string]: never; }>;


export type OrdersOrders2Query = { orders: { nodes: Array<{ id: string }> }, invoices: { nodes: Array<{ order: { id: string } }> } };

export type OrdersTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type OrdersTypenameQuery = { __typename: 'Query' };

export type OrdersSubmitIdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrdersSubmitIdMutation = { submitOrder: { id: string } };

export type OrdersMergeIdMutationVariables = Exact<{
  target: Scalars['ID']['input'];
  source: Scalars['ID']['input'];
}>;


export type OrdersMergeIdMutation = { mergeOrders: { id: string } };

export type OrdersList2QueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrdersList2Query = { orders: { nodes: Array<{ id: string, status: OrderStatus, poNumber: string, subtotalCents: any, retailerDiscountPercent: number, retailerDiscountCents: any, orderDiscountCents: any, totalCents: any, createdBy: { name: string }, connection: { id: string, retailerName: string }, linesheet: { id: string, name: string }, lines: Array<{ id: string, quantity: number, totalCents: any, style: { id: string, styleNumber: string, name: string } }> }> } };

export type StylesStyleFragment = { id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> };

export type StylesAddMutationVariables = Exact<{
  input: AddStyleInput;
}>;


export type StylesAddMutation = { addStyle: { id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> } };

export type StylesCopyMutationVariables = Exact<{
  styleId: Scalars['ID']['input'];
  styleNumber: Scalars['String']['input'];
}>;


export type StylesCopyMutation = { copyStyle: { id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> } };

export type StylesDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StylesDeleteMutation = { deleteStyle: { id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> } };

export type StylesEditMutationVariables = Exact<{
  input: EditStyleInput;
}>;


export type StylesEditMutation = { editStyle: { id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> } };

export type StylesSetUpcMutationVariables = Exact<{
  styleId: Scalars['ID']['input'];
  upc?: InputMaybe<Scalars['String']['input']>;
}>;


export type StylesSetUpcMutation = { setStyleUpc: { id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> } };

export type StylesSetDivisionMutationVariables = Exact<{
  styleId: Scalars['ID']['input'];
  divisionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StylesSetDivisionMutation = { setStyleDivision: { id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> } };

export type StylesUploadMutationVariables = Exact<{
  styleId: Scalars['ID']['input'];
  contentType: Scalars['String']['input'];
  dataBase64: Scalars['String']['input'];
}>;


export type StylesUploadMutation = { uploadStyleImage: { id: string, url: string, contentType: string } };

export type StylesRemoveImageMutationVariables = Exact<{
  imageId: Scalars['ID']['input'];
}>;


export type StylesRemoveImageMutation = { removeStyleImage: { id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> } };

export type StylesCreateBadgeMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type StylesCreateBadgeMutation = { createStyleBadge: { id: string, name: string } };

export type StylesAddBadgeMutationVariables = Exact<{
  styleId: Scalars['ID']['input'];
  badgeId: Scalars['ID']['input'];
}>;


export type StylesAddBadgeMutation = { addStyleBadge: { id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> } };

export type StylesRemoveBadgeMutationVariables = Exact<{
  styleId: Scalars['ID']['input'];
  badgeId: Scalars['ID']['input'];
}>;


export type StylesRemoveBadgeMutation = { removeStyleBadge: { id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> } };

export type StylesSetInventoryMutationVariables = Exact<{
  input: SetStyleInventoryInput;
}>;


export type StylesSetInventoryMutation = { setStyleInventory: { id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> } };

export type StylesByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StylesByIdQuery = { style: { id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> } };

export type StylesStylesQueryVariables = Exact<{
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type StylesStylesQuery = { styles: { totalCount: number, nodes: Array<{ id: string, styleNumber: string }> } };

export type StylesAuditLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StylesAuditLogQuery = { auditLog: { nodes: Array<{ action: AuditAction }> } };

export type StylesStyleBadgesQueryVariables = Exact<{ [key: string]: never; }>;


export type StylesStyleBadgesQuery = { styleBadges: Array<{ id: string, name: string }> };

export type StylesStyleBadges2QueryVariables = Exact<{ [key: string]: never; }>;


export type StylesStyleBadges2Query = { styleBadges: Array<{ id: string }> };

export type StylesStylesReadQueryVariables = Exact<{ [key: string]: never; }>;


export type StylesStylesReadQuery = { styles: { nodes: Array<{ id: string, styleNumber: string, name: string, description?: string | null, wholesalePriceCents: any, upc?: string | null, deletedAt?: any | null, division?: { id: string, name: string } | null, images: Array<{ id: string, url: string, contentType: string }>, badges: Array<{ id: string, name: string }>, inventory: Array<{ size: string, colour: string, available: number }> }> } };

export type JourneyInviteUserMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type JourneyInviteUserMutation = { inviteUser: { id: string, status: InviteStatus, permissions: Array<PermissionKey>, expiresAt: any } };

export type JourneyInvitationQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type JourneyInvitationQuery = { invitation: { email: string, name?: string | null, invitedByName: string, hasLogin: boolean, accountName: string } };

export type JourneyAcceptInviteMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type JourneyAcceptInviteMutation = { acceptInvite: { token: string, me: { name: string, user: { id: string }, permissions: { fullAccess: boolean } } } };

export type JourneyUpdateUserPermissionsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JourneyUpdateUserPermissionsMutation = { updateUserPermissions: { permissions?: { fullAccess: boolean, permissions: Array<PermissionKey>, capabilities: Array<Capability> } | null } };

export type JourneyMeQueryVariables = Exact<{ [key: string]: never; }>;


export type JourneyMeQuery = { me: { permissions: { permissions: Array<PermissionKey> } } };

export type JourneyAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type JourneyAuditLogQuery = { auditLog: { nodes: Array<{ action: AuditAction, before?: any | null, after?: any | null, at: any, actor?: { name: string } | null, target?: { name: string } | null }> } };

export type JourneyDeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JourneyDeleteUserMutation = { deleteUser: { status: UserStatus, deletedAt?: any | null, deletedBy?: { name: string } | null } };

export type JourneyMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type JourneyMe2Query = { me: { name: string } };

export type JourneyLoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type JourneyLoginMutation = { login: { token: string } };

export type JourneyAuditLog2QueryVariables = Exact<{ [key: string]: never; }>;


export type JourneyAuditLog2Query = { auditLog: { nodes: Array<{ action: AuditAction, actor?: { name: string, email: string, status: UserStatus } | null, target?: { name: string, email: string, status: UserStatus } | null }> } };

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


export type KitProductsQuery = { products: { totalCount: number, nodes: Array<{ id: string, name: string, category: string, variants: Array<{ id: string, sku: string, title: string, priceCents: any }> }> } };

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

export type KitVariantDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitVariantDetailsQuery = { variant: { sku: string, costCents?: any | null, marginPercent?: number | null, forecastMonthlyUnits?: number | null, stock?: Array<{ onHand: number }> | null } };

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

export type KitInviteNobodyMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type KitInviteNobodyMutation = { inviteUser: { id: string } };

export type KitResendInviteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitResendInviteMutation = { resendInvite: { id: string } };

export type KitRevokeInviteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitRevokeInviteMutation = { revokeInvite: { id: string } };

export type KitRestrictUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitRestrictUserMutation = { updateUserPermissions: { id: string } };

export type KitDeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitDeleteUserMutation = { deleteUser: { id: string } };

export type KitInvitesQueryVariables = Exact<{ [key: string]: never; }>;


export type KitInvitesQuery = { invites: { nodes: Array<{ id: string, email: string }> } };

export type KitAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type KitAuditLogQuery = { auditLog: { nodes: Array<{ action: AuditAction }> } };

export type KitUserDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitUserDetailsQuery = { user: { name: string, can?: boolean | null, permissions?: { fullAccess: boolean } | null, explain?: { allowed: boolean } | null, regions?: Array<{ name: string }> | null } };

export type KitCreateRegionMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type KitCreateRegionMutation = { createRegion: { id: string } };

export type KitSetUserRegionsMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  regionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type KitSetUserRegionsMutation = { setUserRegions: { id: string } };

export type KitSetConnectionRegionMutationVariables = Exact<{
  connectionId: Scalars['ID']['input'];
  regionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type KitSetConnectionRegionMutation = { setConnectionRegion: { id: string } };

export type KitConnectRetailerMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type KitConnectRetailerMutation = { connectRetailer: { id: string } };

export type KitRemoveConnectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitRemoveConnectionMutation = { removeConnection: { status: ConnectionStatus } };

export type KitAssignCompanyNumberMutationVariables = Exact<{
  connectionId: Scalars['ID']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type KitAssignCompanyNumberMutation = { assignCompanyNumber: { companyNumber?: string | null } };

export type KitAssignCustomerGroupMutationVariables = Exact<{
  connectionId: Scalars['ID']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type KitAssignCustomerGroupMutation = { assignCustomerGroup: { customerGroup?: string | null } };

export type KitEditBillingShippingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitEditBillingShippingMutation = { editConnectionBillingShipping: { id: string } };

export type KitEditBudgetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitEditBudgetMutation = { editConnectionBudget: { id: string } };

export type KitEditBuyersMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitEditBuyersMutation = { editConnectionBuyers: { id: string } };

export type KitEditCurrenciesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitEditCurrenciesMutation = { editConnectionCurrencies: { id: string } };

export type KitEditCustomerCodeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitEditCustomerCodeMutation = { editConnectionCustomerCode: { id: string } };

export type KitEditDiscountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitEditDiscountMutation = { editConnectionDiscount: { id: string } };

export type KitEditDoorsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitEditDoorsMutation = { editConnectionDoors: { id: string } };

export type KitEditPaymentMethodsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitEditPaymentMethodsMutation = { editConnectionPaymentMethods: { id: string } };

export type KitEditSalesRepsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitEditSalesRepsMutation = { editConnectionSalesReps: { id: string } };

export type KitEditShippingMethodsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitEditShippingMethodsMutation = { editConnectionShippingMethods: { id: string } };

export type KitEditWarehousesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitEditWarehousesMutation = { editConnectionWarehouses: { id: string } };

export type KitBrandSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type KitBrandSettingsQuery = { brandSettings: { legalName?: string | null, paymentAccount?: string | null } };

export type KitUpdateBrandInformationMutationVariables = Exact<{
  about: Scalars['String']['input'];
}>;


export type KitUpdateBrandInformationMutation = { updateBrandInformation: { legalName?: string | null } };

export type KitUpdateDivisionSettingsMutationVariables = Exact<{
  on: Scalars['Boolean']['input'];
}>;


export type KitUpdateDivisionSettingsMutation = { updateDivisionSettings: { legalName?: string | null } };

export type KitUpdateInventorySettingsMutationVariables = Exact<{
  visibility: InventoryVisibility;
}>;


export type KitUpdateInventorySettingsMutation = { updateInventorySettings: { legalName?: string | null } };

export type KitConnectPaymentAccountMutationVariables = Exact<{
  id?: InputMaybe<Scalars['String']['input']>;
}>;


export type KitConnectPaymentAccountMutation = { connectPaymentAccount: { legalName?: string | null } };

export type KitSaveCompanyNumberMutationVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type KitSaveCompanyNumberMutation = { saveCompanyNumber: { id: string } };

export type KitSaveCustomerGroupMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type KitSaveCustomerGroupMutation = { saveCustomerGroup: { id: string } };

export type KitSaveDiscountOptionMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type KitSaveDiscountOptionMutation = { saveDiscountOption: { id: string } };

export type KitSaveDivisionMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type KitSaveDivisionMutation = { saveDivision: { id: string } };

export type KitConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type KitConnectionsQuery = { connections: { totalCount: number, nodes: Array<{ id: string }> } };

export type KitConnectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitConnectionQuery = { connection: { id: string, retailerName: string } };

export type KitCreateOrderMutationVariables = Exact<{
  connectionId: Scalars['ID']['input'];
  linesheetId: Scalars['ID']['input'];
}>;


export type KitCreateOrderMutation = { createOrder: { id: string } };

export type KitSetOrderLineMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  styleId: Scalars['ID']['input'];
}>;


export type KitSetOrderLineMutation = { setOrderLine: { id: string } };

export type KitSubmitOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitSubmitOrderMutation = { submitOrder: { id: string } };

export type KitApproveOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitApproveOrderMutation = { approveOrder: { id: string } };

export type KitShipOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitShipOrderMutation = { shipOrder: { id: string } };

export type KitForceExportOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitForceExportOrderMutation = { forceExportOrder: { id: string } };

export type KitMarkOrderExportedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitMarkOrderExportedMutation = { markOrderExported: { id: string } };

export type KitMergeOrdersMutationVariables = Exact<{
  target: Scalars['ID']['input'];
  source: Scalars['ID']['input'];
}>;


export type KitMergeOrdersMutation = { mergeOrders: { id: string } };

export type KitSetRetailerOrderRestrictionsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  minimum?: InputMaybe<Scalars['Cents']['input']>;
}>;


export type KitSetRetailerOrderRestrictionsMutation = { setRetailerOrderRestrictions: { id: string } };

export type KitAddClientMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type KitAddClientMutation = { addClient: { id: string } };

export type KitSaveEventMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type KitSaveEventMutation = { saveEvent: { id: string } };

export type KitInvoiceOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitInvoiceOrderMutation = { invoiceOrder: { id: string, number: string } };

export type KitInvoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type KitInvoicesQuery = { invoices: { nodes: Array<{ id: string, number: string, amountCents: any }> } };

export type KitAssignOrderToNewRetailerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type KitAssignOrderToNewRetailerMutation = { assignOrderToNewRetailer: { id: string } };

export type KitSetOrderDiscountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  percent: Scalars['Int']['input'];
}>;


export type KitSetOrderDiscountMutation = { setOrderDiscount: { id: string } };

export type KitSetOrderPoNumberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  po: Scalars['String']['input'];
}>;


export type KitSetOrderPoNumberMutation = { setOrderPoNumber: { id: string } };

export type KitCancelOrderStyleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  styleId: Scalars['ID']['input'];
}>;


export type KitCancelOrderStyleMutation = { cancelOrderStyle: { id: string } };

export type KitOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type KitOrdersQuery = { orders: { totalCount: number, nodes: Array<{ id: string }> } };

export type KitOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitOrderQuery = { order: { id: string, status: OrderStatus } };

export type KitSetOrderDatesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitSetOrderDatesMutation = { setOrderDates: { id: string } };

export type KitAddStyleMutationVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type KitAddStyleMutation = { addStyle: { id: string } };

export type KitCopyStyleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  number: Scalars['String']['input'];
}>;


export type KitCopyStyleMutation = { copyStyle: { id: string } };

export type KitDeleteStyleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitDeleteStyleMutation = { deleteStyle: { id: string } };

export type KitEditStyleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type KitEditStyleMutation = { editStyle: { id: string } };

export type KitSetStyleUpcMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  upc?: InputMaybe<Scalars['String']['input']>;
}>;


export type KitSetStyleUpcMutation = { setStyleUpc: { id: string } };

export type KitSetStyleDivisionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  divisionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type KitSetStyleDivisionMutation = { setStyleDivision: { id: string } };

export type KitUploadStyleImageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  data: Scalars['String']['input'];
}>;


export type KitUploadStyleImageMutation = { uploadStyleImage: { id: string } };

export type KitRemoveStyleImageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitRemoveStyleImageMutation = { removeStyleImage: { id: string } };

export type KitStyleImagesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitStyleImagesQuery = { style: { images: Array<{ id: string }> } };

export type KitCreateStyleBadgeMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type KitCreateStyleBadgeMutation = { createStyleBadge: { id: string } };

export type KitAddStyleBadgeMutationVariables = Exact<{
  styleId: Scalars['ID']['input'];
  badgeId: Scalars['ID']['input'];
}>;


export type KitAddStyleBadgeMutation = { addStyleBadge: { id: string } };

export type KitRemoveStyleBadgeMutationVariables = Exact<{
  styleId: Scalars['ID']['input'];
  badgeId: Scalars['ID']['input'];
}>;


export type KitRemoveStyleBadgeMutation = { removeStyleBadge: { id: string } };

export type KitSetStyleInventoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  available: Scalars['Int']['input'];
}>;


export type KitSetStyleInventoryMutation = { setStyleInventory: { id: string } };

export type KitCreateLinesheetMutationVariables = Exact<{
  kind: LinesheetKind;
  styleIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type KitCreateLinesheetMutation = { createLinesheet: { id: string } };

export type KitSetLinesheetPrivacyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  private: Scalars['Boolean']['input'];
}>;


export type KitSetLinesheetPrivacyMutation = { setLinesheetPrivacy: { id: string } };

export type KitShareLinesheetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitShareLinesheetMutation = { shareLinesheet: { id: string } };

export type KitSetLinesheetIpadSyncMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  on: Scalars['Boolean']['input'];
}>;


export type KitSetLinesheetIpadSyncMutation = { setLinesheetIpadSync: { id: string } };

export type KitSetLinesheetStyleBadgeMutationVariables = Exact<{
  linesheetId: Scalars['ID']['input'];
  styleId: Scalars['ID']['input'];
  badgeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type KitSetLinesheetStyleBadgeMutation = { setLinesheetStyleBadge: { id: string } };

export type LiveSetPermissionsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  permissions: Array<PermissionKey> | PermissionKey;
}>;


export type LiveSetPermissionsMutation = { updateUserPermissions: { id: string } };

export type LiveInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type LiveInviteMutation = { inviteUser: { id: string } };

export type LiveResendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveResendMutation = { resendInvite: { id: string } };

export type LiveRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveRevokeMutation = { revokeInvite: { id: string } };

export type LiveAcceptMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;


export type LiveAcceptMutation = { acceptInvite: { token: string, me: { account: { id: string }, user: { id: string } } } };

export type LiveDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveDeleteMutation = { deleteUser: { id: string } };

export type LiveLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LiveLogoutMutation = { logout: boolean };

export type LiveUpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type LiveUpdateAccountMutation = { updateAccount: { id: string, wholesaleEnabled: boolean } };

export type LiveSwitchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveSwitchMutation = { switchAccount: { account: { id: string } } };

export type LiveUserCapabilitiesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveUserCapabilitiesQuery = { user: { permissions?: { capabilities: Array<Capability>, permissions: Array<PermissionKey> } | null } };

export type LiveMyCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveMyCapabilitiesQuery = { me: { permissions: { capabilities: Array<Capability>, permissions: Array<PermissionKey> } } };

export type LiveAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveAuditLogQuery = { auditLog: { nodes: Array<{ id: string, action: AuditAction }> } };

export type LiveLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LiveLoginMutation = { login: { token: string } };

export type MailInviteMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type MailInviteMutation = { inviteUser: { id: string } };

export type MailUpdateAccountMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type MailUpdateAccountMutation = { updateAccount: { name: string } };

export type PermissionRulesInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type PermissionRulesInviteUserMutation = { inviteUser: { id: string, email: string, status: InviteStatus, permissions: Array<PermissionKey>, sentCount: number, expiresAt: any } };

export type PermissionRulesResendInviteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PermissionRulesResendInviteMutation = { resendInvite: { id: string, status: InviteStatus, sentCount: number, expiresAt: any } };

export type PermissionRulesRevokeInviteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PermissionRulesRevokeInviteMutation = { revokeInvite: { id: string, status: InviteStatus } };

export type PermissionRulesUpdatePermissionsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  permissions: Array<PermissionKey> | PermissionKey;
}>;


export type PermissionRulesUpdatePermissionsMutation = { updateUserPermissions: { id: string, permissions?: { fullAccess: boolean, permissions: Array<PermissionKey>, capabilities: Array<Capability> } | null } };

export type PermissionRulesDeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PermissionRulesDeleteUserMutation = { deleteUser: { id: string, status: UserStatus } };

export type PermissionRulesInvitesQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionRulesInvitesQuery = { invites: { totalCount: number, nodes: Array<{ id: string, email: string, status: InviteStatus, permissions: Array<PermissionKey>, sentCount: number, expiresAt: any }> } };

export type PermissionRulesAuditLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PermissionRulesAuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ action: AuditAction, before?: any | null, after?: any | null, at: any, actor?: { id: string } | null, target?: { id: string } | null, invite?: { id: string } | null }> } };

export type PermissionRulesMyPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionRulesMyPermissionsQuery = { me: { permissions: { fullAccess: boolean, permissions: Array<PermissionKey>, capabilities: Array<Capability>, decisions: Array<{ capability: Capability, allowed: boolean, reason: DecisionReason, grantedBy: Array<PermissionKey>, restrictedBy: Array<PermissionKey>, feature?: AccountFeature | null, requires?: Capability | null }> } } };

export type PermissionRulesAcceptInviteMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;


export type PermissionRulesAcceptInviteMutation = { acceptInvite: { token: string, me: { user: { id: string } } } };

export type PermissionRulesUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PermissionRulesUserQuery = { user: { id: string, status: UserStatus, permissions?: { fullAccess: boolean, permissions: Array<PermissionKey>, narrowings: Array<Narrowing> } | null } };

export type PermissionRulesMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionRulesMeQuery = { me: { name: string } };

export type PermissionRulesUpdateAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type PermissionRulesUpdateAccountMutation = { updateAccount: { wholesaleEnabled: boolean } };

export type PermissionRulesUpdateAccount2MutationVariables = Exact<{ [key: string]: never; }>;


export type PermissionRulesUpdateAccount2Mutation = { updateAccount: { wholesaleEnabled: boolean } };

export type PermissionRulesUpdateAccount3MutationVariables = Exact<{ [key: string]: never; }>;


export type PermissionRulesUpdateAccount3Mutation = { updateAccount: { name: string, wholesaleEnabled: boolean } };

export type PermissionRulesPermissionCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionRulesPermissionCatalogQuery = { permissionCatalog: Array<{ key: PermissionKey, kind: PermissionKind }> };

export type PermissionRulesAuditLog2QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PermissionRulesAuditLog2Query = { auditLog: { nodes: Array<{ action: AuditAction }> } };

export type SmtpInviteMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type SmtpInviteMutation = { inviteUser: { id: string } };

export type SmtpDeliveryQueryVariables = Exact<{ [key: string]: never; }>;


export type SmtpDeliveryQuery = { invites: { nodes: Array<{ email: string, delivery?: { status: MailStatus, attempts: number, lastError?: string | null, nextAttemptAt?: any | null, sentAt?: any | null } | null }> } };

export type StatementsUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsUsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, name: string, email: string, status: UserStatus, joinedAt: any, deletedBy?: { name: string } | null, permissions?: { fullAccess: boolean, permissions: Array<PermissionKey>, capabilities: Array<Capability> } | null }> } };

export type StatementsAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsAuditQuery = { auditLog: { nodes: Array<{ action: AuditAction, actor?: { name: string, email: string } | null, target?: { name: string } | null, invite?: { email: string, invitedBy: { name: string } } | null }> } };

export type StatementsAuditFiveQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsAuditFiveQuery = { auditLog: { nodes: Array<{ action: AuditAction, actor?: { name: string, email: string } | null, target?: { name: string } | null, invite?: { email: string, invitedBy: { name: string } } | null }> } };

export type StatementsUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsUsers2Query = { users: { totalCount: number } };

export type StatementsOrdersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StatementsOrdersQuery = { stockOrders: { nodes: Array<{ status: StockOrderStatus, totalCents: any, createdBy: { name: string, email: string }, vendor: { name: string, email?: string | null }, warehouse: { name: string }, lines: Array<{ quantity: number, variant: { sku: string, costCents?: any | null, product: { name: string, category: string, vendor?: { name: string } | null }, stock?: Array<{ onHand: number, warehouse: { name: string } }> | null } }> }> } };

export type SweepsAddStyleMutationVariables = Exact<{ [key: string]: never; }>;


export type SweepsAddStyleMutation = { addStyle: { id: string } };

export type SweepsCreateLinesheetMutationVariables = Exact<{
  styleIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SweepsCreateLinesheetMutation = { createLinesheet: { id: string } };

export type SweepsUpdateAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type SweepsUpdateAccountMutation = { updateAccount: { id: string } };

export type SweepsCreateAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type SweepsCreateAccountMutation = { createAccount: { account: { id: string } } };

export type SweepsLoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type SweepsLoginMutation = { login: { token: string } };

export type SweepsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SweepsLogoutMutation = { logout: boolean };

export type SweepsDeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SweepsDeleteUserMutation = { deleteUser: { id: string } };

export type SweepsUpdateUserPermissionsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: Array<PermissionKey> | PermissionKey;
}>;


export type SweepsUpdateUserPermissionsMutation = { updateUserPermissions: { permissions?: { permissions: Array<PermissionKey> } | null } };

export type SweepsDeleteUser2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SweepsDeleteUser2Mutation = { deleteUser: { status: UserStatus } };

export type TenancyLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type TenancyLoginMutation = { login: { token: string, me: { account: { id: string } } } };

export type TenancyInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type TenancyInviteMutation = { inviteUser: { id: string } };

export type TenancyAcceptMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;


export type TenancyAcceptMutation = { acceptInvite: { token: string, me: { personId: string, account: { id: string } } } };

export type TenancySwitchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenancySwitchMutation = { switchAccount: { account: { id: string }, permissions: { fullAccess: boolean, permissions: Array<PermissionKey> } } };

export type TenancyDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenancyDeleteMutation = { deleteUser: { id: string, status: UserStatus } };

export type TenancyMeQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyMeQuery = { me: { personId: string, account: { id: string }, accounts: Array<{ id: string }>, permissions: { fullAccess: boolean, permissions: Array<PermissionKey> } } };

export type TenancyAccountStateQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyAccountStateQuery = { account: { id: string, name: string, wholesaleEnabled: boolean }, users: { totalCount: number, nodes: Array<{ id: string, name: string, email: string, status: UserStatus, deletedAt?: any | null, permissions?: { fullAccess: boolean, permissions: Array<PermissionKey> } | null }> }, invites: { totalCount: number, nodes: Array<{ id: string, email: string, name?: string | null, status: InviteStatus, permissions: Array<PermissionKey>, sentCount: number, expiresAt: any, lastSentAt: any, revokedAt?: any | null, acceptedAt?: any | null }> }, auditLog: { totalCount: number, nodes: Array<{ id: string, action: AuditAction, before?: any | null, after?: any | null, at: any, actor?: { id: string, name: string, email: string } | null, target?: { id: string, name: string, email: string } | null, invite?: { id: string, email: string } | null }> } };

export type TenancyQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenancyQueryQuery = { user: { id: string, name: string, email: string, status: UserStatus } };

export type TenancyUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenancyUserQuery = { user: { name: string } };

export type TenancyMutationMutationVariables = Exact<{
  input: UpdateUserPermissionsInput;
}>;


export type TenancyMutationMutation = { updateUserPermissions: { id: string, permissions?: { permissions: Array<PermissionKey> } | null } };

export type TenancyMutation2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenancyMutation2Mutation = { resendInvite: { id: string, email: string, status: InviteStatus } };

export type TenancyMutation3MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenancyMutation3Mutation = { revokeInvite: { id: string, email: string, status: InviteStatus } };

export type TenancyAuditLogQueryVariables = Exact<{
  targetId: Scalars['ID']['input'];
}>;


export type TenancyAuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string }> } };

export type TenancyUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyUsersQuery = { users: { nodes: Array<{ id: string }>, pageInfo: { endCursor?: string | null, hasNextPage: boolean } } };

export type TenancyUsers2QueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TenancyUsers2Query = { users: { nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean } } };

export type TenancyInvitationQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type TenancyInvitationQuery = { invitation: { email: string, name?: string | null } };

export type TenancyInvitation2QueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type TenancyInvitation2Query = { invitation: { email: string, hasLogin: boolean } };

export type TenancyMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyMe2Query = { me: { user: { id: string, name: string, email: string } } };

export type TenancySignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type TenancySignUpMutation = { signUp: { email: string } };

export type TenancyInvitesQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyInvitesQuery = { invites: { totalCount: number } };

export type TenancyUsers3QueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyUsers3Query = { users: { nodes: Array<{ id: string }> } };

export type TenancyUpdateUserPermissionsMutationVariables = Exact<{
  input: UpdateUserPermissionsInput;
}>;


export type TenancyUpdateUserPermissionsMutation = { updateUserPermissions: { id: string } };

export type VocabularyInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type VocabularyInviteMutation = { inviteUser: { id: string } };

export type VocabularyInvitesQueryVariables = Exact<{ [key: string]: never; }>;


export type VocabularyInvitesQuery = { invites: { totalCount: number } };

export type VocabularyUpdateAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type VocabularyUpdateAccountMutation = { updateAccount: { id: string } };

export type VocabularySelfEditMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VocabularySelfEditMutation = { updateUserPermissions: { id: string } };

export type VocabularyDeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VocabularyDeleteUserMutation = { deleteUser: { id: string } };

export const PurchasingOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchasingOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<PurchasingOrderFragment, unknown>;
export const ReportsPresetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportsPresetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPreset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"warehouseIds"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportsPresetFieldsFragment, unknown>;
export const WholesaleOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WholesaleOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<WholesaleOrderFieldsFragment, unknown>;
export const BrandSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"multipleDivisionsPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryDisplay"}}]}}]} as unknown as DocumentNode<BrandSettingsFieldsFragment, unknown>;
export const LinesheetsSheetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinesheetsSheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Linesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"syncToIpad"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinesheetsSheetFragment, unknown>;
export const OrderDiscountsMoneyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDiscountsMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]} as unknown as DocumentNode<OrderDiscountsMoneyFragment, unknown>;
export const OrderFixturesOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesOrderFragment, unknown>;
export const StylesStyleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesStyleFragment, unknown>;
export const AuthLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthLoginMutation, AuthLoginMutationVariables>;
export const AuthMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wholesaleEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthMeQuery, AuthMeQueryVariables>;
export const AuthSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<AuthSignUpMutation, AuthSignUpMutationVariables>;
export const AuthVerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthVerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthVerifyEmailMutation, AuthVerifyEmailMutationVariables>;
export const AuthLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<AuthLogoutMutation, AuthLogoutMutationVariables>;
export const AuthMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthMe2Query, AuthMe2QueryVariables>;
export const AuthInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthInviteUserMutation, AuthInviteUserMutationVariables>;
export const AuthInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}}]}}]}}]} as unknown as DocumentNode<AuthInvitationQuery, AuthInvitationQueryVariables>;
export const AuthAcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthAcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<AuthAcceptInviteMutation, AuthAcceptInviteMutationVariables>;
export const AuthMe3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMe3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}}]}}]}}]}}]} as unknown as DocumentNode<AuthMe3Query, AuthMe3QueryVariables>;
export const AuthSwitchAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthSwitchAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}}]}}]}}]}}]} as unknown as DocumentNode<AuthSwitchAccountMutation, AuthSwitchAccountMutationVariables>;
export const AuthAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthAccountQuery, AuthAccountQueryVariables>;
export const AtCommitInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AtCommitInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AtCommitInviteMutation, AtCommitInviteMutationVariables>;
export const AtCommitAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AtCommitAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AtCommitAcceptMutation, AtCommitAcceptMutationVariables>;
export const AtCommitSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AtCommitSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionKey"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AtCommitSetMutation, AtCommitSetMutationVariables>;
export const AtCommitDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AtCommitDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AtCommitDeleteMutation, AtCommitDeleteMutationVariables>;
export const AtCommitAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AtCommitAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AtCommitAuditQuery, AtCommitAuditQueryVariables>;
export const AtCommitDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AtCommitDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"me"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"leave"},"name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"me"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"invite"},"name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AtCommitDeleteUserMutation, AtCommitDeleteUserMutationVariables>;
export const AtCommitUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AtCommitUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AtCommitUserQuery, AtCommitUserQueryVariables>;
export const AtCommitInvitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AtCommitInvites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<AtCommitInvitesQuery, AtCommitInvitesQueryVariables>;
export const AtCommitInvites2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AtCommitInvites2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REVOKED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AtCommitInvites2Query, AtCommitInvites2QueryVariables>;
export const AtCommitResendInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AtCommitResendInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inviteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AtCommitResendInviteMutation, AtCommitResendInviteMutationVariables>;
export const AtCommitInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AtCommitInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}}]}}]}}]} as unknown as DocumentNode<AtCommitInvitationQuery, AtCommitInvitationQueryVariables>;
export const BackupSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackupSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]}}]} as unknown as DocumentNode<BackupSnapshotQuery, BackupSnapshotQueryVariables>;
export const BackupInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackupInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BackupInviteUserMutation, BackupInviteUserMutationVariables>;
export const BackupUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackupUpdateAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Backed Up Co","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BackupUpdateAccountMutation, BackupUpdateAccountMutationVariables>;
export const CatalogPermissionCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogPermissionCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"seedDescription"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"grants"}},{"kind":"Field","name":{"kind":"Name","value":"removes"}},{"kind":"Field","name":{"kind":"Name","value":"narrows"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"PermissionKey","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogPermissionCatalogQuery, CatalogPermissionCatalogQueryVariables>;
export const CliLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"can"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"capability"},"value":{"kind":"EnumValue","value":"MANAGE_USERS"}}]}]}}]}}]}}]} as unknown as DocumentNode<CliLoginMutation, CliLoginMutationVariables>;
export const CliMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CliMeQuery, CliMeQueryVariables>;
export const CrashUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrashUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionKey"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrashUpdateMutation, CrashUpdateMutationVariables>;
export const CrashInviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrashInviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OVERVIEW"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrashInviteMemberMutation, CrashInviteMemberMutationVariables>;
export const CrashInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrashInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrashInviteMutation, CrashInviteMutationVariables>;
export const CrashDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrashDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrashDeleteUserMutation, CrashDeleteUserMutationVariables>;
export const CrashUserCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrashUserCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CrashUserCountQuery, CrashUserCountQueryVariables>;
export const CrashMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrashMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<CrashMeQuery, CrashMeQueryVariables>;
export const CrashUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrashUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrashUsersQuery, CrashUsersQueryVariables>;
export const HarnessSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HarnessSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<HarnessSignUpMutation, HarnessSignUpMutationVariables>;
export const HarnessVerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HarnessVerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HarnessVerifyEmailMutation, HarnessVerifyEmailMutationVariables>;
export const HarnessInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HarnessInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HarnessInviteUserMutation, HarnessInviteUserMutationVariables>;
export const HarnessAcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HarnessAcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HarnessAcceptInviteMutation, HarnessAcceptInviteMutationVariables>;
export const IdentitySignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentitySignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<IdentitySignUpMutation, IdentitySignUpMutationVariables>;
export const IdentityVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdentityVerifyMutation, IdentityVerifyMutationVariables>;
export const IdentityLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<IdentityLoginMutation, IdentityLoginMutationVariables>;
export const IdentityResetRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityResetRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<IdentityResetRequestMutation, IdentityResetRequestMutationVariables>;
export const IdentityResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}]}]}}]} as unknown as DocumentNode<IdentityResetMutation, IdentityResetMutationVariables>;
export const IdentityAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdentityAcceptMutation, IdentityAcceptMutationVariables>;
export const IdentityInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Bob","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdentityInviteUserMutation, IdentityInviteUserMutationVariables>;
export const IdentityInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}}]}}]}}]} as unknown as DocumentNode<IdentityInvitationQuery, IdentityInvitationQueryVariables>;
export const IdentityInviteUser2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityInviteUser2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdentityInviteUser2Mutation, IdentityInviteUser2MutationVariables>;
export const IdentityMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IdentityMeQuery, IdentityMeQueryVariables>;
export const IdentityAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityAuditLogQuery, IdentityAuditLogQueryVariables>;
export const IdentityAuditLog2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityAuditLog2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityAuditLog2Query, IdentityAuditLog2QueryVariables>;
export const IdentityChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"new"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"new"}}}]}}]}]}}]} as unknown as DocumentNode<IdentityChangePasswordMutation, IdentityChangePasswordMutationVariables>;
export const IdentityChangeEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityChangeEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"newEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<IdentityChangeEmailMutation, IdentityChangeEmailMutationVariables>;
export const IdentityConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmailChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<IdentityConfirmMutation, IdentityConfirmMutationVariables>;
export const IdentityAuditLog3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityAuditLog3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityAuditLog3Query, IdentityAuditLog3QueryVariables>;
export const IdentitySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentitySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdentitySessionsQuery, IdentitySessionsQueryVariables>;
export const IdentityEndSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityEndSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<IdentityEndSessionMutation, IdentityEndSessionMutationVariables>;
export const IdentityEndOtherSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityEndOtherSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endOtherSessions"}}]}}]} as unknown as DocumentNode<IdentityEndOtherSessionsMutation, IdentityEndOtherSessionsMutationVariables>;
export const IdentityAuditLog4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityAuditLog4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityAuditLog4Query, IdentityAuditLog4QueryVariables>;
export const IdentityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityCreateMutation, IdentityCreateMutationVariables>;
export const IdentityMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityMe2Query, IdentityMe2QueryVariables>;
export const IdentityAuditLog5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityAuditLog5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityAuditLog5Query, IdentityAuditLog5QueryVariables>;
export const InstancesSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstancesSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionKey"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InstancesSetMutation, InstancesSetMutationVariables>;
export const InstancesUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstancesUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstancesUsersQuery, InstancesUsersQueryVariables>;
export const InstancesSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstancesSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InstancesSignUpMutation, InstancesSignUpMutationVariables>;
export const InstancesVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstancesVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<InstancesVerifyMutation, InstancesVerifyMutationVariables>;
export const InstancesInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstancesInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InstancesInviteUserMutation, InstancesInviteUserMutationVariables>;
export const InstancesAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstancesAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<InstancesAuditLogQuery, InstancesAuditLogQueryVariables>;
export const InstancesLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstancesLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<InstancesLogoutMutation, InstancesLogoutMutationVariables>;
export const InstancesMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstancesMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InstancesMeQuery, InstancesMeQueryVariables>;
export const InstancesLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstancesLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<InstancesLoginMutation, InstancesLoginMutationVariables>;
export const InventoryAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditSubjectType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<InventoryAuditLogQuery, InventoryAuditLogQueryVariables>;
export const BillingSyncBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingSyncBilling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"cardLast4"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}}]}}]}}]}}]} as unknown as DocumentNode<BillingSyncBillingQuery, BillingSyncBillingQueryVariables>;
export const BillingSyncUpdateBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillingSyncUpdateBilling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBillingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBilling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"cardLast4"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}}]}}]}}]} as unknown as DocumentNode<BillingSyncUpdateBillingMutation, BillingSyncUpdateBillingMutationVariables>;
export const BillingSyncRunSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillingSyncRunSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variantCount"}},{"kind":"Field","name":{"kind":"Name","value":"warehouseCount"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<BillingSyncRunSyncMutation, BillingSyncRunSyncMutationVariables>;
export const BillingSyncSyncRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingSyncSyncRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BillingSyncSyncRunsQuery, BillingSyncSyncRunsQueryVariables>;
export const BillingSyncAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingSyncAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditSubjectType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<BillingSyncAuditLogQuery, BillingSyncAuditLogQueryVariables>;
export const BillingSyncAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingSyncAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}}]}}]}}]} as unknown as DocumentNode<BillingSyncAccountQuery, BillingSyncAccountQueryVariables>;
export const BillingSyncCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillingSyncCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BillingSyncCreateProductMutation, BillingSyncCreateProductMutationVariables>;
export const BillingSyncCreateWarehouseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillingSyncCreateWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWarehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Main","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BillingSyncCreateWarehouseMutation, BillingSyncCreateWarehouseMutationVariables>;
export const InventoryCatalogCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InventoryCatalogCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"marginPercent"}}]}}]}}]}}]} as unknown as DocumentNode<InventoryCatalogCreateMutation, InventoryCatalogCreateMutationVariables>;
export const InventoryCatalogUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryCatalogUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InventoryCatalogUserQuery, InventoryCatalogUserQueryVariables>;
export const InventoryCatalogProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryCatalogProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<InventoryCatalogProductsQuery, InventoryCatalogProductsQueryVariables>;
export const InventoryCatalogFindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryCatalogFind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InventoryCatalogFindQuery, InventoryCatalogFindQueryVariables>;
export const InventoryCatalogVariantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryCatalogVariant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]} as unknown as DocumentNode<InventoryCatalogVariantQuery, InventoryCatalogVariantQueryVariables>;
export const InventoryCatalogVariant2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryCatalogVariant2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"marginPercent"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecastMonthlyUnits"}}]}}]}}]} as unknown as DocumentNode<InventoryCatalogVariant2Query, InventoryCatalogVariant2QueryVariables>;
export const OpenToBuySetBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenToBuySetBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]} as unknown as DocumentNode<OpenToBuySetBudgetMutation, OpenToBuySetBudgetMutationVariables>;
export const OpenToBuyOpenToBuyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenToBuyOpenToBuy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openToBuy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"committedCents"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCents"}}]}}]}}]} as unknown as DocumentNode<OpenToBuyOpenToBuyQuery, OpenToBuyOpenToBuyQueryVariables>;
export const OpenToBuyAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenToBuyAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"EnumValue","value":"Budget"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<OpenToBuyAuditQuery, OpenToBuyAuditQueryVariables>;
export const OpenToBuyCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenToBuyCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OpenToBuyCreateProductMutation, OpenToBuyCreateProductMutationVariables>;
export const OpenToBuyCreateVendorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenToBuyCreateVendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Mill","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadTimeDays"},"value":{"kind":"IntValue","value":"14"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenToBuyCreateVendorMutation, OpenToBuyCreateVendorMutationVariables>;
export const OpenToBuyCreateWarehouseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenToBuyCreateWarehouse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWarehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenToBuyCreateWarehouseMutation, OpenToBuyCreateWarehouseMutationVariables>;
export const PurchasingCreateWarehouseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingCreateWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWarehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Main","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PurchasingCreateWarehouseMutation, PurchasingCreateWarehouseMutationVariables>;
export const PurchasingCreateVendorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingCreateVendor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVendorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PurchasingCreateVendorMutation, PurchasingCreateVendorMutationVariables>;
export const PurchasingCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PurchasingCreateProductMutation, PurchasingCreateProductMutationVariables>;
export const PurchasingCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStockOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchasingOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchasingOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<PurchasingCreateMutation, PurchasingCreateMutationVariables>;
export const PurchasingSetLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingSetLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStockOrderLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStockOrderLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchasingOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchasingOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<PurchasingSetLineMutation, PurchasingSetLineMutationVariables>;
export const PurchasingPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeStockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchasingOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchasingOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<PurchasingPlaceMutation, PurchasingPlaceMutationVariables>;
export const PurchasingReceiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingReceive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveStockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchasingOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchasingOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<PurchasingReceiveMutation, PurchasingReceiveMutationVariables>;
export const PurchasingSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendStockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchasingOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchasingOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<PurchasingSendMutation, PurchasingSendMutationVariables>;
export const PurchasingSetEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingSetEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetVendorEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVendorEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PurchasingSetEmailMutation, PurchasingSetEmailMutationVariables>;
export const PurchasingImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importStockOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchasingOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchasingOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<PurchasingImportMutation, PurchasingImportMutationVariables>;
export const PurchasingOrderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchasingOrderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchasingOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchasingOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<PurchasingOrderByIdQuery, PurchasingOrderByIdQueryVariables>;
export const PurchasingCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchasingCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PurchasingCountQuery, PurchasingCountQueryVariables>;
export const PurchasingVariantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchasingVariant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}}]}}]}}]} as unknown as DocumentNode<PurchasingVariantQuery, PurchasingVariantQueryVariables>;
export const PurchasingAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchasingAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<PurchasingAuditLogQuery, PurchasingAuditLogQueryVariables>;
export const PurchasingSetStockLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingSetStockLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStockLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStockLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PurchasingSetStockLevelMutation, PurchasingSetStockLevelMutationVariables>;
export const PurchasingStockOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchasingStockOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DRAFT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PurchasingStockOrdersQuery, PurchasingStockOrdersQueryVariables>;
export const PurchasingImportStockOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingImportStockOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importStockOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]}}]}}]} as unknown as DocumentNode<PurchasingImportStockOrdersMutation, PurchasingImportStockOrdersMutationVariables>;
export const PurchasingPlaceIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingPlaceId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeStockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PurchasingPlaceIdMutation, PurchasingPlaceIdMutationVariables>;
export const PurchasingReceiveIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingReceiveId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveStockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PurchasingReceiveIdMutation, PurchasingReceiveIdMutationVariables>;
export const PurchasingSendIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingSendId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendStockOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PurchasingSendIdMutation, PurchasingSendIdMutationVariables>;
export const PurchasingCreateVendor2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingCreateVendor2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Threadco","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadTimeDays"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PurchasingCreateVendor2Mutation, PurchasingCreateVendor2MutationVariables>;
export const PurchasingVendorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchasingVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PurchasingVendorsQuery, PurchasingVendorsQueryVariables>;
export const PurchasingAuditLog2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchasingAuditLog2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<PurchasingAuditLog2Query, PurchasingAuditLog2QueryVariables>;
export const PurchasingAuditLog3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchasingAuditLog3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<PurchasingAuditLog3Query, PurchasingAuditLog3QueryVariables>;
export const PurchasingImportStockOrders2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasingImportStockOrders2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importStockOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]}}]}}]} as unknown as DocumentNode<PurchasingImportStockOrders2Mutation, PurchasingImportStockOrders2MutationVariables>;
export const PurchasingAuditLog4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchasingAuditLog4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"EnumValue","value":"StockOrder"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<PurchasingAuditLog4Query, PurchasingAuditLog4QueryVariables>;
export const ReportsKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categories"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"warehouseIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"categories"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categories"}}},{"kind":"Argument","name":{"kind":"Name","value":"warehouseIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"warehouseIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitsSold"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"sellThroughPercent"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryTurnover"}},{"kind":"Field","name":{"kind":"Name","value":"stockValueCents"}}]}}]}}]} as unknown as DocumentNode<ReportsKpisQuery, ReportsKpisQueryVariables>;
export const ReportsPresetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsPresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportsPresetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportsPresetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPreset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"warehouseIds"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportsPresetsQuery, ReportsPresetsQueryVariables>;
export const ReportsSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportsSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveReportPresetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReportPreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportsPresetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportsPresetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPreset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"warehouseIds"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportsSaveMutation, ReportsSaveMutationVariables>;
export const ReportsSaveSharedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportsSaveShared"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveReportPresetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSharedReportPreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportsPresetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportsPresetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPreset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"warehouseIds"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportsSaveSharedMutation, ReportsSaveSharedMutationVariables>;
export const ReportsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReportPreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportsDeleteMutation, ReportsDeleteMutationVariables>;
export const ReportsDeleteSharedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportsDeleteShared"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSharedReportPreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportsDeleteSharedMutation, ReportsDeleteSharedMutationVariables>;
export const ReportsAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"EnumValue","value":"ReportPreset"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<ReportsAuditQuery, ReportsAuditQueryVariables>;
export const ReportsSetStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportsSetStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStockLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStockLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportsSetStockMutation, ReportsSetStockMutationVariables>;
export const ReportsRecordSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportsRecordSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSalesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportsRecordSalesMutation, ReportsRecordSalesMutationVariables>;
export const ReportsCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportsCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReportsCreateProductMutation, ReportsCreateProductMutationVariables>;
export const ReportsCreateWarehouseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportsCreateWarehouse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWarehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportsCreateWarehouseMutation, ReportsCreateWarehouseMutationVariables>;
export const ReportsCreateWarehouse2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportsCreateWarehouse2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWarehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Theirs","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportsCreateWarehouse2Mutation, ReportsCreateWarehouse2MutationVariables>;
export const WholesaleCreateWarehouseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleCreateWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWarehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Main","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WholesaleCreateWarehouseMutation, WholesaleCreateWarehouseMutationVariables>;
export const WholesaleCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WholesaleCreateProductMutation, WholesaleCreateProductMutationVariables>;
export const WholesaleCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWholesaleOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWholesaleOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WholesaleOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WholesaleOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<WholesaleCreateMutation, WholesaleCreateMutationVariables>;
export const WholesaleConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmWholesaleOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WholesaleOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WholesaleOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<WholesaleConfirmMutation, WholesaleConfirmMutationVariables>;
export const WholesaleListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholesaleList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WholesaleOrderFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WholesaleOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<WholesaleListQuery, WholesaleListQueryVariables>;
export const WholesaleUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleUpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"wholesaleEnabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleEnabled"}}]}}]}}]} as unknown as DocumentNode<WholesaleUpdateAccountMutation, WholesaleUpdateAccountMutationVariables>;
export const WholesaleSetStockLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleSetStockLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStockLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStockLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WholesaleSetStockLevelMutation, WholesaleSetStockLevelMutationVariables>;
export const WholesaleVariantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholesaleVariant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}}]}}]}}]} as unknown as DocumentNode<WholesaleVariantQuery, WholesaleVariantQueryVariables>;
export const WholesaleAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholesaleAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<WholesaleAuditLogQuery, WholesaleAuditLogQueryVariables>;
export const WholesaleWholesaleOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholesaleWholesaleOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WholesaleWholesaleOrderQuery, WholesaleWholesaleOrderQueryVariables>;
export const WholesaleUpdateAccount2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleUpdateAccount2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"wholesaleEnabled"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WholesaleUpdateAccount2Mutation, WholesaleUpdateAccount2MutationVariables>;
export const WholesaleWholesaleOrder2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholesaleWholesaleOrder2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WholesaleWholesaleOrder2Query, WholesaleWholesaleOrder2QueryVariables>;
export const WholesaleCreateProduct2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleCreateProduct2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Theirs","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"StringValue","value":"Shirts","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"variants"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sku"},"value":{"kind":"StringValue","value":"WH-A","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"StringValue","value":"A","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"costCents"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"priceCents"},"value":{"kind":"IntValue","value":"2"}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WholesaleCreateProduct2Mutation, WholesaleCreateProduct2MutationVariables>;
export const WholesaleCreateWholesaleOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleCreateWholesaleOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWholesaleOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWholesaleOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WholesaleCreateWholesaleOrderMutation, WholesaleCreateWholesaleOrderMutationVariables>;
export const WholesaleConfirmWholesaleOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleConfirmWholesaleOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmWholesaleOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WholesaleConfirmWholesaleOrderMutation, WholesaleConfirmWholesaleOrderMutationVariables>;
export const InvitesInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitesInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}}]}}]}}]} as unknown as DocumentNode<InvitesInviteMutation, InvitesInviteMutationVariables>;
export const InvitesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitesListQuery, InvitesListQueryVariables>;
export const InvitesAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitesAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitesAcceptMutation, InvitesAcceptMutationVariables>;
export const InvitesResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitesResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inviteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InvitesResendMutation, InvitesResendMutationVariables>;
export const InvitesRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitesRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inviteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InvitesRevokeMutation, InvitesRevokeMutationVariables>;
export const InvitesDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitesDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InvitesDeleteUserMutation, InvitesDeleteUserMutationVariables>;
export const InvitesUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitesUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<InvitesUserQuery, InvitesUserQueryVariables>;
export const InvitesActiveUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitesActiveUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InvitesActiveUsersQuery, InvitesActiveUsersQueryVariables>;
export const InvitesDeletedUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitesDeletedUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DELETED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InvitesDeletedUsersQuery, InvitesDeletedUsersQueryVariables>;
export const BrandSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brandSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAccount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"multipleDivisionsPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryDisplay"}}]}}]} as unknown as DocumentNode<BrandSettingsQuery, BrandSettingsQueryVariables>;
export const BrandUpdateInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrandUpdateInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BrandInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBrandInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"multipleDivisionsPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryDisplay"}}]}}]} as unknown as DocumentNode<BrandUpdateInfoMutation, BrandUpdateInfoMutationVariables>;
export const BrandUpdateDivisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrandUpdateDivisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDivisionSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"multipleDivisionsPerOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"multipleDivisionsPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryDisplay"}}]}}]} as unknown as DocumentNode<BrandUpdateDivisionsMutation, BrandUpdateDivisionsMutationVariables>;
export const BrandUpdateInventoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrandUpdateInventory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InventorySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInventorySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"multipleDivisionsPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryDisplay"}}]}}]} as unknown as DocumentNode<BrandUpdateInventoryMutation, BrandUpdateInventoryMutationVariables>;
export const BrandConnectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrandConnect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectPaymentAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stripeAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentAccount"}}]}}]}}]} as unknown as DocumentNode<BrandConnectMutation, BrandConnectMutationVariables>;
export const BrandAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<BrandAuditLogQuery, BrandAuditLogQueryVariables>;
export const BrandAuditLog2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandAuditLog2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BrandAuditLog2Query, BrandAuditLog2QueryVariables>;
export const BrandAuditLog3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandAuditLog3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<BrandAuditLog3Query, BrandAuditLog3QueryVariables>;
export const BrandEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brandSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"divisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"multipleDivisionsPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryDisplay"}}]}}]} as unknown as DocumentNode<BrandEverythingQuery, BrandEverythingQueryVariables>;
export const ConnectionsConnectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsConnect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectRetailer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retailerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConnectionsConnectMutation, ConnectionsConnectMutationVariables>;
export const ConnectionsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionsListQuery, ConnectionsListQueryVariables>;
export const ConnectionsOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionsOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retailerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}}]}}]}}]} as unknown as DocumentNode<ConnectionsOneQuery, ConnectionsOneQueryVariables>;
export const ConnectionsBuyersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsBuyers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buyers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionBuyers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"buyers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buyers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buyers"}}]}}]}}]} as unknown as DocumentNode<ConnectionsBuyersMutation, ConnectionsBuyersMutationVariables>;
export const ConnectionsBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cents"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"budgetCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetCents"}}]}}]}}]} as unknown as DocumentNode<ConnectionsBudgetMutation, ConnectionsBudgetMutationVariables>;
export const ConnectionsRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConnectionsRemoveMutation, ConnectionsRemoveMutationVariables>;
export const ConnectionsSetRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsSetRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRegions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionsSetRegionsMutation, ConnectionsSetRegionsMutationVariables>;
export const ConnectionsPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsPermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionKey"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConnectionsPermissionsMutation, ConnectionsPermissionsMutationVariables>;
export const ConnectionsCreateRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsCreateRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConnectionsCreateRegionMutation, ConnectionsCreateRegionMutationVariables>;
export const ConnectionsEditConnectionCurrenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsEditConnectionCurrencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionCurrencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"currencies"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"euro","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConnectionsEditConnectionCurrenciesMutation, ConnectionsEditConnectionCurrenciesMutationVariables>;
export const ConnectionsEditConnectionDoorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsEditConnectionDoors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doors"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"doors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConnectionsEditConnectionDoorsMutation, ConnectionsEditConnectionDoorsMutationVariables>;
export const ConnectionsLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionsLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionsLogQuery, ConnectionsLogQueryVariables>;
export const ConnectionsMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConnectionRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionsMoveMutation, ConnectionsMoveMutationVariables>;
export const ConnectionsDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConnectionsDeleteUserMutation, ConnectionsDeleteUserMutationVariables>;
export const ConnectionsUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionsUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionsUsersQuery, ConnectionsUsersQueryVariables>;
export const LinesheetsAddStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinesheetsAddStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStyleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LinesheetsAddStyleMutation, LinesheetsAddStyleMutationVariables>;
export const LinesheetsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinesheetsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLinesheetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLinesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinesheetsSheet"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinesheetsSheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Linesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"syncToIpad"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinesheetsCreateMutation, LinesheetsCreateMutationVariables>;
export const LinesheetsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinesheetsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLinesheetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLinesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinesheetsSheet"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinesheetsSheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Linesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"syncToIpad"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinesheetsUpdateMutation, LinesheetsUpdateMutationVariables>;
export const LinesheetsArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinesheetsArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveLinesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinesheetsSheet"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinesheetsSheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Linesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"syncToIpad"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinesheetsArchiveMutation, LinesheetsArchiveMutationVariables>;
export const LinesheetsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinesheetsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLinesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LinesheetsDeleteMutation, LinesheetsDeleteMutationVariables>;
export const LinesheetsPrivacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinesheetsPrivacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"private"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLinesheetPrivacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"private"},"value":{"kind":"Variable","name":{"kind":"Name","value":"private"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinesheetsSheet"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinesheetsSheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Linesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"syncToIpad"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinesheetsPrivacyMutation, LinesheetsPrivacyMutationVariables>;
export const LinesheetsShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinesheetsShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareLinesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinesheetsSheet"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinesheetsSheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Linesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"syncToIpad"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinesheetsShareMutation, LinesheetsShareMutationVariables>;
export const LinesheetsSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinesheetsSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"syncToIpad"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLinesheetIpadSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"syncToIpad"},"value":{"kind":"Variable","name":{"kind":"Name","value":"syncToIpad"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinesheetsSheet"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinesheetsSheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Linesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"syncToIpad"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinesheetsSyncMutation, LinesheetsSyncMutationVariables>;
export const LinesheetsBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinesheetsBadge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linesheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"badgeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLinesheetStyleBadge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"linesheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linesheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"badgeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"badgeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinesheetsSheet"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinesheetsSheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Linesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"syncToIpad"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinesheetsBadgeMutation, LinesheetsBadgeMutationVariables>;
export const LinesheetsCreateBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinesheetsCreateBadge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStyleBadge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LinesheetsCreateBadgeMutation, LinesheetsCreateBadgeMutationVariables>;
export const LinesheetsByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinesheetsById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinesheetsSheet"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinesheetsSheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Linesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"syncToIpad"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinesheetsByIdQuery, LinesheetsByIdQueryVariables>;
export const LinesheetsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinesheetsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linesheets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LinesheetsListQuery, LinesheetsListQueryVariables>;
export const LinesheetsAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinesheetsAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<LinesheetsAuditLogQuery, LinesheetsAuditLogQueryVariables>;
export const LinesheetsDeleteStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinesheetsDeleteStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LinesheetsDeleteStyleMutation, LinesheetsDeleteStyleMutationVariables>;
export const LinesheetsLinesheetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinesheetsLinesheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linesheets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinesheetsSheet"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinesheetsSheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Linesheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"syncToIpad"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinesheetsLinesheetsQuery, LinesheetsLinesheetsQueryVariables>;
export const OrderDiscountsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDiscountsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDiscountsMoney"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDiscountsMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]} as unknown as DocumentNode<OrderDiscountsReadQuery, OrderDiscountsReadQueryVariables>;
export const OrderDiscountsRetailerDiscountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderDiscountsRetailerDiscount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"percent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionDiscount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"discountPercent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"percent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}}]}}]}}]} as unknown as DocumentNode<OrderDiscountsRetailerDiscountMutation, OrderDiscountsRetailerDiscountMutationVariables>;
export const OrderDiscountsSetDiscountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderDiscountsSetDiscount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"percent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"optionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderDiscount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"percent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"percent"}}},{"kind":"Argument","name":{"kind":"Name","value":"discountOptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"optionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDiscountsMoney"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDiscountsMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]} as unknown as DocumentNode<OrderDiscountsSetDiscountMutation, OrderDiscountsSetDiscountMutationVariables>;
export const OrderDiscountsOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderDiscountsOption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveDiscountOptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDiscountOption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]} as unknown as DocumentNode<OrderDiscountsOptionMutation, OrderDiscountsOptionMutationVariables>;
export const OrderDiscountsInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderDiscountsInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]} as unknown as DocumentNode<OrderDiscountsInvoiceMutation, OrderDiscountsInvoiceMutationVariables>;
export const OrderDiscountsAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDiscountsAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<OrderDiscountsAuditQuery, OrderDiscountsAuditQueryVariables>;
export const OrderDiscountsLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderDiscountsLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrderLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderDiscountsLineMutation, OrderDiscountsLineMutationVariables>;
export const OrderDiscountsTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderDiscountsTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderDiscount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"percent"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<OrderDiscountsTotalsMutation, OrderDiscountsTotalsMutationVariables>;
export const OrderDivisionsSettingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderDivisionsSetting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDivisionSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"multipleDivisionsPerOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multipleDivisionsPerOrder"}}]}}]}}]} as unknown as DocumentNode<OrderDivisionsSettingMutation, OrderDivisionsSettingMutationVariables>;
export const OrderFixturesOrderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderFixturesOrderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesOrderByIdQuery, OrderFixturesOrderByIdQueryVariables>;
export const OrderFixturesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderFixturesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesCreateMutation, OrderFixturesCreateMutationVariables>;
export const OrderFixturesSetLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderFixturesSetLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrderLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesSetLineMutation, OrderFixturesSetLineMutationVariables>;
export const OrderFixturesSetDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderFixturesSetDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrderDatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderDates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesSetDatesMutation, OrderFixturesSetDatesMutationVariables>;
export const OrderFixturesSetDiscountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderFixturesSetDiscount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"percent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderDiscount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"percent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"percent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesSetDiscountMutation, OrderFixturesSetDiscountMutationVariables>;
export const OrderFixturesSetPoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderFixturesSetPo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"poNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderPoNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"poNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"poNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesSetPoMutation, OrderFixturesSetPoMutationVariables>;
export const OrderFixturesCancelStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderFixturesCancelStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderStyleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrderStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesCancelStyleMutation, OrderFixturesCancelStyleMutationVariables>;
export const OrderFixturesMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderFixturesMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesMergeMutation, OrderFixturesMergeMutationVariables>;
export const OrderFixturesSubmitOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderFixturesSubmitOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesSubmitOrderMutation, OrderFixturesSubmitOrderMutationVariables>;
export const OrderFixturesApproveOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderFixturesApproveOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesApproveOrderMutation, OrderFixturesApproveOrderMutationVariables>;
export const OrderFixturesShipOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderFixturesShipOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesShipOrderMutation, OrderFixturesShipOrderMutationVariables>;
export const OrderFixturesForceExportOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderFixturesForceExportOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceExportOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesForceExportOrderMutation, OrderFixturesForceExportOrderMutationVariables>;
export const OrderFixturesMarkOrderExportedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderFixturesMarkOrderExported"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markOrderExported"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFixturesOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFixturesOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"exportRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startShip"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<OrderFixturesMarkOrderExportedMutation, OrderFixturesMarkOrderExportedMutationVariables>;
export const OrderPathsTestRemoveConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderPathsTestRemoveConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderPathsTestRemoveConnectionMutation, OrderPathsTestRemoveConnectionMutationVariables>;
export const OrderPathsTestArchiveLinesheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderPathsTestArchiveLinesheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveLinesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderPathsTestArchiveLinesheetMutation, OrderPathsTestArchiveLinesheetMutationVariables>;
export const OrderPathsDivisionSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderPathsDivisionSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDivisionSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"multipleDivisionsPerOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multipleDivisionsPerOrder"}}]}}]}}]} as unknown as DocumentNode<OrderPathsDivisionSettingsMutation, OrderPathsDivisionSettingsMutationVariables>;
export const OrderPathsDeleteStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderPathsDeleteStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderPathsDeleteStyleMutation, OrderPathsDeleteStyleMutationVariables>;
export const OrderPathsRemoveConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderPathsRemoveConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderPathsRemoveConnectionMutation, OrderPathsRemoveConnectionMutationVariables>;
export const OrderPathsArchiveLinesheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderPathsArchiveLinesheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveLinesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderPathsArchiveLinesheetMutation, OrderPathsArchiveLinesheetMutationVariables>;
export const OrderPathsAssignToNewRetailerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderPathsAssignToNewRetailer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignOrderToNewRetailer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"retailerName"},"value":{"kind":"StringValue","value":"Newcomer","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minimumOrderCents"}}]}}]}}]} as unknown as DocumentNode<OrderPathsAssignToNewRetailerMutation, OrderPathsAssignToNewRetailerMutationVariables>;
export const OrderPathsInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderPathsInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]} as unknown as DocumentNode<OrderPathsInvoiceMutation, OrderPathsInvoiceMutationVariables>;
export const OrderRulesAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderRulesAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retailerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrderRulesAddMutation, OrderRulesAddMutationVariables>;
export const OrderRulesConnectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderRulesConnect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectRetailer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retailerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrderRulesConnectMutation, OrderRulesConnectMutationVariables>;
export const OrderRulesAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderRulesAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignOrderToNewRetailer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"retailerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrderRulesAssignMutation, OrderRulesAssignMutationVariables>;
export const OrderRulesSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderRulesSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrderRulesSaveMutation, OrderRulesSaveMutationVariables>;
export const OrderRulesEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderRulesEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrderRulesEventsQuery, OrderRulesEventsQueryVariables>;
export const OrdersAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersAuditQuery, OrdersAuditQueryVariables>;
export const OrdersDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrderDatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderDates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrdersDatesMutation, OrdersDatesMutationVariables>;
export const OrdersLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrderLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersLineMutation, OrdersLineMutationVariables>;
export const OrdersTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderDiscount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"percent"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersTotalMutation, OrdersTotalMutationVariables>;
export const OrdersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersListQuery, OrdersListQueryVariables>;
export const OrdersSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRetailerOrderRestrictionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRetailerOrderRestrictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minimumOrderCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerMayEditOrders"}}]}}]}}]} as unknown as DocumentNode<OrdersSetMutation, OrdersSetMutationVariables>;
export const OrdersAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retailerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrdersAddMutation, OrdersAddMutationVariables>;
export const OrdersInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersInvoiceMutation, OrdersInvoiceMutationVariables>;
export const OrdersInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersInvoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersInvoicesQuery, OrdersInvoicesQueryVariables>;
export const OrdersSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]} as unknown as DocumentNode<OrdersSaveMutation, OrdersSaveMutationVariables>;
export const OrdersEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrdersEventsQuery, OrdersEventsQueryVariables>;
export const OrdersOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrdersOrderQuery, OrdersOrderQueryVariables>;
export const OrdersInvoiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersInvoiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrdersInvoiceOrderMutation, OrdersInvoiceOrderMutationVariables>;
export const OrdersCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrdersCreateMutation, OrdersCreateMutationVariables>;
export const OrdersOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersOrdersQuery, OrdersOrdersQueryVariables>;
export const OrdersCreate2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersCreate2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersCreate2Mutation, OrdersCreate2MutationVariables>;
export const OrdersOrders2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersOrders2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersOrders2Query, OrdersOrders2QueryVariables>;
export const OrdersTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrdersTypenameQuery, OrdersTypenameQueryVariables>;
export const OrdersSubmitIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersSubmitId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrdersSubmitIdMutation, OrdersSubmitIdMutationVariables>;
export const OrdersMergeIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersMergeId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrdersMergeIdMutation, OrdersMergeIdMutationVariables>;
export const OrdersList2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersList2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retailerDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"orderDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersList2Query, OrdersList2QueryVariables>;
export const StylesAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StylesAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStyleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StylesStyle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesAddMutation, StylesAddMutationVariables>;
export const StylesCopyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StylesCopy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"styleNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StylesStyle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesCopyMutation, StylesCopyMutationVariables>;
export const StylesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StylesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StylesStyle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesDeleteMutation, StylesDeleteMutationVariables>;
export const StylesEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StylesEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditStyleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StylesStyle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesEditMutation, StylesEditMutationVariables>;
export const StylesSetUpcDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StylesSetUpc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upc"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStyleUpc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"upc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StylesStyle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesSetUpcMutation, StylesSetUpcMutationVariables>;
export const StylesSetDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StylesSetDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStyleDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StylesStyle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesSetDivisionMutation, StylesSetDivisionMutationVariables>;
export const StylesUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StylesUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataBase64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadStyleImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentType"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataBase64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]} as unknown as DocumentNode<StylesUploadMutation, StylesUploadMutationVariables>;
export const StylesRemoveImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StylesRemoveImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeStyleImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StylesStyle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesRemoveImageMutation, StylesRemoveImageMutationVariables>;
export const StylesCreateBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StylesCreateBadge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStyleBadge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StylesCreateBadgeMutation, StylesCreateBadgeMutationVariables>;
export const StylesAddBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StylesAddBadge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"badgeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStyleBadge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"badgeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"badgeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StylesStyle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesAddBadgeMutation, StylesAddBadgeMutationVariables>;
export const StylesRemoveBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StylesRemoveBadge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"badgeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeStyleBadge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"badgeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"badgeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StylesStyle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesRemoveBadgeMutation, StylesRemoveBadgeMutationVariables>;
export const StylesSetInventoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StylesSetInventory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStyleInventoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStyleInventory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StylesStyle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesSetInventoryMutation, StylesSetInventoryMutationVariables>;
export const StylesByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StylesById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StylesStyle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesByIdQuery, StylesByIdQueryVariables>;
export const StylesStylesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StylesStyles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDeleted"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"styles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"includeDeleted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDeleted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}}]}}]}}]}}]} as unknown as DocumentNode<StylesStylesQuery, StylesStylesQueryVariables>;
export const StylesAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StylesAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<StylesAuditLogQuery, StylesAuditLogQueryVariables>;
export const StylesStyleBadgesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StylesStyleBadges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"styleBadges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StylesStyleBadgesQuery, StylesStyleBadgesQueryVariables>;
export const StylesStyleBadges2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StylesStyleBadges2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"styleBadges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StylesStyleBadges2Query, StylesStyleBadges2QueryVariables>;
export const StylesStylesReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StylesStylesRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"styles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StylesStyle"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StylesStyle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Style"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"styleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"wholesalePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"upc"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StylesStylesReadQuery, StylesStylesReadQueryVariables>;
export const JourneyInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JourneyInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Bob Buyer","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<JourneyInviteUserMutation, JourneyInviteUserMutationVariables>;
export const JourneyInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]} as unknown as DocumentNode<JourneyInvitationQuery, JourneyInvitationQueryVariables>;
export const JourneyAcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JourneyAcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JourneyAcceptInviteMutation, JourneyAcceptInviteMutationVariables>;
export const JourneyUpdateUserPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JourneyUpdateUserPermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REPLENISHMENT"},{"kind":"EnumValue","value":"RESTRICT_DELETE_STYLES"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]}}]}}]} as unknown as DocumentNode<JourneyUpdateUserPermissionsMutation, JourneyUpdateUserPermissionsMutationVariables>;
export const JourneyMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<JourneyMeQuery, JourneyMeQueryVariables>;
export const JourneyAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<JourneyAuditLogQuery, JourneyAuditLogQueryVariables>;
export const JourneyDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JourneyDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<JourneyDeleteUserMutation, JourneyDeleteUserMutationVariables>;
export const JourneyMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<JourneyMe2Query, JourneyMe2QueryVariables>;
export const JourneyLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JourneyLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<JourneyLoginMutation, JourneyLoginMutationVariables>;
export const JourneyAuditLog2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyAuditLog2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JourneyAuditLog2Query, JourneyAuditLog2QueryVariables>;
export const KitCreateWarehouseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateWarehouse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWarehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<KitCreateWarehouseMutation, KitCreateWarehouseMutationVariables>;
export const KitCreateVendorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateVendor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVendorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<KitCreateVendorMutation, KitCreateVendorMutationVariables>;
export const KitCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<KitCreateProductMutation, KitCreateProductMutationVariables>;
export const KitSetStockLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetStockLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStockLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStockLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetStockLevelMutation, KitSetStockLevelMutationVariables>;
export const KitRecordSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitRecordSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSalesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitRecordSalesMutation, KitRecordSalesMutationVariables>;
export const KitUpdateVariantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitUpdateVariant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVariantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVariant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}}]}}]}}]} as unknown as DocumentNode<KitUpdateVariantMutation, KitUpdateVariantMutationVariables>;
export const KitEnableWholesaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEnableWholesale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"wholesaleEnabled"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleEnabled"}}]}}]}}]} as unknown as DocumentNode<KitEnableWholesaleMutation, KitEnableWholesaleMutationVariables>;
export const KitUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitUpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coverDays"}},{"kind":"Field","name":{"kind":"Name","value":"overstockCoverDays"}}]}}]}}]} as unknown as DocumentNode<KitUpdateAccountMutation, KitUpdateAccountMutationVariables>;
export const KitProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KitProductsQuery, KitProductsQueryVariables>;
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
export const KitVariantDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitVariantDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"marginPercent"}},{"kind":"Field","name":{"kind":"Name","value":"forecastMonthlyUnits"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}}]}}]}}]} as unknown as DocumentNode<KitVariantDetailsQuery, KitVariantDetailsQueryVariables>;
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
export const KitInviteNobodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitInviteNobody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"ListValue","values":[]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitInviteNobodyMutation, KitInviteNobodyMutationVariables>;
export const KitResendInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitResendInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inviteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitResendInviteMutation, KitResendInviteMutationVariables>;
export const KitRevokeInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitRevokeInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inviteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitRevokeInviteMutation, KitRevokeInviteMutationVariables>;
export const KitRestrictUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitRestrictUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RESTRICT_DELETE_STYLES"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitRestrictUserMutation, KitRestrictUserMutationVariables>;
export const KitDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitDeleteUserMutation, KitDeleteUserMutationVariables>;
export const KitInvitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitInvites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<KitInvitesQuery, KitInvitesQueryVariables>;
export const KitAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<KitAuditLogQuery, KitAuditLogQueryVariables>;
export const KitUserDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitUserDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"can"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"capability"},"value":{"kind":"EnumValue","value":"OVERVIEW"}}]},{"kind":"Field","name":{"kind":"Name","value":"explain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"capability"},"value":{"kind":"EnumValue","value":"OVERVIEW"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<KitUserDetailsQuery, KitUserDetailsQueryVariables>;
export const KitCreateRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitCreateRegionMutation, KitCreateRegionMutationVariables>;
export const KitSetUserRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetUserRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRegions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetUserRegionsMutation, KitSetUserRegionsMutationVariables>;
export const KitSetConnectionRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetConnectionRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConnectionRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetConnectionRegionMutation, KitSetConnectionRegionMutationVariables>;
export const KitConnectRetailerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitConnectRetailer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectRetailer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retailerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitConnectRetailerMutation, KitConnectRetailerMutationVariables>;
export const KitRemoveConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitRemoveConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitRemoveConnectionMutation, KitRemoveConnectionMutationVariables>;
export const KitAssignCompanyNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitAssignCompanyNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCompanyNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"companyNumberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyNumber"}}]}}]}}]} as unknown as DocumentNode<KitAssignCompanyNumberMutation, KitAssignCompanyNumberMutationVariables>;
export const KitAssignCustomerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitAssignCustomerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCustomerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerGroup"}}]}}]}}]} as unknown as DocumentNode<KitAssignCustomerGroupMutation, KitAssignCustomerGroupMutationVariables>;
export const KitEditBillingShippingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEditBillingShipping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionBillingShipping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"billingAddress"},"value":{"kind":"StringValue","value":"1 Main St","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"shippingAddress"},"value":{"kind":"StringValue","value":"2 Dock Rd","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitEditBillingShippingMutation, KitEditBillingShippingMutationVariables>;
export const KitEditBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEditBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"budgetCents"},"value":{"kind":"IntValue","value":"100000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitEditBudgetMutation, KitEditBudgetMutationVariables>;
export const KitEditBuyersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEditBuyers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionBuyers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"buyers"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Bea","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitEditBuyersMutation, KitEditBuyersMutationVariables>;
export const KitEditCurrenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEditCurrencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionCurrencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"currencies"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"EUR","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitEditCurrenciesMutation, KitEditCurrenciesMutationVariables>;
export const KitEditCustomerCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEditCustomerCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionCustomerCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerCode"},"value":{"kind":"StringValue","value":"C-1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitEditCustomerCodeMutation, KitEditCustomerCodeMutationVariables>;
export const KitEditDiscountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEditDiscount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionDiscount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"discountPercent"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitEditDiscountMutation, KitEditDiscountMutationVariables>;
export const KitEditDoorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEditDoors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"doors"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Main door","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitEditDoorsMutation, KitEditDoorsMutationVariables>;
export const KitEditPaymentMethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEditPaymentMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionPaymentMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"paymentMethods"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Card","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitEditPaymentMethodsMutation, KitEditPaymentMethodsMutationVariables>;
export const KitEditSalesRepsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEditSalesReps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionSalesReps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"salesReps"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Sam","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitEditSalesRepsMutation, KitEditSalesRepsMutationVariables>;
export const KitEditShippingMethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEditShippingMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionShippingMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"shippingMethods"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Ground","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitEditShippingMethodsMutation, KitEditShippingMethodsMutationVariables>;
export const KitEditWarehousesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEditWarehouses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConnectionWarehouses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"warehouses"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"NJ","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitEditWarehousesMutation, KitEditWarehousesMutationVariables>;
export const KitBrandSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitBrandSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brandSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAccount"}}]}}]}}]} as unknown as DocumentNode<KitBrandSettingsQuery, KitBrandSettingsQueryVariables>;
export const KitUpdateBrandInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitUpdateBrandInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"about"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBrandInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<KitUpdateBrandInformationMutation, KitUpdateBrandInformationMutationVariables>;
export const KitUpdateDivisionSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitUpdateDivisionSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDivisionSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"multipleDivisionsPerOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<KitUpdateDivisionSettingsMutation, KitUpdateDivisionSettingsMutationVariables>;
export const KitUpdateInventorySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitUpdateInventorySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryVisibility"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInventorySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"visibility"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<KitUpdateInventorySettingsMutation, KitUpdateInventorySettingsMutationVariables>;
export const KitConnectPaymentAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitConnectPaymentAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectPaymentAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stripeAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<KitConnectPaymentAccountMutation, KitConnectPaymentAccountMutationVariables>;
export const KitSaveCompanyNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSaveCompanyNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCompanyNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"label"},"value":{"kind":"StringValue","value":"VAT","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSaveCompanyNumberMutation, KitSaveCompanyNumberMutationVariables>;
export const KitSaveCustomerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSaveCustomerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCustomerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSaveCustomerGroupMutation, KitSaveCustomerGroupMutationVariables>;
export const KitSaveDiscountOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSaveDiscountOption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDiscountOption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"percent"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSaveDiscountOptionMutation, KitSaveDiscountOptionMutationVariables>;
export const KitSaveDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSaveDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSaveDivisionMutation, KitSaveDivisionMutationVariables>;
export const KitConnectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KitConnectionsQuery, KitConnectionsQueryVariables>;
export const KitConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retailerName"}}]}}]}}]} as unknown as DocumentNode<KitConnectionQuery, KitConnectionQueryVariables>;
export const KitCreateOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linesheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"linesheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linesheetId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitCreateOrderMutation, KitCreateOrderMutationVariables>;
export const KitSetOrderLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetOrderLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"size"},"value":{"kind":"StringValue","value":"M","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"colour"},"value":{"kind":"StringValue","value":"Red","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"quantity"},"value":{"kind":"IntValue","value":"2"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetOrderLineMutation, KitSetOrderLineMutationVariables>;
export const KitSubmitOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSubmitOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSubmitOrderMutation, KitSubmitOrderMutationVariables>;
export const KitApproveOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitApproveOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitApproveOrderMutation, KitApproveOrderMutationVariables>;
export const KitShipOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitShipOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitShipOrderMutation, KitShipOrderMutationVariables>;
export const KitForceExportOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitForceExportOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceExportOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitForceExportOrderMutation, KitForceExportOrderMutationVariables>;
export const KitMarkOrderExportedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitMarkOrderExported"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markOrderExported"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitMarkOrderExportedMutation, KitMarkOrderExportedMutationVariables>;
export const KitMergeOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitMergeOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitMergeOrdersMutation, KitMergeOrdersMutationVariables>;
export const KitSetRetailerOrderRestrictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetRetailerOrderRestrictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minimum"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRetailerOrderRestrictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"minimumOrderCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minimum"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetRetailerOrderRestrictionsMutation, KitSetRetailerOrderRestrictionsMutationVariables>;
export const KitAddClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitAddClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retailerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitAddClientMutation, KitAddClientMutationVariables>;
export const KitSaveEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSaveEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"startsOn"},"value":{"kind":"StringValue","value":"2031-03-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"StringValue","value":"2031-03-02","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSaveEventMutation, KitSaveEventMutationVariables>;
export const KitInvoiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitInvoiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<KitInvoiceOrderMutation, KitInvoiceOrderMutationVariables>;
export const KitInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitInvoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]} as unknown as DocumentNode<KitInvoicesQuery, KitInvoicesQueryVariables>;
export const KitAssignOrderToNewRetailerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitAssignOrderToNewRetailer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignOrderToNewRetailer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"retailerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitAssignOrderToNewRetailerMutation, KitAssignOrderToNewRetailerMutationVariables>;
export const KitSetOrderDiscountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetOrderDiscount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"percent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderDiscount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"percent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"percent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetOrderDiscountMutation, KitSetOrderDiscountMutationVariables>;
export const KitSetOrderPoNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetOrderPoNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"po"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderPoNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"poNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"po"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetOrderPoNumberMutation, KitSetOrderPoNumberMutationVariables>;
export const KitCancelOrderStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCancelOrderStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrderStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitCancelOrderStyleMutation, KitCancelOrderStyleMutationVariables>;
export const KitOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KitOrdersQuery, KitOrdersQueryVariables>;
export const KitOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KitOrderQuery, KitOrderQueryVariables>;
export const KitSetOrderDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetOrderDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrderDates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"startShip"},"value":{"kind":"StringValue","value":"2031-02-03","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetOrderDatesMutation, KitSetOrderDatesMutationVariables>;
export const KitAddStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitAddStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"styleNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Tee","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"wholesalePriceCents"},"value":{"kind":"IntValue","value":"1500"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitAddStyleMutation, KitAddStyleMutationVariables>;
export const KitCopyStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCopyStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"styleNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitCopyStyleMutation, KitCopyStyleMutationVariables>;
export const KitDeleteStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitDeleteStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitDeleteStyleMutation, KitDeleteStyleMutationVariables>;
export const KitEditStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitEditStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitEditStyleMutation, KitEditStyleMutationVariables>;
export const KitSetStyleUpcDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetStyleUpc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upc"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStyleUpc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"upc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetStyleUpcMutation, KitSetStyleUpcMutationVariables>;
export const KitSetStyleDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetStyleDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStyleDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetStyleDivisionMutation, KitSetStyleDivisionMutationVariables>;
export const KitUploadStyleImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitUploadStyleImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadStyleImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentType"},"value":{"kind":"StringValue","value":"image/png","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"dataBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitUploadStyleImageMutation, KitUploadStyleImageMutationVariables>;
export const KitRemoveStyleImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitRemoveStyleImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeStyleImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitRemoveStyleImageMutation, KitRemoveStyleImageMutationVariables>;
export const KitStyleImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitStyleImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KitStyleImagesQuery, KitStyleImagesQueryVariables>;
export const KitCreateStyleBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateStyleBadge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStyleBadge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitCreateStyleBadgeMutation, KitCreateStyleBadgeMutationVariables>;
export const KitAddStyleBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitAddStyleBadge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"badgeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStyleBadge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"badgeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"badgeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitAddStyleBadgeMutation, KitAddStyleBadgeMutationVariables>;
export const KitRemoveStyleBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitRemoveStyleBadge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"badgeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeStyleBadge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"badgeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"badgeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitRemoveStyleBadgeMutation, KitRemoveStyleBadgeMutationVariables>;
export const KitSetStyleInventoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetStyleInventory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"available"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStyleInventory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"size"},"value":{"kind":"StringValue","value":"M","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"colour"},"value":{"kind":"StringValue","value":"Black","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"available"},"value":{"kind":"Variable","name":{"kind":"Name","value":"available"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetStyleInventoryMutation, KitSetStyleInventoryMutationVariables>;
export const KitCreateLinesheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateLinesheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinesheetKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLinesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Spring","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"startShip"},"value":{"kind":"StringValue","value":"2031-02-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"deliveryDates"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"2031-02-15","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"styleIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitCreateLinesheetMutation, KitCreateLinesheetMutationVariables>;
export const KitSetLinesheetPrivacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetLinesheetPrivacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"private"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLinesheetPrivacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"private"},"value":{"kind":"Variable","name":{"kind":"Name","value":"private"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetLinesheetPrivacyMutation, KitSetLinesheetPrivacyMutationVariables>;
export const KitShareLinesheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitShareLinesheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareLinesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitShareLinesheetMutation, KitShareLinesheetMutationVariables>;
export const KitSetLinesheetIpadSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetLinesheetIpadSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLinesheetIpadSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"syncToIpad"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetLinesheetIpadSyncMutation, KitSetLinesheetIpadSyncMutationVariables>;
export const KitSetLinesheetStyleBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSetLinesheetStyleBadge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linesheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"badgeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLinesheetStyleBadge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"linesheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linesheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"styleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"badgeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"badgeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KitSetLinesheetStyleBadgeMutation, KitSetLinesheetStyleBadgeMutationVariables>;
export const LiveSetPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveSetPermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionKey"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LiveSetPermissionsMutation, LiveSetPermissionsMutationVariables>;
export const LiveInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LiveInviteMutation, LiveInviteMutationVariables>;
export const LiveResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inviteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LiveResendMutation, LiveResendMutationVariables>;
export const LiveRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inviteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LiveRevokeMutation, LiveRevokeMutationVariables>;
export const LiveAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveAcceptMutation, LiveAcceptMutationVariables>;
export const LiveDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LiveDeleteMutation, LiveDeleteMutationVariables>;
export const LiveLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LiveLogoutMutation, LiveLogoutMutationVariables>;
export const LiveUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveUpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wholesaleEnabled"}}]}}]}}]} as unknown as DocumentNode<LiveUpdateAccountMutation, LiveUpdateAccountMutationVariables>;
export const LiveSwitchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveSwitch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LiveSwitchMutation, LiveSwitchMutationVariables>;
export const LiveUserCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveUserCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<LiveUserCapabilitiesQuery, LiveUserCapabilitiesQueryVariables>;
export const LiveMyCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveMyCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<LiveMyCapabilitiesQuery, LiveMyCapabilitiesQueryVariables>;
export const LiveAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<LiveAuditLogQuery, LiveAuditLogQueryVariables>;
export const LiveLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<LiveLoginMutation, LiveLoginMutationVariables>;
export const MailInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MailInviteMutation, MailInviteMutationVariables>;
export const MailUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailUpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MailUpdateAccountMutation, MailUpdateAccountMutationVariables>;
export const PermissionRulesInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionRulesInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PermissionRulesInviteUserMutation, PermissionRulesInviteUserMutationVariables>;
export const PermissionRulesResendInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionRulesResendInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inviteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PermissionRulesResendInviteMutation, PermissionRulesResendInviteMutationVariables>;
export const PermissionRulesRevokeInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionRulesRevokeInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inviteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PermissionRulesRevokeInviteMutation, PermissionRulesRevokeInviteMutationVariables>;
export const PermissionRulesUpdatePermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionRulesUpdatePermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionKey"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionRulesUpdatePermissionsMutation, PermissionRulesUpdatePermissionsMutationVariables>;
export const PermissionRulesDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionRulesDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PermissionRulesDeleteUserMutation, PermissionRulesDeleteUserMutationVariables>;
export const PermissionRulesInvitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionRulesInvites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionRulesInvitesQuery, PermissionRulesInvitesQueryVariables>;
export const PermissionRulesAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionRulesAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionRulesAuditLogQuery, PermissionRulesAuditLogQueryVariables>;
export const PermissionRulesMyPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionRulesMyPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedBy"}},{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"requires"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermissionRulesMyPermissionsQuery, PermissionRulesMyPermissionsQueryVariables>;
export const PermissionRulesAcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionRulesAcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermissionRulesAcceptInviteMutation, PermissionRulesAcceptInviteMutationVariables>;
export const PermissionRulesUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionRulesUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"narrowings"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionRulesUserQuery, PermissionRulesUserQueryVariables>;
export const PermissionRulesMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionRulesMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PermissionRulesMeQuery, PermissionRulesMeQueryVariables>;
export const PermissionRulesUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionRulesUpdateAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"wholesaleEnabled"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleEnabled"}}]}}]}}]} as unknown as DocumentNode<PermissionRulesUpdateAccountMutation, PermissionRulesUpdateAccountMutationVariables>;
export const PermissionRulesUpdateAccount2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionRulesUpdateAccount2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"wholesaleEnabled"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleEnabled"}}]}}]}}]} as unknown as DocumentNode<PermissionRulesUpdateAccount2Mutation, PermissionRulesUpdateAccount2MutationVariables>;
export const PermissionRulesUpdateAccount3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionRulesUpdateAccount3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wholesaleEnabled"}}]}}]}}]} as unknown as DocumentNode<PermissionRulesUpdateAccount3Mutation, PermissionRulesUpdateAccount3MutationVariables>;
export const PermissionRulesPermissionCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionRulesPermissionCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PermissionRulesPermissionCatalogQuery, PermissionRulesPermissionCatalogQueryVariables>;
export const PermissionRulesAuditLog2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionRulesAuditLog2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionRulesAuditLog2Query, PermissionRulesAuditLog2QueryVariables>;
export const SmtpInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SmtpInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Eve Email","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SmtpInviteMutation, SmtpInviteMutationVariables>;
export const SmtpDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmtpDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SmtpDeliveryQuery, SmtpDeliveryQueryVariables>;
export const StatementsUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsUsersQuery, StatementsUsersQueryVariables>;
export const StatementsAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsAuditQuery, StatementsAuditQueryVariables>;
export const StatementsAuditFiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsAuditFive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsAuditFiveQuery, StatementsAuditFiveQueryVariables>;
export const StatementsUsers2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsUsers2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<StatementsUsers2Query, StatementsUsers2QueryVariables>;
export const StatementsOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsOrdersQuery, StatementsOrdersQueryVariables>;
export const SweepsAddStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SweepsAddStyle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Victim Tee","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"styleNumber"},"value":{"kind":"StringValue","value":"V-1","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"wholesalePriceCents"},"value":{"kind":"IntValue","value":"1000"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SweepsAddStyleMutation, SweepsAddStyleMutationVariables>;
export const SweepsCreateLinesheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SweepsCreateLinesheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"styleIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLinesheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ADMIN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Victim Spring","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"startShip"},"value":{"kind":"StringValue","value":"2030-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"deliveryDates"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"2030-01-01","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"styleIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"styleIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SweepsCreateLinesheetMutation, SweepsCreateLinesheetMutationVariables>;
export const SweepsUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SweepsUpdateAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"wholesaleEnabled"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SweepsUpdateAccountMutation, SweepsUpdateAccountMutationVariables>;
export const SweepsCreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SweepsCreateAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Sam's Own","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SweepsCreateAccountMutation, SweepsCreateAccountMutationVariables>;
export const SweepsLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SweepsLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"StringValue","value":"correct horse battery","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SweepsLoginMutation, SweepsLoginMutationVariables>;
export const SweepsLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SweepsLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SweepsLogoutMutation, SweepsLogoutMutationVariables>;
export const SweepsDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SweepsDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SweepsDeleteUserMutation, SweepsDeleteUserMutationVariables>;
export const SweepsUpdateUserPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SweepsUpdateUserPermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionKey"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<SweepsUpdateUserPermissionsMutation, SweepsUpdateUserPermissionsMutationVariables>;
export const SweepsDeleteUser2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SweepsDeleteUser2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SweepsDeleteUser2Mutation, SweepsDeleteUser2MutationVariables>;
export const TenancyLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenancyLoginMutation, TenancyLoginMutationVariables>;
export const TenancyInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenancyInviteMutation, TenancyInviteMutationVariables>;
export const TenancyAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenancyAcceptMutation, TenancyAcceptMutationVariables>;
export const TenancySwitchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancySwitch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<TenancySwitchMutation, TenancySwitchMutationVariables>;
export const TenancyDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TenancyDeleteMutation, TenancyDeleteMutationVariables>;
export const TenancyMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyMeQuery, TenancyMeQueryVariables>;
export const TenancyAccountStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyAccountState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wholesaleEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullAccess"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenancyAccountStateQuery, TenancyAccountStateQueryVariables>;
export const TenancyQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TenancyQueryQuery, TenancyQueryQueryVariables>;
export const TenancyUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TenancyUserQuery, TenancyUserQueryVariables>;
export const TenancyMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserPermissionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyMutationMutation, TenancyMutationMutationVariables>;
export const TenancyMutation2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyMutation2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inviteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TenancyMutation2Mutation, TenancyMutation2MutationVariables>;
export const TenancyMutation3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyMutation3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inviteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TenancyMutation3Mutation, TenancyMutation3MutationVariables>;
export const TenancyAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyAuditLogQuery, TenancyAuditLogQueryVariables>;
export const TenancyUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyUsersQuery, TenancyUsersQueryVariables>;
export const TenancyUsers2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyUsers2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyUsers2Query, TenancyUsers2QueryVariables>;
export const TenancyInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TenancyInvitationQuery, TenancyInvitationQueryVariables>;
export const TenancyInvitation2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyInvitation2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}}]}}]}}]} as unknown as DocumentNode<TenancyInvitation2Query, TenancyInvitation2QueryVariables>;
export const TenancyMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyMe2Query, TenancyMe2QueryVariables>;
export const TenancySignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancySignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<TenancySignUpMutation, TenancySignUpMutationVariables>;
export const TenancyInvitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyInvites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TenancyInvitesQuery, TenancyInvitesQueryVariables>;
export const TenancyUsers3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyUsers3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyUsers3Query, TenancyUsers3QueryVariables>;
export const TenancyUpdateUserPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyUpdateUserPermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserPermissionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenancyUpdateUserPermissionsMutation, TenancyUpdateUserPermissionsMutationVariables>;
export const VocabularyInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VocabularyInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VocabularyInviteMutation, VocabularyInviteMutationVariables>;
export const VocabularyInvitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VocabularyInvites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<VocabularyInvitesQuery, VocabularyInvitesQueryVariables>;
export const VocabularyUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VocabularyUpdateAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"X","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VocabularyUpdateAccountMutation, VocabularyUpdateAccountMutationVariables>;
export const VocabularySelfEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VocabularySelfEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OVERVIEW"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VocabularySelfEditMutation, VocabularySelfEditMutationVariables>;
export const VocabularyDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VocabularyDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VocabularyDeleteUserMutation, VocabularyDeleteUserMutationVariables>;