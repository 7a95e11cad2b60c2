import { builder } from '../../graphql/builder.js';
import { asMember } from '../../request/context.js';
import { inTransaction } from '../../request/transaction.js';
import { ACCOUNT_SETTINGS, MEMBER } from '../../graphql/scopes.js';
import { updateAccount } from './service.js';
import type { AccountRow } from './tables.js';

export const AccountRef = builder.objectRef<AccountRow>('Account').implement({
  description: 'A tenant: a brand, a retailer, a company',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    wholesaleEnabled: t.exposeBoolean('wholesaleEnabled', {
      description: 'Account feature: while off, nobody has the wholesale capability, full access included',
    }),
    coverDays: t.exposeInt('coverDays', {
      description: 'Setting: replenishment orders enough to cover this many days of forecast sales after the lead time',
    }),
    overstockCoverDays: t.exposeInt('overstockCoverDays', {
      description: 'Setting: stock beyond this many days of forecast sales counts as overstock',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('account', (t) =>
  t.field({
    type: AccountRef,
    description: 'The account the session acts in',
    authScopes: MEMBER,
    resolve: (_root, _args, ctx) => asMember(ctx).viewer.account,
  }),
);

const UpdateAccountInput = builder.inputType('UpdateAccountInput', {
  fields: (t) => ({
    name: t.string({ required: false }),
    wholesaleEnabled: t.boolean({ required: false }),
    coverDays: t.int({ required: false, description: '1 to 365' }),
    overstockCoverDays: t.int({ required: false, description: '1 to 730' }),
  }),
});

builder.mutationField('updateAccount', (t) =>
  t.field({
    type: AccountRef,
    description: "Changes the account's settings and features. Needs the settings capability (full access).",
    authScopes: ACCOUNT_SETTINGS,
    args: { input: t.arg({ type: UpdateAccountInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateAccount(inTransaction(ctx), input),
  }),
);
