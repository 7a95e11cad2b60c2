import { type Capability, capabilityKeys } from './capabilities.js';

/**
 * The permission catalog: every row of the two seed tables in ../shared/seeds, written once.
 * The GraphQL enum `PermissionKey`, the `permissionCatalog` query, the generated
 * docs/reference/permission-catalog.md and the enforcement tests are all derived from this list.
 *
 * `name` and `seedDescription` are the seed's words, verbatim (typos included, so that people who
 * know the source products recognise them). `description` says what the entry really does in
 * Roster. Where the two differ, the decision is recorded in `note`:
 * - "Allow Edit Inventory" is described by the seed as "User cannot add or edit inventory"; an
 *   "Allow …" toggle grants, so Roster's description says it grants adding and editing inventory.
 * - Eleven Connections "Restrict Edit …" rows say only "Same as above"; each gets its own
 *   description naming the connection field it protects.
 * - "Restrict Edit Discounts" appears twice (Connections and Orders); the keys tell them apart.
 * - "Restrict User from Creating Custom PO" is described as "can't edit auto-generated PO number",
 *   and "Restrict Move Products" as "can't merge orders": Roster follows the descriptions.
 * - "Use cannot delete styles" is the seed's typo for "User cannot delete styles".
 * - "Can assign orders to new connections" has no "Allow" prefix but grants a power: kind ALLOW.
 */
export const Kind = {
  /** Inventory Planner: grants a bundle of capabilities. */
  PERMISSION_SET: 'PERMISSION_SET',
  /** JOOR "Allow …": grants a capability members lack by default. */
  ALLOW: 'ALLOW',
  /** JOOR "Restrict …": removes a capability members have by default. Deny wins. */
  RESTRICT: 'RESTRICT',
  /** JOOR geographic permissions: narrows which records a capability reaches. */
  SCOPE: 'SCOPE',
} as const;
export type Kind = keyof typeof Kind;

export const Category = {
  PERMISSION_SETS: 'Inventory Planner permission sets',
  ACCOUNT: 'Account',
  CONNECTIONS: 'Connections',
  INVENTORY: 'Inventory',
  LINESHEET: 'Linesheet',
  ORDERS: 'Orders',
  STYLES: 'Styles',
} as const;
export type Category = keyof typeof Category;

export const Source = { INVENTORY_PLANNER: 'Inventory Planner', JOOR: 'JOOR' } as const;
export type Source = keyof typeof Source;

/** What a SCOPE entry narrows. */
export const Narrowing = {
  CONNECTIONS_BY_REGION: 'Retailer connections are limited to the regions assigned to the member',
} as const;
export type Narrowing = keyof typeof Narrowing;

export interface CatalogEntry {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly seedDescription: string;
  readonly source: Source;
  readonly category: Category;
  readonly kind: Kind;
  /** Capabilities granted (PERMISSION_SET, ALLOW). */
  readonly grants: readonly Capability[];
  /** Capabilities removed when the toggle is on (RESTRICT). */
  readonly removes: readonly Capability[];
  readonly narrows: Narrowing | null;
  readonly note: string | null;
}

type EntryInput = Pick<CatalogEntry, 'key' | 'name' | 'seedDescription'> &
  Partial<Pick<CatalogEntry, 'description' | 'grants' | 'removes' | 'narrows' | 'note'>>;

const entries = (source: Source, category: Category, kind: Kind, rows: EntryInput[]): CatalogEntry[] =>
  rows.map((row) => ({
    grants: [],
    removes: [],
    narrows: null,
    note: null,
    description: row.seedDescription,
    source,
    category,
    kind,
    ...row,
  }));

const sameAsAbove = 'Same as above';
const connectionField = (key: string, name: string, field: string, capability: Capability): EntryInput => ({
  key,
  name,
  seedDescription: sameAsAbove,
  description: `User cannot edit a retailer connection's ${field} (Customer Specific Data on the retailer's profile)`,
  removes: [capability],
  note: 'The seed says only "Same as above"; the description names the connection field it protects.',
});

export const catalog: readonly CatalogEntry[] = [
  // Inventory Planner: permission sets. "Full access" grants every capability (see decide.ts).
  ...entries('INVENTORY_PLANNER', 'PERMISSION_SETS', 'PERMISSION_SET', [
    {
      key: 'FULL_ACCESS',
      name: 'Full access',
      seedDescription:
        'All features: Overview, Replenishment, Edit forecast, Catalog, Stock orders, Overstock, Open-to-Buy, Wholesale, managing users, billing, settings',
      description:
        'Every capability, including managing users, billing and settings; restrictions do not apply. Selected by default when inviting.',
      grants: capabilityKeys,
    },
    { key: 'OVERVIEW', name: 'Overview', seedDescription: 'Overview', grants: ['overview'] },
    {
      key: 'REPLENISHMENT',
      name: 'Replenishment',
      seedDescription: 'Replenishment, Edit forecast, Catalog, Compare warehouses',
      grants: ['replenishment', 'editForecast', 'catalog', 'compareWarehouses'],
    },
    {
      key: 'PURCHASE_ORDERS',
      name: 'Purchase orders',
      seedDescription:
        'Stock orders, Wholesale (if enabled), Imports, Email addresses. Note that the purchase orders permission set is required to send any emails from the Inventory Planner.',
      description:
        'Stock orders, Wholesale (when the account has it enabled), Imports, Email addresses; the only set that allows sending emails.',
      grants: ['stockOrders', 'wholesale', 'imports', 'sendEmails'],
    },
    { key: 'OPEN_TO_BUY', name: 'Open-to-Buy', seedDescription: 'Open-to-Buy', grants: ['openToBuy'] },
    { key: 'OVERSTOCK', name: 'Overstock', seedDescription: 'Overstock', grants: ['overstock'] },
    {
      key: 'INVENTORY_KPIS',
      name: 'Inventory KPIs',
      seedDescription: 'Reports',
      description: 'Reports (Inventory KPIs)',
      grants: ['reports'],
    },
    {
      key: 'MODIFY_SHARED_PRESETS',
      name: 'Modify shared presets',
      seedDescription: 'Must be combined with other permissions which grant access to reports',
      description: 'Modify shared report presets; counts only together with a permission that grants reports',
      grants: ['modifySharedPresets'],
    },
  ]),

  ...entries('JOOR', 'ACCOUNT', 'ALLOW', [
    {
      key: 'ALLOW_MANAGE_PERMISSIONS',
      name: 'Allow Manage Permissions',
      seedDescription: 'User can edit the permissions of users on the account',
      description:
        'User can invite, re-invite, revoke invites, edit the permissions of and delete users, granting only what they hold themselves',
      grants: ['manageUsers'],
    },
    {
      key: 'ALLOW_EDIT_BRAND_SETTINGS',
      name: 'Allow Edit Brand Settings',
      seedDescription: 'User can edit the "brand account information" under "my settings"',
      grants: ['editBrandSettings'],
    },
    {
      key: 'ALLOW_EDIT_COMPANY_NUMBERS',
      name: 'Allow Edit Company Numbers',
      seedDescription: 'User can add or edit company numbers',
      grants: ['editCompanyNumbers'],
    },
    {
      key: 'ALLOW_EDIT_CUSTOMER_GROUPS',
      name: 'Allow Edit Customer Groups',
      seedDescription: 'User can edit “Customer Groups” on the account level',
      grants: ['editCustomerGroups'],
    },
    {
      key: 'ALLOW_EDIT_DISCOUNT_OPTIONS',
      name: 'Allow Edit Discount Options',
      seedDescription: 'User can edit “Discount Options" on the account level',
      grants: ['editDiscountOptions'],
    },
    {
      key: 'ALLOW_EDIT_DIVISION_OPTIONS',
      name: 'Allow Edit Division Options',
      seedDescription: 'User can edit their "Division Settings" to allow multiple divisions per order in "order settings"',
      grants: ['editDivisionOptions'],
    },
    {
      key: 'ALLOW_EDIT_INVENTORY_SETTINGS',
      name: 'Allow Edit Inventory Settings',
      seedDescription:
        'User can control which retailers can see inventory, how inventory is displayed and other inventory-specific permissions',
      grants: ['editInventorySettings'],
    },
    {
      key: 'ALLOW_MANAGE_PAYMENTS_SETTINGS',
      name: 'Allow Manage Payments Settings',
      seedDescription: 'User can see "payment settings" page and connect to a stripe account',
      grants: ['managePaymentsSettings'],
    },
    {
      key: 'ALLOW_INVOICE_RETAILERS',
      name: 'Allow invoice retailers',
      seedDescription: 'User can view invoices and invoice retailers',
      grants: ['invoiceRetailers'],
    },
  ]),

  ...entries('JOOR', 'CONNECTIONS', 'ALLOW', [
    {
      key: 'ALLOW_ASSIGN_COMPANY_NUMBERS',
      name: 'Allow Assign Company Numbers',
      seedDescription: 'User can assign company numbers to retailer connections',
      grants: ['assignCompanyNumbers'],
    },
    {
      key: 'ALLOW_ASSIGN_CUSTOMER_GROUPS',
      name: 'Allow Assign Customer Groups',
      seedDescription: 'User can assign customer groups to retailer connections',
      grants: ['assignCustomerGroups'],
    },
    {
      key: 'ALLOW_ASSIGN_ORDERS_TO_NEW_CONNECTIONS',
      name: 'Can assign orders to new connections',
      seedDescription: 'User can use the "assign a retailer" action to assign orders to JOOR retailers they are not connected with yet',
      description: 'User can use the "assign a retailer" action to assign orders to retailers they are not connected with yet',
      grants: ['assignOrdersToNewConnections'],
      note: 'The seed\'s name has no "Allow" prefix, but the row grants a power, so its kind is ALLOW.',
    },
  ]),
  ...entries('JOOR', 'CONNECTIONS', 'SCOPE', [
    {
      key: 'ENABLE_GEOGRAPHIC_PERMISSIONS',
      name: 'Enable Geographic permissions on the Brand App',
      seedDescription: 'Any geographic regions assigned to the user will be enabled on the brand app',
      description: 'User reaches only the retailer connections in the geographic regions assigned to them',
      narrows: 'CONNECTIONS_BY_REGION',
    },
  ]),
  ...entries('JOOR', 'CONNECTIONS', 'RESTRICT', [
    {
      key: 'RESTRICT_REMOVE_CONNECTIONS',
      name: 'Restrict Remove Connections',
      seedDescription: 'User cannot remove retail connections',
      removes: ['removeConnections'],
    },
    {
      key: 'RESTRICT_EDIT_BILLING_SHIPPING',
      name: 'Restrict Edit Billing/Shipping',
      seedDescription:
        'Restrict users from making changes at the retailer connection level. If the setting is enabled, they will not see that option to edit on the retailer’s profile page under Customer Specific Data',
      description: "User cannot edit a retailer connection's billing/shipping data (Customer Specific Data on the retailer's profile)",
      removes: ['editConnectionBillingShipping'],
    },
    connectionField('RESTRICT_EDIT_BUDGETS', 'Restrict Edit Budgets', 'budgets', 'editConnectionBudgets'),
    connectionField('RESTRICT_EDIT_BUYERS', 'Restrict Edit Buyers', 'buyers', 'editConnectionBuyers'),
    connectionField('RESTRICT_EDIT_CURRENCIES', 'Restrict Edit Currencies', 'currencies', 'editConnectionCurrencies'),
    connectionField(
      'RESTRICT_EDIT_CUSTOMER_CODE',
      'Restrict Edit Customer Code/Alias',
      'customer code/alias',
      'editConnectionCustomerCode',
    ),
    connectionField('RESTRICT_EDIT_CONNECTION_DISCOUNTS', 'Restrict Edit Discounts', 'discounts', 'editConnectionDiscounts'),
    connectionField('RESTRICT_EDIT_DOORS', 'Restrict Edit Doors', 'doors', 'editConnectionDoors'),
    connectionField('RESTRICT_EDIT_PAYMENT_METHODS', 'Restrict Edit Payment Methods', 'payment methods', 'editConnectionPaymentMethods'),
    connectionField('RESTRICT_EDIT_SALES_REPS', 'Restrict Edit Sales Reps', 'sales reps', 'editConnectionSalesReps'),
    connectionField(
      'RESTRICT_EDIT_SHIPPING_METHODS',
      'Restrict Edit Shipping Methods',
      'shipping methods',
      'editConnectionShippingMethods',
    ),
    connectionField('RESTRICT_EDIT_WAREHOUSES', 'Restrict Edit Warehouses', 'warehouses', 'editConnectionWarehouses'),
  ]),

  ...entries('JOOR', 'INVENTORY', 'ALLOW', [
    {
      key: 'ALLOW_EDIT_INVENTORY',
      name: 'Allow Edit Inventory',
      seedDescription: 'User cannot add or edit inventory',
      description: 'User can add and edit inventory',
      grants: ['editInventory'],
      note: 'The seed describes this "Allow" toggle as "User cannot add or edit inventory"; an Allow toggle grants, so Roster grants adding and editing inventory.',
    },
  ]),
  ...entries('JOOR', 'INVENTORY', 'RESTRICT', [
    {
      key: 'RESTRICT_OVERSELLING',
      name: 'Restrict overselling by brand account user',
      seedDescription: 'User cannot place an order for a style where there is insufficient inventory available',
      removes: ['oversell'],
    },
  ]),

  ...entries('JOOR', 'LINESHEET', 'ALLOW', [
    {
      key: 'ALLOW_APPLY_BADGES_TO_ADMIN_LINESHEETS',
      name: 'Allow Apply Custom Style Badges to Admin Linesheets',
      seedDescription: 'User can apply custom style badges such as "Best Seller" to styles on Admin linesheets',
      grants: ['applyAdminLinesheetBadges'],
    },
  ]),
  ...entries('JOOR', 'LINESHEET', 'RESTRICT', [
    {
      key: 'RESTRICT_EDIT_ADMIN_LINESHEETS',
      name: 'Restrict Add/Edit Admin Linesheets',
      seedDescription: 'User cannot create or edit Admin linesheets, they can only create custom linesheets',
      removes: ['editAdminLinesheets'],
    },
    {
      key: 'RESTRICT_ARCHIVE_ADMIN_LINESHEETS',
      name: 'Restrict Archive Admin Linesheets',
      seedDescription: 'User cannot archive current Admin linesheets',
      removes: ['archiveAdminLinesheets'],
    },
    {
      key: 'RESTRICT_DELETE_ADMIN_LINESHEETS',
      name: 'Restrict Delete Admin Linesheets',
      seedDescription: 'User cannot delete current Admin linesheets',
      removes: ['deleteAdminLinesheets'],
    },
    {
      key: 'RESTRICT_EDIT_ADMIN_LINESHEET_PRIVACY',
      name: 'Restrict Edit Privacy Settings Admin Linesheets',
      seedDescription: 'User cannot edit privacy settings',
      description: 'User cannot edit the privacy settings of Admin linesheets',
      removes: ['editAdminLinesheetPrivacy'],
    },
    {
      key: 'RESTRICT_SHARE_LINESHEETS',
      name: 'Restrict Share Linesheets',
      seedDescription: 'User cannot share any linesheets',
      removes: ['shareLinesheets'],
    },
    {
      key: 'RESTRICT_SYNC_LINESHEETS_TO_IPAD',
      name: 'Restrict Sync to iPad Linesheets',
      seedDescription: 'User cannot set a linesheet to sync or un-sync from iPad',
      removes: ['syncLinesheetsToIpad'],
    },
  ]),

  ...entries('JOOR', 'ORDERS', 'ALLOW', [
    {
      key: 'ALLOW_EDIT_RETAILER_ORDER_RESTRICTIONS',
      name: 'Allow Edit Retailer Order Restrictions',
      seedDescription:
        'User can edit Retailer Order Restrictions. These include allowing retailers to edit order details, place orders that do not meet the minimum, etc.',
      grants: ['editRetailerOrderRestrictions'],
    },
    {
      key: 'ALLOW_FORCE_EXPORT_ORDERS',
      name: 'Allow Force Export of Orders',
      seedDescription:
        'User can force export orders when an integration is set up- "Set to Re-Export" button will be visible on the Orders page',
      grants: ['forceExportOrders'],
    },
    {
      key: 'ALLOW_MARK_ORDERS_EXPORTED',
      name: 'Allow to Mark Orders as Exported',
      seedDescription: 'User can manually mark orders as exported from the Orders page.',
      grants: ['markOrdersExported'],
    },
  ]),
  ...entries('JOOR', 'ORDERS', 'RESTRICT', [
    {
      key: 'RESTRICT_ADD_CLIENT',
      name: 'Restrict Add Client',
      seedDescription: 'User cannot add a new client on the iPad',
      removes: ['addClients'],
    },
    {
      key: 'RESTRICT_ADD_STYLES_BEFORE_LINESHEET_START_SHIP',
      name: 'Restrict Add Styles to Order if Order Start Ship is Before Linesheet Start Ship',
      seedDescription: 'The user cannot add styles to an order if the order ship date is before the linesheet ship date',
      removes: ['addStylesBeforeLinesheetStartShip'],
    },
    {
      key: 'RESTRICT_EDIT_EVENTS',
      name: 'Restrict Add/Edit Events',
      seedDescription: 'User cannot create or edit events on the app or the website',
      removes: ['editEvents'],
    },
    {
      key: 'RESTRICT_EDIT_ORDER_DISCOUNTS',
      name: 'Restrict Edit Discounts',
      seedDescription:
        'User cannot add discounts on the order level. User can still add discounts at the SKU level or at the retailer level',
      removes: ['editOrderDiscounts'],
      note: 'Same name as the Connections row "Restrict Edit Discounts"; this one is about order-level discounts.',
    },
    {
      key: 'RESTRICT_CANCEL_STYLES',
      name: 'Restrict Cancel Styles',
      seedDescription: 'User cannot use the cancel/replace styles tool',
      removes: ['cancelStyles'],
    },
    {
      key: 'RESTRICT_CHANGE_DELIVERY_DATES',
      name: 'Restrict Change Delivery Dates',
      seedDescription: 'User cannot change order delivery dates- they must use default pre-set linesheet dates',
      removes: ['changeDeliveryDates'],
    },
    {
      key: 'RESTRICT_START_SHIP_BEFORE_LINESHEET_START_SHIP',
      name: 'Restrict Change Order Start Ship Before Linesheet Start Ship',
      seedDescription: 'User cannot change order start ship date to a date that is before the linesheet start ship date',
      removes: ['setStartShipBeforeLinesheetStartShip'],
    },
    {
      key: 'RESTRICT_EDIT_APPROVED_SHIPPED_ORDERS',
      name: 'Restrict Edit Approved/Shipped Orders',
      seedDescription: 'User cannot edit orders in approved or shipped status',
      removes: ['editApprovedShippedOrders'],
    },
    {
      key: 'RESTRICT_APPROVE_ORDERS',
      name: 'Restrict User from Approving Orders',
      seedDescription: 'User cannot move orders into the "approved" or "shipped" statuses',
      removes: ['approveOrders'],
    },
    {
      key: 'RESTRICT_CUSTOM_PO',
      name: 'Restrict User from Creating Custom PO',
      seedDescription: "User can't edit auto-generated PO number",
      description: 'User cannot replace the auto-generated PO number with a custom one',
      removes: ['editPoNumbers'],
      note: 'The name says "creating custom PO"; the seed\'s description (editing the auto-generated PO number) is what it does.',
    },
    {
      key: 'RESTRICT_ORDERS_UNDER_MINIMUM',
      name: 'Restrict User from Placing Orders Under Minimum',
      seedDescription: 'If minimums are set, the user will not be able to complete orders under the minimum',
      removes: ['placeOrdersUnderMinimum'],
    },
    {
      key: 'RESTRICT_MOVE_PRODUCTS',
      name: 'Restrict Move Products',
      seedDescription: "Users can't merge orders",
      description: 'User cannot merge orders (move products from one order into another)',
      removes: ['mergeOrders'],
      note: 'The name says "move products"; the seed describes merging orders, which is what it restricts.',
    },
  ]),

  ...entries('JOOR', 'STYLES', 'ALLOW', [
    {
      key: 'ALLOW_EDIT_STYLE_BADGES',
      name: 'Allow Add/Edit Custom Style Badges',
      seedDescription: 'User can create and add custom badges to styles, i.e "Best Seller"',
      grants: ['editStyleBadges'],
    },
    {
      key: 'ALLOW_EDIT_DIVISIONS',
      name: 'Allow Edit Divisions',
      seedDescription: 'User can add, remove, or change the division assigned to each style',
      grants: ['editStyleDivisions'],
    },
    {
      key: 'ALLOW_EDIT_UPCS',
      name: 'Allow Edit UPCs',
      seedDescription: 'User can update the UPC on a style',
      grants: ['editUpcs'],
    },
    {
      key: 'ALLOW_EDIT_STYLE_IMAGES',
      name: 'Allow Edit Style Images',
      seedDescription: 'User can upload, remove, and change style images',
      grants: ['editStyleImages'],
    },
  ]),
  ...entries('JOOR', 'STYLES', 'RESTRICT', [
    {
      key: 'RESTRICT_ADD_STYLES',
      name: 'Restrict Add/Copy Styles',
      seedDescription: 'User cannot add new styles or copy existing styles',
      removes: ['addStyles'],
    },
    {
      key: 'RESTRICT_DELETE_STYLES',
      name: 'Restrict Delete Styles',
      seedDescription: 'Use cannot delete styles',
      description: 'User cannot delete styles',
      removes: ['deleteStyles'],
      note: 'The seed\'s "Use cannot" is a typo for "User cannot".',
    },
    {
      key: 'RESTRICT_EDIT_STYLES',
      name: 'Restrict Edit Styles data',
      seedDescription: 'User cannot edit style data',
      removes: ['editStyles'],
    },
  ]),
];

export const FULL_ACCESS = 'FULL_ACCESS';

const entriesByKey = new Map(catalog.map((entry) => [entry.key, entry]));

export const catalogEntry = (key: string): CatalogEntry | undefined => entriesByKey.get(key);

/** The catalog entries that can grant a capability, for error messages ("granted by …"). */
export const entriesGranting = (capability: Capability): CatalogEntry[] => catalog.filter((entry) => entry.grants.includes(capability));
