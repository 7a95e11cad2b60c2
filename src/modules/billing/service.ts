import { eq } from 'drizzle-orm';
import type { MemberContext } from '../../context.js';
import { first, one } from '../../db/rows.js';
import type { Db } from '../../db/client.js';
import { badInput } from '../../errors.js';
import * as validate from '../../lib/validate.js';
import type { WriteContext } from '../../transactions.js';
import type { AccountRow } from '../accounts/tables.js';
import { audit } from '../audit/service.js';
import { type BillingProfileRow, type Plan, billingProfiles } from './tables.js';

/** What each plan costs per month, in cents. */
export const PLAN_PRICES: Record<Plan, number> = { STARTER: 9_900, GROWTH: 29_900, ENTERPRISE: 99_900 };

const FIRST_TERM_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The account's billing profile as stored or, before anything was stored, the default (not
 * written): STARTER, invoices to the caller (who holds billing), renewing 30 days after sign-up.
 */
async function billingProfile(ctx: MemberContext, db: Db, account: AccountRow): Promise<BillingProfileRow> {
  const stored = await first(db.select().from(billingProfiles).where(eq(billingProfiles.accountId, account.id)));
  return stored ?? {
    accountId: account.id,
    plan: 'STARTER',
    billingEmail: ctx.viewer.person.email,
    cardLast4: null,
    monthlyPriceCents: PLAN_PRICES.STARTER,
    renewsAt: new Date(account.createdAt.getTime() + FIRST_TERM_MS),
    createdAt: account.createdAt,
  };
}

/** Billing of the caller's own account (null for any other account). */
export const getBilling = (ctx: MemberContext, account: AccountRow) =>
  account.id === ctx.viewer.account.id ? billingProfile(ctx, ctx.app.db.read, account) : null;

export interface UpdateBillingInput {
  plan?: Plan | null;
  billingEmail?: string | null;
  cardLast4?: string | null;
}

function cardLast4(value: string): string {
  if (!/^\d{4}$/.test(value)) throw badInput('cardLast4', 'cardLast4 must be exactly 4 digits');
  return value;
}

/** Changes the plan (and so the monthly price), the billing email or the card on file. */
export async function updateBilling(ctx: WriteContext, input: UpdateBillingInput) {
  const before = await billingProfile(ctx, ctx.tx.db, ctx.viewer.account);
  const changes = {
    plan: input.plan ?? undefined,
    monthlyPriceCents: input.plan ? PLAN_PRICES[input.plan] : undefined,
    billingEmail: input.billingEmail == null ? undefined : validate.email('billingEmail', input.billingEmail),
    cardLast4: input.cardLast4 == null ? undefined : cardLast4(input.cardLast4),
  };
  const changed = (Object.keys(changes) as Array<keyof typeof changes>).filter(
    (key) => changes[key] !== undefined && changes[key] !== before[key],
  );
  if (changed.length === 0) return before;
  const set: Partial<BillingProfileRow> = Object.fromEntries(changed.map((key) => [key, changes[key]]));
  const profile = await one(ctx.tx.db
    .insert(billingProfiles)
    .values({ ...before, ...set, createdAt: ctx.app.now() })
    .onConflictDoUpdate({ target: billingProfiles.accountId, set })
    .returning());
  await audit(ctx, 'BILLING_UPDATED', ctx.viewer.account.id, {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: set,
  });
  return profile;
}
