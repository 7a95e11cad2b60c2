import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id } from '../../db/columns.js';
import { accounts } from '../accounts/tables.js';

/** Every email Roster sends, written in the transaction of the change that causes it. */
export const outbox = sqliteTable('outbox', {
  id: id(),
  accountId: text('account_id').references(() => accounts.id),
  recipient: text('recipient').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  createdAt: createdAt(),
});

export type OutboxRow = typeof outbox.$inferSelect;
