import { first, one } from '../../db/rows.js';
import { eq } from 'drizzle-orm';
import { type MemberContext, mutate } from '../../context.js';
import { ACCOUNT_SETTINGS } from '../../scopes.js';
import * as validate from '../../lib/validate.js';
import { recordAudit } from '../audit/service.js';
import { publishAfterCommit } from '../live/publish.js';
import { accounts } from './tables.js';

export interface UpdateAccountInput {
  name?: string | null;
  wholesaleEnabled?: boolean | null;
}

export async function updateAccount(ctx: MemberContext, input: UpdateAccountInput) {
  const name = input.name == null ? undefined : validate.text('name', input.name);
  const wholesaleEnabled = input.wholesaleEnabled ?? undefined;
  return mutate(ctx, ACCOUNT_SETTINGS, async (tx) => {
    const before = await first(tx.db.select().from(accounts).where(eq(accounts.id, ctx.viewer.account.id)));
    if (name === undefined && wholesaleEnabled === undefined) return before!;
    const after = await one(tx.db
      .update(accounts)
      .set({ name, wholesaleEnabled })
      .where(eq(accounts.id, ctx.viewer.account.id))
      .returning());
    const changed = (['name', 'wholesaleEnabled'] as const).filter((key) => before![key] !== after[key]);
    if (changed.includes('wholesaleEnabled')) {
      publishAfterCommit(ctx.app, tx, 'account:permissions', after.id, {
        cause: 'ACCOUNT_FEATURES_CHANGED',
        at: ctx.app.now().toISOString(),
      });
    }
    if (changed.length > 0) {
      await recordAudit(ctx.app, tx, {
        accountId: after.id,
        action: 'ACCOUNT_UPDATED',
        actorId: ctx.viewer.member.id,
        before: Object.fromEntries(changed.map((key) => [key, before![key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
        at: ctx.app.now(),
      });
    }
    return after;
  });
}
