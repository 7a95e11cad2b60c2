import { boolean, index, json, table, text, timestamp, uniqueIndex } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';
import { accountId } from '../../db/tenant.js';
import { styleBadges, styles } from '../styles/tables.js';
import { members } from '../users/tables.js';

export const LINESHEET_KINDS = ['ADMIN', 'CUSTOM'] as const;
export type LinesheetKind = (typeof LINESHEET_KINDS)[number];

/**
 * A linesheet: styles offered for a season, from a start-ship date, with preset delivery dates.
 * ADMIN linesheets are the brand's own; CUSTOM ones are made by a member for a buyer.
 */
export const linesheets = table(
  'linesheets',
  {
    id: id(),
    accountId: accountId(),
    kind: text('kind', { enum: LINESHEET_KINDS }).notNull(),
    name: text('name').notNull(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => members.id),
    /** YYYY-MM-DD. */
    startShip: text('start_ship').notNull(),
    /** YYYY-MM-DD each: the dates an order from it may be delivered on. */
    deliveryDates: json<string[]>('delivery_dates').notNull(),
    /** Privacy settings: visible only to connected retailers the brand chose. */
    private: boolean('private').notNull().default(false),
    syncToIpad: boolean('sync_to_ipad').notNull().default(false),
    sharedAt: timestamp('shared_at'),
    archivedAt: timestamp('archived_at'),
    createdAt: createdAt(),
  },
  (t) => [index('linesheets_account_created').on(t.accountId, t.createdAt, t.id)],
);

/** A style on a linesheet, with an optional custom badge shown on it there. */
export const linesheetStyles = table(
  'linesheet_styles',
  {
    id: id(),
    accountId: accountId(),
    linesheetId: text('linesheet_id')
      .notNull()
      .references(() => linesheets.id),
    styleId: text('style_id')
      .notNull()
      .references(() => styles.id),
    badgeId: text('badge_id').references(() => styleBadges.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('linesheet_styles_linesheet_style').on(t.linesheetId, t.styleId)],
);

export type LinesheetRow = typeof linesheets.$inferSelect;
export type LinesheetStyleRow = typeof linesheetStyles.$inferSelect;
