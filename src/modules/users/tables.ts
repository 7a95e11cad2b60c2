import { index, primaryKey, table, text, uniqueIndex } from '../../db/dialect.js';
import { createdAt, id, timestamp } from '../../db/columns.js';
import { accounts } from '../accounts/tables.js';

/**
 * A person with a login. Never deleted: their name and email stay on every historic record.
 * One person can be a member of several accounts with the same login.
 */
export const people = table('people', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: createdAt(),
});

export const MEMBER_STATUSES = ['ACTIVE', 'DELETED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** A person's membership of an account: the "user" an account's admins manage. */
export const members = table(
  'members',
  {
    id: id(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    status: text('status', { enum: MEMBER_STATUSES }).notNull(),
    createdAt: createdAt(),
    deletedAt: timestamp('deleted_at'),
    deletedById: text('deleted_by_id'),
  },
  (t) => [
    uniqueIndex('members_account_person').on(t.accountId, t.personId),
    index('members_account_status_created').on(t.accountId, t.status, t.createdAt, t.id),
    // `users` without a status filter: pages in (createdAt, id) order without sorting the account.
    index('members_account_created').on(t.accountId, t.createdAt, t.id),
    index('members_person').on(t.personId),
  ],
);

/** The catalog keys a member holds: permission sets, toggles that are on, FULL_ACCESS. */
export const memberPermissions = table(
  'member_permissions',
  {
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    permissionKey: text('permission_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.permissionKey] }), index('member_permissions_key').on(t.permissionKey)],
);

export type PersonRow = typeof people.$inferSelect;
export type MemberRow = typeof members.$inferSelect;
