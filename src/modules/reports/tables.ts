import { boolean, index, json, table, text } from '../../db/dialect.js';
import { createdAt, id, timestamp } from '../../db/columns.js';
import { accountId } from '../../db/tenant.js';
import { members } from '../users/tables.js';

export interface ReportFilters {
  categories?: string[];
  warehouseIds?: string[];
  days?: number;
}

/** Saved filters for the Inventory KPIs report: private to its owner, or shared with the account. */
export const reportPresets = table(
  'report_presets',
  {
    id: id(),
    accountId: accountId(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => members.id),
    name: text('name').notNull(),
    shared: boolean('shared').notNull(),
    filters: json<ReportFilters>('filters').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('report_presets_account_created').on(t.accountId, t.createdAt, t.id)],
);

export type ReportPresetRow = typeof reportPresets.$inferSelect;
