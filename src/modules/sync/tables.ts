import { index, integer, table, text } from '../../db/dialect.js';
import { createdAt, id, timestamp } from '../../db/columns.js';
import { accountId } from '../../db/tenant.js';
import { members } from '../users/tables.js';

/** One run of Sync: who started it, and what it brought up to date. */
export const syncRuns = table(
  'sync_runs',
  {
    id: id(),
    accountId: accountId(),
    startedById: text('started_by_id')
      .notNull()
      .references(() => members.id),
    variantCount: integer('variant_count').notNull(),
    warehouseCount: integer('warehouse_count').notNull(),
    finishedAt: timestamp('finished_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sync_runs_account_created').on(t.accountId, t.createdAt, t.id)],
);

export type SyncRunRow = typeof syncRuns.$inferSelect;
