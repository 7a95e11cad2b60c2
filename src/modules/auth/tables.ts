import { index, table, text } from '../../db/dialect.js';
import { createdAt, id, keysOf, timestamp } from '../../db/columns.js';
import { accounts } from '../accounts/tables.js';
import { people } from '../users/tables.js';

/** Why a session was ended before its expiry. */
export const SessionEndReason = {
  LOGOUT: 'The session logged out',
  MEMBER_DELETED: 'The member was deleted from the account',
  ENDED_BY_USER: 'Its person ended it from another session (`endSession`, `endOtherSessions`)',
  PASSWORD_CHANGED: "Its login's password was changed from another session",
  PASSWORD_RESET: "Its login's password was reset through an emailed link",
  EMAIL_CHANGED: "Its login's email was changed, at the request of another session",
} as const;
export type SessionEndReason = keyof typeof SessionEndReason;

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
    endReason: text('end_reason', { enum: keysOf(SessionEndReason) }),
    /** The client's User-Agent when the session started, so a person can tell their sessions apart. */
    userAgent: text('user_agent'),
    /** Written at most every LAST_SEEN_FLUSH_SECONDS, not at every request (see last-seen.ts). */
    lastSeenAt: timestamp('last_seen_at'),
  },
  (t) => [index('sessions_person_account').on(t.personId, t.accountId)],
);

export type SessionRow = typeof sessions.$inferSelect;
