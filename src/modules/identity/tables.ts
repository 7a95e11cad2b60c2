import { index, json, table, text } from '../../db/dialect.js';
import { createdAt, id, keysOf, timestamp } from '../../db/columns.js';
import { sessions } from '../auth/tables.js';
import { people } from '../users/tables.js';

/** What an emailed link lets its holder do; invites have their own links (invites/tables.ts). */
export const EmailLinkPurpose = {
  SIGN_UP: 'Finish a sign-up: the login and its first account come into being when the link is followed',
  PASSWORD_RESET: "Set a new password for the address's login",
  EMAIL_CHANGE: 'Move a login to a new address, confirmed from that address',
} as const;
export type EmailLinkPurpose = keyof typeof EmailLinkPurpose;

/** What a sign-up link will create: kept until it is followed, so no login exists before then. */
export interface SignUpRequest {
  accountName: string;
  name: string;
  passwordHash: string;
}

/**
 * Every sign-up, password-reset and email-change email Roster sent, one row each. A request
 * whose address cannot use a link (a sign-up for an address that has a login, a reset for one
 * that has none) mails a notice instead and keeps no token; its row still counts towards the rate
 * limits, so both kinds of answer cost the same and look the same.
 */
export const emailLinks = table(
  'email_links',
  {
    id: id(),
    purpose: text('purpose', { enum: keysOf(EmailLinkPurpose) }).notNull(),
    /** The SHA-256 of the emailed token; null for a notice. */
    tokenHash: text('token_hash').unique(),
    /** The address the email went to (for an email change, the new one). */
    email: text('email').notNull(),
    personId: text('person_id').references(() => people.id),
    signUp: json<SignUpRequest>('sign_up'),
    /** For an email change, the session that asked for it: the only one of the login that stays once it is confirmed. */
    sessionId: text('session_id').references(() => sessions.id),
    /** Who asked (their IP address), for the per-client limit. */
    client: text('client'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at').notNull(),
    /** When the link was followed, or voided by a newer link or by the change it was for. */
    usedAt: timestamp('used_at'),
  },
  (t) => [index('email_links_email_created').on(t.email, t.createdAt), index('email_links_client_created').on(t.client, t.createdAt)],
);

export type EmailLinkRow = typeof emailLinks.$inferSelect;
