import { sql } from 'drizzle-orm';
import { index, integer, json, table, text, uniqueIndex } from '../../db/dialect.js';
import { createdAt, id, timestamp } from '../../db/columns.js';
import { accounts } from '../accounts/tables.js';
import { members } from '../users/tables.js';

/** Stored statuses; EXPIRED is derived from `expiresAt` (see inviteStatus). */
export const STORED_INVITE_STATUSES = ['PENDING', 'ACCEPTED', 'REVOKED'] as const;

/** An offer of membership to an email, carrying the permissions the member will start with. */
export const invites = table(
  'invites',
  {
    id: id(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    email: text('email').notNull(),
    name: text('name'),
    /** JSON array of catalog keys. */
    permissions: json<string[]>('permissions').notNull(),
    status: text('status', { enum: STORED_INVITE_STATUSES }).notNull(),
    invitedById: text('invited_by_id')
      .notNull()
      .references(() => members.id),
    /** Who sent the current link (the inviter, or whoever re-sent it): accepting needs them still entitled. */
    lastSentById: text('last_sent_by_id').references(() => members.id),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at').notNull(),
    sentCount: integer('sent_count').notNull().default(1),
    lastSentAt: timestamp('last_sent_at').notNull(),
    acceptedAt: timestamp('accepted_at'),
    acceptedMemberId: text('accepted_member_id').references(() => members.id),
    revokedAt: timestamp('revoked_at'),
    revokedById: text('revoked_by_id').references(() => members.id),
    /** When the expiry of the current link was announced (audit log, subscribers); reset by a re-invite. */
    expiryAnnouncedAt: timestamp('expiry_announced_at'),
  },
  (t) => [
    // At most one open invite per email and account, even under concurrent requests.
    uniqueIndex('invites_one_pending_per_email')
      .on(t.accountId, t.email)
      .where(sql`status = 'PENDING'`),
    index('invites_account_created').on(t.accountId, t.createdAt, t.id),
  ],
);

/**
 * Every link ever sent for an invite, by the SHA-256 of its token. Re-inviting replaces the link;
 * keeping the old hash lets an old link answer "replaced" instead of "unknown".
 */
export const inviteTokens = table('invite_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  inviteId: text('invite_id')
    .notNull()
    .references(() => invites.id),
  createdAt: createdAt(),
  replacedAt: timestamp('replaced_at'),
});

export type InviteRow = typeof invites.$inferSelect;
