import { boolean, integer, table, text } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';

/** A tenant: a brand, a retailer, a company. Its features gate capabilities for every member. */
export const accounts = table('accounts', {
  id: id(),
  name: text('name').notNull(),
  wholesaleEnabled: boolean('wholesale_enabled').notNull().default(false),
  /** Replenishment orders enough to cover this many days of forecast sales after the lead time. */
  coverDays: integer('cover_days').notNull().default(30),
  /** Overstock: stock beyond this many days of forecast sales. */
  overstockCoverDays: integer('overstock_cover_days').notNull().default(90),
  createdAt: createdAt(),
});

export type AccountRow = typeof accounts.$inferSelect;
