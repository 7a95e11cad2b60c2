import { table, text } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';
import { accounts } from '../accounts/tables.js';

/** Every email Roster sends, written in the transaction of the change that causes it. */
export const outbox = table('outbox', {
  id: id(),
  accountId: text('account_id').references(() => accounts.id),
  recipient: text('recipient').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  /** The HTML part: every text escaped, links only where Roster put them. */
  html: text('html'),
  /** The whole message as composed for sending (RFC 5322). */
  raw: text('raw'),
  createdAt: createdAt(),
});

export type OutboxRow = typeof outbox.$inferSelect;
