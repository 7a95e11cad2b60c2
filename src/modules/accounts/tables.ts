import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id } from '../../db/columns.js';

/** A tenant: a brand, a retailer, a company. Its features gate capabilities for every member. */
export const accounts = sqliteTable('accounts', {
  id: id(),
  name: text('name').notNull(),
  wholesaleEnabled: integer('wholesale_enabled', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
});

export type AccountRow = typeof accounts.$inferSelect;
