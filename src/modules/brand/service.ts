import { and, eq, getTableColumns, ne } from 'drizzle-orm';
import type { AuthScopes } from '../../graphql/scopes.js';
import type { MemberContext } from '../../request/context.js';
import type { Db } from '../../db/client.js';
import type { Column } from '../../db/dialect.js';
import { first, one } from '../../db/rows.js';
import { badInput, conflict } from '../../errors.js';
import { changesOf } from '../../lib/changes.js';
import * as validate from '../../lib/validate.js';
import { type TenantTable, inAccount, ownRow } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import type { AuditAction } from '../audit/index.js';
import { audit } from '../audit/service.js';
import {
  type BrandSettingsRow,
  type CompanyNumberRow,
  type CustomerGroupRow,
  type DiscountOptionRow,
  type DivisionRow,
  type INVENTORY_DISPLAYS,
  type INVENTORY_VISIBILITIES,
  brandSettings,
  companyNumbers,
  customerGroups,
  discountOptions,
  divisions,
} from './tables.js';

export type InventoryVisibility = (typeof INVENTORY_VISIBILITIES)[number];
export type InventoryDisplay = (typeof INVENTORY_DISPLAYS)[number];

// ---------------------------------------------------------------------------------------------
// Brand settings: one row per account, written on the first change.

/** The settings of an account that never changed them: the table's column defaults (not written). */
function defaultSettings(accountId: string, createdAt: Date): BrandSettingsRow {
  const defaults = Object.entries(getTableColumns(brandSettings)).map(([key, column]) => [key, column.default ?? null]);
  return { ...(Object.fromEntries(defaults) as BrandSettingsRow), accountId, createdAt };
}

/** The account's brand settings as stored or, before any change, the defaults. */
async function settingsOf(db: Db, account: { id: string; createdAt: Date }): Promise<BrandSettingsRow> {
  const stored = await first(db.select().from(brandSettings).where(eq(brandSettings.accountId, account.id)));
  return stored ?? defaultSettings(account.id, account.createdAt);
}

/** The caller's account's brand settings (read only: nothing is written for an account that never changed them). */
export const getBrandSettings = (ctx: MemberContext) => settingsOf(ctx.app.db.read, ctx.viewer.account);

/** The same, as a write's transaction sees them (a rule that depends on a setting). */
export const brandSettingsNow = (ctx: WriteContext) => settingsOf(ctx.tx.db, ctx.viewer.account);

type SettingKey = Exclude<keyof BrandSettingsRow, 'accountId' | 'createdAt'>;

/**
 * Writes what `proposed` really changes (creating the account's row on its first change) and
 * audits `action` with only those fields; nothing is written or audited when nothing changes.
 */
async function changeSettings(ctx: WriteContext, action: AuditAction, proposed: Partial<Pick<BrandSettingsRow, SettingKey>>) {
  const current = await settingsOf(ctx.tx.db, ctx.viewer.account);
  const changes = changesOf<BrandSettingsRow, SettingKey>(current, proposed);
  if (changes.keys.length === 0) return current;
  const settings = await one(
    ctx.tx.db
      .insert(brandSettings)
      .values({ ...current, ...changes.set, createdAt: ctx.app.now() })
      .onConflictDoUpdate({ target: brandSettings.accountId, set: changes.set })
      .returning(),
  );
  await audit(ctx, action, ctx.viewer.account.id, { before: changes.before, after: changes.after });
  return settings;
}

/** Left out (undefined): unchanged; null: cleared; a value: checked. */
const clearable = <T>(value: T | null | undefined, check: (value: T) => T) =>
  value === undefined ? undefined : value === null ? null : check(value);

/** An http:// or https:// address of a host with a domain (`https://example.com/shop`). */
function website(value: string): string {
  const trimmed = validate.text('website', value, 500);
  let url: URL | null = null;
  try {
    url = new URL(trimmed);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) {
    throw badInput('website', 'website must be an http:// or https:// address, such as https://example.com');
  }
  return trimmed;
}

export interface BrandInformationInput {
  legalName?: string | null;
  website?: string | null;
  contactEmail?: string | null;
  about?: string | null;
}

/** "Brand account information": each field left out stays, null clears it. */
export const updateBrandInformation = (ctx: WriteContext, input: BrandInformationInput) =>
  changeSettings(ctx, 'BRAND_SETTINGS_UPDATED', {
    legalName: clearable(input.legalName, (value) => validate.text('legalName', value)),
    website: clearable(input.website, website),
    contactEmail: clearable(input.contactEmail, (value) => validate.email('contactEmail', value)),
    about: clearable(input.about, (value) => validate.paragraph('about', value, 2000)),
  });

/** Division settings: whether one order may hold styles of several divisions. */
export const updateDivisionSettings = (ctx: WriteContext, multipleDivisionsPerOrder: boolean) =>
  changeSettings(ctx, 'DIVISION_SETTINGS_UPDATED', { multipleDivisionsPerOrder });

export interface InventorySettingsInput {
  visibility?: InventoryVisibility | null;
  display?: InventoryDisplay | null;
}

/** Inventory settings: which retailers see inventory, and how it is shown (left out or null: unchanged). */
export const updateInventorySettings = (ctx: WriteContext, input: InventorySettingsInput) =>
  changeSettings(ctx, 'INVENTORY_SETTINGS_UPDATED', {
    inventoryVisibility: input.visibility ?? undefined,
    inventoryDisplay: input.display ?? undefined,
  });

/** A Stripe account id: `acct_` and at least 16 letters or digits. */
function stripeAccountId(value: string): string {
  const trimmed = value.trim();
  if (!/^acct_[A-Za-z0-9]{16,100}$/.test(trimmed)) {
    throw badInput('stripeAccountId', 'stripeAccountId must be a Stripe account id: acct_ followed by at least 16 letters or digits');
  }
  return trimmed;
}

/** Connects the Stripe account `id`, or (null) disconnects the one connected. */
export const connectPaymentAccount = (ctx: WriteContext, id: string | null | undefined) =>
  changeSettings(ctx, 'PAYMENT_ACCOUNT_CONNECTED', { stripeAccountId: id == null ? null : stripeAccountId(id) });

// ---------------------------------------------------------------------------------------------
// Option lists: company numbers, customer groups, discount options, divisions. Each is a list of
// rows of the account, added and edited by one `save…` mutation; they differ only by their fields,
// the capability that edits them and whether their name is unique.

/** A field of an option: text (trimmed, not empty, up to `max` characters) or a whole number from `min` to `max`. */
export type OptionField =
  | { readonly kind: 'text'; readonly max: number; readonly description: string }
  | { readonly kind: 'int'; readonly min: number; readonly max: number; readonly description: string };

export type OptionRow = CompanyNumberRow | CustomerGroupRow | DiscountOptionRow | DivisionRow;

export interface OptionList {
  readonly table: TenantTable & { createdAt: Column };
  /** The GraphQL type; the mutation is `save<type>`, its input `Save<type>Input`. */
  readonly type: string;
  /** The query listing them. */
  readonly query: string;
  /** How one is called in messages. */
  readonly what: string;
  readonly description: string;
  /** Who adds and edits them (the `save…` mutation's scopes). */
  readonly editors: Partial<AuthScopes>;
  readonly action: AuditAction;
  readonly fields: Readonly<Record<string, OptionField>>;
  /** The field whose value is unique within the account (CONFLICT otherwise). */
  readonly unique?: string;
}

const NAME: OptionField = { kind: 'text', max: 100, description: 'The name, unique within the account' };

export const optionLists: readonly OptionList[] = [
  {
    table: companyNumbers,
    type: 'CompanyNumber',
    query: 'companyNumbers',
    what: 'Company number',
    description: 'A company number of the brand (a VAT or DUNS number, say), assigned to retailer connections',
    editors: { editCompanyNumbers: true },
    action: 'COMPANY_NUMBER_SAVED',
    fields: {
      label: { kind: 'text', max: 100, description: 'What the number is (VAT, DUNS, …)' },
      number: { kind: 'text', max: 64, description: 'The number itself' },
    },
  },
  {
    table: customerGroups,
    type: 'CustomerGroup',
    query: 'customerGroups',
    what: 'Customer group',
    description: 'A customer group on the account level, assigned to retailer connections',
    editors: { editCustomerGroups: true },
    action: 'CUSTOMER_GROUP_SAVED',
    fields: { name: NAME },
    unique: 'name',
  },
  {
    table: discountOptions,
    type: 'DiscountOption',
    query: 'discountOptions',
    what: 'Discount option',
    description:
      'A discount option on the account level: a named percentage off, which setOrderDiscount applies to an order (copied when chosen)',
    editors: { editDiscountOptions: true },
    action: 'DISCOUNT_OPTION_SAVED',
    fields: { name: NAME, percent: { kind: 'int', min: 0, max: 100, description: 'The discount, in whole percent from 0 to 100' } },
    unique: 'name',
  },
  {
    table: divisions,
    type: 'Division',
    query: 'divisions',
    what: 'Division',
    description: 'A division styles belong to (division options)',
    editors: { editDivisionOptions: true },
    action: 'DIVISION_SAVED',
    fields: { name: NAME },
    unique: 'name',
  },
];

/** The account's options of a list, in the order they were added. */
export const listOptions = (ctx: MemberContext, list: OptionList): Promise<OptionRow[]> =>
  ctx.app.db.read
    .select()
    .from(list.table)
    .where(inAccount(ctx, list.table))
    .orderBy(list.table.createdAt, list.table.id) as unknown as Promise<OptionRow[]>;

export type OptionInput = { id?: string | null } & Record<string, unknown>;

function optionValues(list: OptionList, input: OptionInput): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(list.fields).map(([name, field]) => [
      name,
      field.kind === 'text'
        ? validate.text(name, input[name] as string, field.max)
        : validate.wholeNumber(name, input[name] as number, field.min, field.max),
    ]),
  );
}

/**
 * Adds an option (no id) or edits one of the account's (NOT_FOUND otherwise). A unique field that
 * another option of the account already has is a CONFLICT. Editing writes and audits only what
 * changes; nothing when nothing does.
 */
export async function saveOption(ctx: WriteContext, list: OptionList, input: OptionInput): Promise<OptionRow> {
  const { table } = list;
  const values = optionValues(list, input);
  const current = input.id ? ((await ownRow(ctx, table, input.id, list.what)) as OptionRow) : null;
  if (list.unique) {
    const column = (table as unknown as Record<string, Column>)[list.unique]!;
    const taken = await first(
      ctx.tx.db
        .select({ id: table.id })
        .from(table)
        .where(and(inAccount(ctx, table), eq(column, values[list.unique]!), current ? ne(table.id, current.id) : undefined)),
    );
    if (taken) throw conflict(`There is already a ${list.what.toLowerCase()} named ${values[list.unique]}`, { field: list.unique });
  }
  if (!current) {
    const created = (await one(
      ctx.tx.db
        .insert(table)
        .values({ ...values, accountId: ctx.viewer.account.id, createdAt: ctx.app.now() })
        .returning(),
    )) as OptionRow;
    await audit(ctx, list.action, created.id, { after: values });
    return created;
  }
  const changes = changesOf(current as Record<string, unknown>, values);
  if (changes.keys.length === 0) return current;
  const saved = (await one(ctx.tx.db.update(table).set(changes.set).where(eq(table.id, current.id)).returning())) as OptionRow;
  await audit(ctx, list.action, current.id, { before: changes.before, after: changes.after });
  return saved;
}
