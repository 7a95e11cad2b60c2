import type { MemberContext } from '../../request/context.js';
import { countRows } from '../../db/count.js';
import { paginate } from '../../db/paginate.js';
import { one } from '../../db/rows.js';
import type { PageArgs } from '../../lib/pagination.js';
import { inAccount } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { variants, warehouses } from '../products/index.js';
import { syncRuns } from './tables.js';

/**
 * Brings the catalog up to date with the store. Roster has no store to pull from: a run counts the
 * account's variants and warehouses, and records who started it and when it finished.
 */
export async function runSync(ctx: WriteContext) {
  const startedAt = ctx.app.now();
  const variantCount = await countRows(ctx.tx.db, variants, inAccount(ctx, variants));
  const warehouseCount = await countRows(ctx.tx.db, warehouses, inAccount(ctx, warehouses));
  const run = await one(
    ctx.tx.db
      .insert(syncRuns)
      .values({
        accountId: ctx.viewer.account.id,
        startedById: ctx.viewer.member.id,
        variantCount,
        warehouseCount,
        finishedAt: ctx.app.now(),
        createdAt: startedAt,
      })
      .returning(),
  );
  await audit(ctx, 'SYNC_RUN', run.id, { after: { variantCount, warehouseCount } });
  return run;
}

/** The account's sync runs, newest first. */
export const listSyncRuns = (ctx: MemberContext, args: PageArgs) =>
  paginate(ctx.app.db.read, syncRuns, inAccount(ctx, syncRuns), args, 'desc');
