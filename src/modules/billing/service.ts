import { and, asc, eq } from 'drizzle-orm';
import { changesOf } from '../../lib/changes.js';
import { FULL_ACCESS } from '../permissions/catalog.js';
import { memberPermissions, members, people } from '../users/index.js';
import type { MemberContext } from '../../request/context.js';
import { first, one } from '../../db/rows.js';
import type { Db } from '../../db/client.js';
import { badInput } from '../../errors.js';
import * as validate from '../../lib/validate.js';
import type { WriteContext } from '../../request/transaction.js';
import type { AccountRow } from '../accounts/index.js';
import { audit } from '../audit/service.js';
import { type BillingProfileRow, type Plan, billingProfiles } from './tables.js';

/** What each plan costs per month, in cents. */
export const PLAN_PRICES: Record<Plan, number> = { STARTER: 9_900, GROWTH: 29_900, ENTERPRISE: 99_900 };

const FIRST_TERM_MS = 30 * 24 * 60 * 60 * 1000;

/** The email of the account's longest-standing active full-access member: who invoices go to by default. */
async function ownerEmail(db: Db, accountId: string): Promise<string> {
  const owner = await first(
    db
      .select({ email: people.email })
      .from(members)
      .innerJoin(memberPermissions, and(eq(memberPermissions.memberId, members.id), eq(memberPermissions.permissionKey, FULL_ACCESS)))
      .innerJoin(people, eq(people.id, members.personId))
      .where(and(eq(members.accountId, accountId), eq(members.status, 'ACTIVE')))
      .orderBy(asc(members.createdAt), asc(members.id))
      .limit(1),
  );
  return owner!.email; // an account always keeps a full-access member
}

/**
 * The account's billing profile as stored or, before anything was stored, the default (not
 * written): STARTER, invoices to the account's first full-access member, renewing 30 days after sign-up.
 */
async function billingProfile(db: Db, account: AccountRow): Promise<BillingProfileRow> {
  const stored = await first(db.select().from(billingProfiles).where(eq(billingProfiles.accountId, account.id)));
  return (
    stored ?? {
      accountId: account.id,
      plan: 'STARTER',
      billingEmail: await ownerEmail(db, account.id),
      cardLast4: null,
      monthlyPriceCents: PLAN_PRICES.STARTER,
      renewsAt: new Date(account.createdAt.getTime() + FIRST_TERM_MS),
      createdAt: account.createdAt,
    }
  );
}

/** Billing of the caller's own account (null for any other account). */
export const getBilling = (ctx: MemberContext, account: AccountRow) =>
  account.id === ctx.viewer.account.id ? billingProfile(ctx.app.db.read, account) : null;

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
  const current = await billingProfile(ctx.tx.db, ctx.viewer.account);
  const changes = changesOf(current, {
    plan: input.plan ?? undefined,
    monthlyPriceCents: input.plan ? PLAN_PRICES[input.plan] : undefined,
    billingEmail: input.billingEmail == null ? undefined : validate.email('billingEmail', input.billingEmail),
    cardLast4: input.cardLast4 == null ? undefined : cardLast4(input.cardLast4),
  });
  if (changes.keys.length === 0) return current;
  const profile = await one(
    ctx.tx.db
      .insert(billingProfiles)
      .values({ ...current, ...changes.set, createdAt: ctx.app.now() })
      .onConflictDoUpdate({ target: billingProfiles.accountId, set: changes.set })
      .returning(),
  );
  await audit(ctx, 'BILLING_UPDATED', ctx.viewer.account.id, { before: changes.before, after: changes.after });
  return profile;
}
