import { constantCase } from '../../lib/names.js';

/**
 * Capabilities: the single things Roster lets a member do or see. Fields and mutations are guarded
 * by capabilities; catalog entries (./catalog.ts) grant or remove them. Each capability here is also
 * a scope-auth scope of the same name (src/graphql/builder.ts).
 *
 * - `everyMember`: every member has it without any grant (JOOR's everyday powers, which "Restrict …"
 *   toggles take away, and Inventory Planner's Sync, which nobody can lose).
 * - `feature`: an account feature that must be on for anyone to have it, full access included.
 * - `requires`: another capability without which this one does not count.
 */
export interface CapabilityDefinition {
  readonly description: string;
  readonly everyMember?: true;
  readonly feature?: AccountFeature;
  readonly requires?: string;
}

/** Account-level switches that gate capabilities for everyone. */
export const accountFeatures = {
  wholesale: 'Wholesale is enabled for the account',
} as const;
export type AccountFeature = keyof typeof accountFeatures;

export const capabilities = {
  // Inventory Planner features (granted by permission sets).
  overview: { description: 'See the Overview page' },
  replenishment: { description: 'Use Replenishment' },
  editForecast: { description: 'Edit the forecast' },
  catalog: { description: 'See and edit the catalog' },
  compareWarehouses: { description: 'Compare warehouses' },
  stockOrders: { description: 'Create and manage stock (purchase) orders' },
  wholesale: { description: 'Use Wholesale', feature: 'wholesale' },
  imports: { description: 'Import data' },
  sendEmails: { description: 'Manage email addresses and send any email from the software' },
  openToBuy: { description: 'Use Open-to-Buy' },
  overstock: { description: 'See the Overstock report' },
  reports: { description: 'See reports (Inventory KPIs)' },
  modifySharedPresets: { description: 'Modify shared report presets', requires: 'reports' },
  billing: { description: 'Manage billing' },
  settings: { description: 'Change account settings' },
  sync: { description: 'Use Sync', everyMember: true },

  // JOOR Account powers.
  manageUsers: { description: 'Invite, re-invite, revoke, edit the permissions of and delete users' },
  editBrandSettings: { description: 'Edit the brand account information under "my settings"' },
  editCompanyNumbers: { description: 'Add or edit company numbers' },
  editCustomerGroups: { description: 'Edit customer groups on the account level' },
  editDiscountOptions: { description: 'Edit discount options on the account level' },
  editDivisionOptions: { description: 'Edit division settings (multiple divisions per order)' },
  editInventorySettings: { description: 'Control which retailers see inventory and how it is displayed' },
  managePaymentsSettings: { description: 'See payment settings and connect a Stripe account' },
  invoiceRetailers: { description: 'View invoices and invoice retailers' },

  // JOOR Connections.
  assignCompanyNumbers: { description: 'Assign company numbers to retailer connections' },
  assignCustomerGroups: { description: 'Assign customer groups to retailer connections' },
  assignOrdersToNewConnections: { description: 'Assign orders to retailers not yet connected' },
  removeConnections: { description: 'Remove retailer connections', everyMember: true },
  editConnectionBillingShipping: { description: "Edit a connection's billing/shipping data", everyMember: true },
  editConnectionBudgets: { description: "Edit a connection's budgets", everyMember: true },
  editConnectionBuyers: { description: "Edit a connection's buyers", everyMember: true },
  editConnectionCurrencies: { description: "Edit a connection's currencies", everyMember: true },
  editConnectionCustomerCode: { description: "Edit a connection's customer code/alias", everyMember: true },
  editConnectionDiscounts: { description: "Edit a connection's discounts", everyMember: true },
  editConnectionDoors: { description: "Edit a connection's doors", everyMember: true },
  editConnectionPaymentMethods: { description: "Edit a connection's payment methods", everyMember: true },
  editConnectionSalesReps: { description: "Edit a connection's sales reps", everyMember: true },
  editConnectionShippingMethods: { description: "Edit a connection's shipping methods", everyMember: true },
  editConnectionWarehouses: { description: "Edit a connection's warehouses", everyMember: true },

  // JOOR Inventory.
  editInventory: { description: 'Add or edit inventory' },
  oversell: { description: 'Place orders for styles without enough inventory available', everyMember: true },

  // JOOR Linesheets.
  applyAdminLinesheetBadges: { description: 'Apply custom style badges to styles on admin linesheets' },
  editAdminLinesheets: { description: 'Create and edit admin linesheets', everyMember: true },
  archiveAdminLinesheets: { description: 'Archive admin linesheets', everyMember: true },
  deleteAdminLinesheets: { description: 'Delete admin linesheets', everyMember: true },
  editAdminLinesheetPrivacy: { description: 'Edit the privacy settings of admin linesheets', everyMember: true },
  shareLinesheets: { description: 'Share linesheets', everyMember: true },
  syncLinesheetsToIpad: { description: 'Set linesheets to sync or un-sync from iPad', everyMember: true },

  // JOOR Orders.
  editRetailerOrderRestrictions: { description: 'Edit retailer order restrictions' },
  forceExportOrders: { description: 'Force export of orders to an integration ("Set to Re-Export")' },
  markOrdersExported: { description: 'Manually mark orders as exported' },
  addClients: { description: 'Add new clients on the iPad', everyMember: true },
  addStylesBeforeLinesheetStartShip: {
    description: 'Add styles to an order whose start ship is before the linesheet start ship',
    everyMember: true,
  },
  editEvents: { description: 'Create and edit events on the app or the website', everyMember: true },
  editOrderDiscounts: { description: 'Add discounts on the order level', everyMember: true },
  cancelStyles: { description: 'Use the cancel/replace styles tool', everyMember: true },
  changeDeliveryDates: { description: 'Change order delivery dates', everyMember: true },
  setStartShipBeforeLinesheetStartShip: {
    description: 'Change an order start ship to before the linesheet start ship',
    everyMember: true,
  },
  editApprovedShippedOrders: { description: 'Edit orders in approved or shipped status', everyMember: true },
  approveOrders: { description: 'Move orders into approved or shipped status', everyMember: true },
  editPoNumbers: { description: 'Edit the auto-generated PO number (custom PO)', everyMember: true },
  placeOrdersUnderMinimum: { description: 'Complete orders under the set minimums', everyMember: true },
  mergeOrders: { description: 'Merge orders (move products between orders)', everyMember: true },

  // JOOR Styles.
  editStyleBadges: { description: 'Create custom style badges and add them to styles' },
  editStyleDivisions: { description: 'Add, remove or change the division of each style' },
  editUpcs: { description: 'Update the UPC of a style' },
  editStyleImages: { description: 'Upload, remove and change style images' },
  addStyles: { description: 'Add new styles and copy existing ones', everyMember: true },
  deleteStyles: { description: 'Delete styles', everyMember: true },
  editStyles: { description: 'Edit style data', everyMember: true },
} as const satisfies Record<string, CapabilityDefinition>;

export type Capability = keyof typeof capabilities;

export const capabilityKeys = Object.keys(capabilities) as Capability[];

/** The name clients see, in the `Capability` enum, errors and events: `manageUsers` → `MANAGE_USERS`. */
export const capabilityName = (capability: Capability) => constantCase(capability);

/** The name clients see in the `AccountFeature` enum: `wholesale` → `WHOLESALE`. */
export const featureName = (feature: AccountFeature) => constantCase(feature);

export const capabilityDefinition = (capability: Capability): CapabilityDefinition => capabilities[capability];
