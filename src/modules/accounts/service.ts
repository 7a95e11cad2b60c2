import { first, one } from '../../db/rows.js';
import { eq } from 'drizzle-orm';
import { changesOf } from '../../lib/changes.js';
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

/** Changes the account's settings and features; a feature change re-decides every member's capabilities. */
export async function updateAccount(ctx: WriteContext, input: UpdateAccountInput) {
  const proposed = {
    name: input.name == null ? undefined : validate.text('name', input.name),
    wholesaleEnabled: input.wholesaleEnabled ?? undefined,
    coverDays: input.coverDays == null ? undefined : validate.wholeNumber('coverDays', input.coverDays, 1, 365),
    overstockCoverDays:
      input.overstockCoverDays == null ? undefined : validate.wholeNumber('overstockCoverDays', input.overstockCoverDays, 1, 730),
  };
  const { tx } = ctx;
  const current = (await first(tx.db.select().from(accounts).where(eq(accounts.id, ctx.viewer.account.id))))!;
  const changes = changesOf(current, proposed);
  if (changes.keys.length === 0) return current;
  const after = await one(tx.db.update(accounts).set(changes.set).where(eq(accounts.id, current.id)).returning());
  if (changes.keys.includes('wholesaleEnabled')) {
    publishAfterCommit(ctx.app, tx, 'account:permissions', after.id, {
      cause: 'ACCOUNT_FEATURES_CHANGED',
      at: ctx.app.now().toISOString(),
    });
  }
  await audit(ctx, 'ACCOUNT_UPDATED', after.id, { before: changes.before, after: changes.after });
  return after;
}
