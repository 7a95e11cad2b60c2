import { first, one } from '../../db/rows.js';
import { eq } from 'drizzle-orm';
import * as validate from '../../lib/validate.js';
import type { WriteContext } from '../../transactions.js';
import { audit } from '../audit/service.js';
import { publishAfterCommit } from '../live/publish.js';
import { accounts } from './tables.js';

export interface UpdateAccountInput {
  name?: string | null;
  wholesaleEnabled?: boolean | null;
  coverDays?: number | null;
  overstockCoverDays?: number | null;
}

const SETTINGS = ['name', 'wholesaleEnabled', 'coverDays', 'overstockCoverDays'] as const;

/** Changes the account's settings and features; a feature change re-decides every member's capabilities. */
export async function updateAccount(ctx: WriteContext, input: UpdateAccountInput) {
  const changes = {
    name: input.name == null ? undefined : validate.text('name', input.name),
    wholesaleEnabled: input.wholesaleEnabled ?? undefined,
    coverDays: input.coverDays == null ? undefined : validate.wholeNumber('coverDays', input.coverDays, 1, 365),
    overstockCoverDays:
      input.overstockCoverDays == null ? undefined : validate.wholeNumber('overstockCoverDays', input.overstockCoverDays, 1, 730),
  };
  const { tx } = ctx;
  const before = (await first(tx.db.select().from(accounts).where(eq(accounts.id, ctx.viewer.account.id))))!;
  if (Object.values(changes).every((value) => value === undefined)) return before;
  const after = await one(tx.db.update(accounts).set(changes).where(eq(accounts.id, before.id)).returning());
  const changed = SETTINGS.filter((key) => before[key] !== after[key]);
  if (changed.includes('wholesaleEnabled')) {
    publishAfterCommit(ctx.app, tx, 'account:permissions', after.id, {
      cause: 'ACCOUNT_FEATURES_CHANGED',
      at: ctx.app.now().toISOString(),
    });
  }
  if (changed.length > 0) {
    await audit(ctx, 'ACCOUNT_UPDATED', after.id, {
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, after[key]])),
    });
  }
  return after;
}
