import { integer, table, text, uniqueIndex } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';
import { accountId } from '../../db/tenant.js';

/** What the account plans to spend on stock of one category in one month (YYYY-MM), in cents. */
export const budgets = table(
  'budgets',
  {
    id: id(),
    accountId: accountId(),
    month: text('month').notNull(),
    category: text('category').notNull(),
    amountCents: integer('amount_cents').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('budgets_account_month_category').on(t.accountId, t.month, t.category)],
);

export type BudgetRow = typeof budgets.$inferSelect;
