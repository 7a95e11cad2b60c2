import { index, json, table, text } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';
import { accounts } from '../accounts/tables.js';
import { invites } from '../invites/tables.js';
import { members } from '../users/tables.js';

export const AuditAction = {
  ACCOUNT_CREATED: 'The account was created by its first user',
  ACCOUNT_UPDATED: 'Account settings or features changed',
  INVITE_SENT: 'An invite was sent',
  INVITE_RESENT: 'An invite was re-sent with a new link and expiry',
  INVITE_REVOKED: 'An invite was revoked',
  INVITE_ACCEPTED: 'An invite was accepted and the person became a member',
  INVITE_EXPIRED: 'An invite passed its expiry without being accepted; it can be re-sent',
  PERMISSIONS_CHANGED: "A member's permissions changed",
  USER_DELETED: 'A member was deleted; their sessions ended',
} as const;
export type AuditAction = keyof typeof AuditAction;

/** Who did what to whom, with the state before and after. Append-only. */
export const auditLog = table(
  'audit_log',
  {
    id: id(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    action: text('action').$type<AuditAction>().notNull(),
    actorId: text('actor_id').references(() => members.id),
    targetId: text('target_id').references(() => members.id),
    inviteId: text('invite_id').references(() => invites.id),
    before: json<unknown>('before'),
    after: json<unknown>('after'),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_account_created').on(t.accountId, t.createdAt, t.id)],
);

export type AuditRow = typeof auditLog.$inferSelect;
