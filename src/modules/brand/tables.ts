import { boolean, index, integer, table, text, uniqueIndex } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';
import { accountId } from '../../db/tenant.js';
import { accounts } from '../accounts/tables.js';

export const INVENTORY_VISIBILITIES = ['ALL_RETAILERS', 'CONNECTED_RETAILERS', 'NOBODY'] as const;
export const INVENTORY_DISPLAYS = ['EXACT_UNITS', 'IN_STOCK_OR_NOT'] as const;

/** The brand's settings: brand information, order and inventory settings, the payment account. */
export const brandSettings = table('brand_settings', {
  accountId: text('account_id')
    .primaryKey()
    .references(() => accounts.id),
  /** "Brand account information" under "my settings". */
  legalName: text('legal_name'),
  website: text('website'),
  contactEmail: text('contact_email'),
  about: text('about'),
  /** Division settings: whether one order may hold styles of several divisions. */
  multipleDivisionsPerOrder: boolean('multiple_divisions_per_order').notNull().default(false),
  /** Inventory settings: which retailers see inventory, and how it is shown. */
  inventoryVisibility: text('inventory_visibility', { enum: INVENTORY_VISIBILITIES }).notNull().default('CONNECTED_RETAILERS'),
  inventoryDisplay: text('inventory_display', { enum: INVENTORY_DISPLAYS }).notNull().default('IN_STOCK_OR_NOT'),
  /** Payment settings: the connected Stripe account. */
  stripeAccountId: text('stripe_account_id'),
  createdAt: createdAt(),
});

/** Company numbers (e.g. a VAT or DUNS number), assigned to retailer connections. */
export const companyNumbers = table(
  'company_numbers',
  { id: id(), accountId: accountId(), label: text('label').notNull(), number: text('number').notNull(), createdAt: createdAt() },
  (t) => [index('company_numbers_account_created').on(t.accountId, t.createdAt, t.id)],
);

/** Customer groups on the account level, assigned to retailer connections. */
export const customerGroups = table(
  'customer_groups',
  { id: id(), accountId: accountId(), name: text('name').notNull(), createdAt: createdAt() },
  (t) => [uniqueIndex('customer_groups_account_name').on(t.accountId, t.name)],
);

/** Discount options on the account level. */
export const discountOptions = table(
  'discount_options',
  { id: id(), accountId: accountId(), name: text('name').notNull(), percent: integer('percent').notNull(), createdAt: createdAt() },
  (t) => [uniqueIndex('discount_options_account_name').on(t.accountId, t.name)],
);

/** Divisions styles belong to (division options). */
export const divisions = table(
  'divisions',
  { id: id(), accountId: accountId(), name: text('name').notNull(), createdAt: createdAt() },
  (t) => [uniqueIndex('divisions_account_name').on(t.accountId, t.name)],
);

export type BrandSettingsRow = typeof brandSettings.$inferSelect;
export type CompanyNumberRow = typeof companyNumbers.$inferSelect;
export type CustomerGroupRow = typeof customerGroups.$inferSelect;
export type DiscountOptionRow = typeof discountOptions.$inferSelect;
export type DivisionRow = typeof divisions.$inferSelect;
