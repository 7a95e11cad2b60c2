import { builder } from '../../graphql/builder.js';
import { asMember } from '../../request/context.js';
import { inTransaction } from '../../request/transaction.js';
import { MAX_MONTHS, type OpenToBuyRow, openToBuy, setBudget } from './service.js';
import type { BudgetRow } from './tables.js';

const OPEN_TO_BUY = { openToBuy: true } as const;

const BudgetRef = builder.objectRef<BudgetRow>('Budget').implement({
  description: 'What the account plans to spend on stock of one category in one month, in cents',
  authScopes: OPEN_TO_BUY,
  fields: (t) => ({
    id: t.exposeID('id'),
    month: t.exposeString('month', { description: 'YYYY-MM' }),
    category: t.exposeString('category'),
    amountCents: t.expose('amountCents', { type: 'Cents' }),
  }),
});

const OpenToBuyRowRef = builder.objectRef<OpenToBuyRow>('OpenToBuyRow').implement({
  description: 'Budget against stock orders for one month and category. Money is in cents.',
  authScopes: OPEN_TO_BUY,
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM' }),
    category: t.exposeString('category'),
    budgetCents: t.expose('budgetCents', { type: 'Cents', description: 'The budget set for the month and category (0 when none)' }),
    committedCents: t.expose('committedCents', {
      type: 'Cents',
      description:
        'Σ quantity × unit cost of the lines of placed or received stock orders expected that month, for products of the category (drafts do not count)',
    }),
    remainingCents: t.expose('remainingCents', { type: 'Cents', description: 'Budget − committed; negative when over budget' }),
  }),
});

builder.queryField('openToBuy', (t) =>
  t.field({
    type: [OpenToBuyRowRef],
    description: `Open-to-Buy per month and category, by month then category: every month of the range with a budget or a commitment. At most ${MAX_MONTHS} months.`,
    authScopes: OPEN_TO_BUY,
    args: {
      from: t.arg.string({ required: true, description: 'First month, YYYY-MM' }),
      to: t.arg.string({ required: true, description: 'Last month, YYYY-MM (included)' }),
    },
    resolve: (_root, { from, to }, ctx) => openToBuy(asMember(ctx), from, to),
  }),
);

const SetBudgetInput = builder.inputType('SetBudgetInput', {
  fields: (t) => ({
    month: t.string({ required: true, description: 'YYYY-MM' }),
    category: t.string({ required: true }),
    amountCents: t.field({ type: 'Cents', required: true }),
  }),
});

builder.mutationField('setBudget', (t) =>
  t.field({
    type: BudgetRef,
    description: 'Sets the Open-to-Buy budget of a category for a month (replacing any earlier one)',
    authScopes: OPEN_TO_BUY,
    args: { input: t.arg({ type: SetBudgetInput, required: true }) },
    resolve: (_root, { input }, ctx) => setBudget(inTransaction(ctx), input),
  }),
);
