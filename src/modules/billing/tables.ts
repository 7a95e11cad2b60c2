import { integer, table, text } from '../../db/dialect.js';
import { createdAt, timestamp } from '../../db/columns.js';
import { accounts } from '../accounts/tables.js';

export const PLANS = ['STARTER', 'GROWTH', 'ENTERPRISE'] as const;
export type Plan = (typeof PLANS)[number];

/** The account's subscription: plan, who receives invoices, and the card on file (last four digits only). */
export const billingProfiles = table('billing_profiles', {
  accountId: text('account_id')
    .primaryKey()
    .references(() => accounts.id),
  plan: text('plan', { enum: PLANS }).notNull(),
  billingEmail: text('billing_email').notNull(),
  cardLast4: text('card_last4'),
  monthlyPriceCents: integer('monthly_price_cents').notNull(),
  renewsAt: timestamp('renews_at').notNull(),
  createdAt: createdAt(),
});

export type BillingProfileRow = typeof billingProfiles.$inferSelect;
