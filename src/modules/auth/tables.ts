import { index, table, text } from '../../db/dialect.js';
import { createdAt, id, timestamp } from '../../db/columns.js';
import { accounts } from '../accounts/tables.js';
import { people } from '../users/tables.js';

export const SESSION_END_REASONS = ['LOGOUT', 'MEMBER_DELETED'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** A signed-in session. Only the SHA-256 of its token is stored; it acts in one account at a time. */
export const sessions = table(
  'sessions',
  {
    id: id(),
    tokenHash: text('token_hash').notNull().unique(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at').notNull(),
    endedAt: timestamp('ended_at'),
    endReason: text('end_reason', { enum: SESSION_END_REASONS }),
  },
  (t) => [index('sessions_person_account').on(t.personId, t.accountId)],
);

export type SessionRow = typeof sessions.$inferSelect;
