import { index, integer, table, text } from '../../db/dialect.js';
import { createdAt, id, keysOf, timestamp } from '../../db/columns.js';
import { accounts } from '../accounts/tables.js';
import { invites } from '../invites/tables.js';

/** Where an email stands. */
export const MailStatus = {
  LOGGED: 'Kept and logged only: no SMTP_URL is set (development)',
  QUEUED: 'Waiting to be sent, or to be retried after a failed attempt',
  SENT: 'Accepted by the SMTP server; its text is no longer kept',
} as const;
export type MailStatus = keyof typeof MailStatus;

/**
 * Every email Roster sends, written in the transaction of the change that causes it; with SMTP_URL
 * set, a delivery loop sends it after the commit (delivery.ts), retrying failures.
 */
export const outbox = table(
  'outbox',
  {
    id: id(),
    accountId: text('account_id').references(() => accounts.id),
    /** The invite the email carries a link of, so admins see whether it was delivered. */
    inviteId: text('invite_id').references(() => invites.id),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    /** The HTML part: every text escaped, links only where Roster put them. */
    html: text('html'),
    /** The whole message as composed for sending (RFC 5322). */
    raw: text('raw'),
    status: text('status', { enum: keysOf(MailStatus) })
      .notNull()
      .default('LOGGED'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at'),
    /** An instance sending it holds it until then, so two instances never send it twice at once. */
    lockedUntil: timestamp('locked_until'),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_status_next_attempt').on(t.status, t.nextAttemptAt), index('outbox_invite').on(t.inviteId, t.createdAt)],
);

export type OutboxRow = typeof outbox.$inferSelect;
