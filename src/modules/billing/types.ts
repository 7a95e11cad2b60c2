import { builder } from '../../graphql/builder.js';
import { asMember } from '../../request/context.js';
import { describedEnum } from '../../graphql/enums.js';
import { inTransaction } from '../../request/transaction.js';
import { AccountRef } from '../accounts/types.js';
import { PLAN_PRICES, getBilling, updateBilling } from './service.js';
import type { BillingProfileRow, Plan } from './tables.js';

const BILLING = { billing: true } as const;

const dollars = (plan: Plan) => `$${PLAN_PRICES[plan] / 100} a month`;

const PlanEnum = describedEnum('BillingPlan', "The account's subscription plan", {
  STARTER: `Starter, ${dollars('STARTER')} (every account starts here)`,
  GROWTH: `Growth, ${dollars('GROWTH')}`,
  ENTERPRISE: `Enterprise, ${dollars('ENTERPRISE')}`,
});

const BillingRef = builder.objectRef<BillingProfileRow>('Billing').implement({
  description: "The account's subscription: plan, price, who receives invoices and the card on file. Needs billing (full access).",
  authScopes: BILLING,
  fields: (t) => ({
    plan: t.expose('plan', { type: PlanEnum }),
    billingEmail: t.exposeString('billingEmail', { description: 'Where invoices go' }),
    cardLast4: t.exposeString('cardLast4', { nullable: true, description: 'The last four digits of the card on file' }),
    monthlyPriceCents: t.expose('monthlyPriceCents', { type: 'Cents', description: "The plan's price per month" }),
    renewsAt: t.expose('renewsAt', { type: 'DateTime' }),
  }),
});

builder.objectField(AccountRef, 'billing', (t) =>
  t.field({
    type: BillingRef,
    nullable: true,
    description:
      'The subscription (before any change: STARTER, invoices to the caller, renewing 30 days after sign-up). Needs billing; null with FORBIDDEN otherwise.',
    authScopes: BILLING,
    resolve: (account, _args, ctx) => getBilling(asMember(ctx), account),
  }),
);

const UpdateBillingInput = builder.inputType('UpdateBillingInput', {
  fields: (t) => ({
    plan: t.field({ type: PlanEnum, required: false, description: 'Also sets the monthly price' }),
    billingEmail: t.string({ required: false }),
    cardLast4: t.string({ required: false, description: 'Exactly 4 digits' }),
  }),
});

builder.mutationField('updateBilling', (t) =>
  t.field({
    type: BillingRef,
    description: "Changes the account's plan, billing email or card on file",
    authScopes: BILLING,
    args: { input: t.arg({ type: UpdateBillingInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateBilling(inTransaction(ctx), input),
  }),
);
