import { boolean, table, text } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';

/** A tenant: a brand, a retailer, a company. Its features gate capabilities for every member. */
export const accounts = table('accounts', {
  id: id(),
  name: text('name').notNull(),
  wholesaleEnabled: boolean('wholesale_enabled').notNull().default(false),
  createdAt: createdAt(),
});

export type AccountRow = typeof accounts.$inferSelect;
