import { builder } from '../../graphql/builder.js';
import { asMember } from '../../request/context.js';
import { describedEnum } from '../../graphql/enums.js';
import { MEMBER } from '../../graphql/scopes.js';
import { inTransaction } from '../../request/transaction.js';
import {
  type InventoryDisplay,
  type InventoryVisibility,
  type OptionList,
  type OptionRow,
  connectPaymentAccount,
  getBrandSettings,
  listOptions,
  optionLists,
  saveOption,
  updateBrandInformation,
  updateDivisionSettings,
  updateInventorySettings,
} from './service.js';
import type { BrandSettingsRow } from './tables.js';

const InventoryVisibilityEnum = describedEnum('InventoryVisibility', 'Which retailers see the brand’s inventory', {
  ALL_RETAILERS: 'Every retailer',
  CONNECTED_RETAILERS: 'Only retailers connected to the brand (the default)',
  NOBODY: 'No retailer',
} satisfies Record<InventoryVisibility, string>);

const InventoryDisplayEnum = describedEnum('InventoryDisplay', 'How inventory is shown to the retailers who see it', {
  EXACT_UNITS: 'The exact number of units available',
  IN_STOCK_OR_NOT: 'Only whether a style is in stock (the default)',
} satisfies Record<InventoryDisplay, string>);

const BrandSettingsRef = builder.objectRef<BrandSettingsRow>('BrandSettings').implement({
  description:
    "The brand's settings: brand account information, division and inventory settings, and the payment account. " +
    'Before any change, the defaults.',
  authScopes: MEMBER,
  fields: (t) => ({
    legalName: t.exposeString('legalName', { nullable: true, description: 'The brand’s legal name' }),
    website: t.exposeString('website', { nullable: true, description: 'The brand’s website (http or https)' }),
    contactEmail: t.exposeString('contactEmail', { nullable: true, description: 'Where retailers reach the brand' }),
    about: t.exposeString('about', { nullable: true, description: 'About the brand, as retailers read it' }),
    multipleDivisionsPerOrder: t.exposeBoolean('multipleDivisionsPerOrder', {
      description:
        'Whether one order may hold styles of several divisions (false by default: adding, merging, replacing or submitting ' +
        'styles of a second division answers CONFLICT, rule ONE_DIVISION_PER_ORDER; a style in no division goes with any)',
    }),
    inventoryVisibility: t.expose('inventoryVisibility', { type: InventoryVisibilityEnum, description: 'Which retailers see inventory' }),
    inventoryDisplay: t.expose('inventoryDisplay', { type: InventoryDisplayEnum, description: 'How inventory is shown to them' }),
    paymentAccount: t.exposeString('stripeAccountId', {
      nullable: true,
      description: 'The connected Stripe account id, or null when none is. Needs payment settings; null with FORBIDDEN otherwise.',
      authScopes: { managePaymentsSettings: true },
    }),
  }),
});

builder.queryField('brandSettings', (t) =>
  t.field({
    type: BrandSettingsRef,
    description: "The caller's account's brand settings (the defaults before any change)",
    authScopes: MEMBER,
    resolve: (_root, _args, ctx) => getBrandSettings(asMember(ctx)),
  }),
);

const BrandInformationInput = builder.inputType('BrandInformationInput', {
  description: 'Brand account information: a field left out stays as it is, null clears it',
  fields: (t) => ({
    legalName: t.string({ required: false, description: 'Up to 200 characters' }),
    website: t.string({ required: false, description: 'An http:// or https:// address, up to 500 characters' }),
    contactEmail: t.string({ required: false, description: 'An email address' }),
    about: t.string({ required: false, description: 'Up to 2,000 characters' }),
  }),
});

const InventorySettingsInput = builder.inputType('InventorySettingsInput', {
  description: 'Inventory settings: a field left out (or null) stays as it is',
  fields: (t) => ({
    visibility: t.field({ type: InventoryVisibilityEnum, required: false }),
    display: t.field({ type: InventoryDisplayEnum, required: false }),
  }),
});

builder.mutationFields((t) => ({
  updateBrandInformation: t.field({
    type: BrandSettingsRef,
    description: 'Changes the brand account information ("my settings"); only what changes is written and audited',
    authScopes: { editBrandSettings: true },
    args: { input: t.arg({ type: BrandInformationInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateBrandInformation(inTransaction(ctx), input),
  }),
  updateDivisionSettings: t.field({
    type: BrandSettingsRef,
    description:
      'Allows, or not, styles of several divisions on one order (orders already written keep their lines; they are judged when styles are added or the order is submitted)',
    authScopes: { editDivisionOptions: true },
    args: { multipleDivisionsPerOrder: t.arg.boolean({ required: true }) },
    resolve: (_root, args, ctx) => updateDivisionSettings(inTransaction(ctx), args.multipleDivisionsPerOrder),
  }),
  updateInventorySettings: t.field({
    type: BrandSettingsRef,
    description: 'Changes which retailers see inventory and how it is shown',
    authScopes: { editInventorySettings: true },
    args: { input: t.arg({ type: InventorySettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateInventorySettings(inTransaction(ctx), input),
  }),
  connectPaymentAccount: t.field({
    type: BrandSettingsRef,
    description: 'Connects a Stripe account (payment settings), replacing any connected one; null disconnects it',
    authScopes: { managePaymentsSettings: true },
    args: {
      stripeAccountId: t.arg.string({ required: false, description: 'acct_ followed by at least 16 letters or digits; null disconnects' }),
    },
    resolve: (_root, args, ctx) => connectPaymentAccount(inTransaction(ctx), args.stripeAccountId),
  }),
}));

/** A field of an option, by name (the definitions name their fields). */
const valueOf = (row: OptionRow, name: string) => (row as unknown as Record<string, string | number>)[name];

/**
 * The schema of an option list, generated from its definition (service.ts): its object type, a
 * query listing the account's options (every member) and `save<Type>` adding or editing one,
 * guarded by the list's own capability.
 */
function optionListSchema(list: OptionList) {
  const fieldNames = Object.entries(list.fields);
  const ref = builder.objectRef<OptionRow>(list.type).implement({
    description: list.description,
    authScopes: MEMBER,
    fields: (t) => ({
      id: t.exposeID('id'),
      ...Object.fromEntries(
        fieldNames.map(([name, field]) => [
          name,
          field.kind === 'text'
            ? t.string({ description: field.description, resolve: (row) => valueOf(row, name) as string })
            : t.int({ description: field.description, resolve: (row) => valueOf(row, name) as number }),
        ]),
      ),
    }),
  });

  const input = builder.inputType(`Save${list.type}Input`, {
    description: `A ${list.what.toLowerCase()} to add (no id) or edit (its id)`,
    fields: (t) => ({
      id: t.id({ required: false, description: `The ${list.what.toLowerCase()} to edit; left out to add one` }),
      ...Object.fromEntries(
        fieldNames.map(([name, field]) => [
          name,
          field.kind === 'text'
            ? t.string({ required: true, description: `${field.description}; up to ${field.max} characters` })
            : t.int({ required: true, description: field.description }),
        ]),
      ),
    }),
  });

  builder.queryField(list.query, (t) =>
    t.field({
      type: [ref],
      description: `The account's ${list.what.toLowerCase()}s, in the order they were added`,
      authScopes: MEMBER,
      resolve: (_root, _args, ctx) => listOptions(asMember(ctx), list),
    }),
  );

  builder.mutationField(`save${list.type}`, (t) =>
    t.field({
      type: ref,
      description: `Adds a ${list.what.toLowerCase()}, or edits one (only what changes is written and audited)`,
      authScopes: list.editors,
      args: { input: t.arg({ type: input, required: true }) },
      resolve: (_root, args, ctx) => saveOption(inTransaction(ctx), list, args.input as Parameters<typeof saveOption>[2]),
    }),
  );
  return ref;
}

/** The object type of each option list, by type name (`Division`), for fields of other modules. */
export const optionRefs = Object.fromEntries(optionLists.map((list) => [list.type, optionListSchema(list)]));
