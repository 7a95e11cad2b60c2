import { one } from '../../db/rows.js';
import { and, eq } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import type { WriteContext } from '../../request/transaction.js';
import { paginate } from '../../db/paginate.js';
import { conflict, notFound } from '../../errors.js';
import type { PageArgs } from '../../lib/pagination.js';
import { audit } from '../audit/service.js';
import { publishAfterCommit } from '../live/publish.js';
import { endSessions } from '../auth/sessions.js';
import { revokeInvitesSentBy } from '../invites/service.js';
import { ownRow } from '../../request/tenancy.js';
import { FULL_ACCESS } from '../permissions/catalog.js';
import {
  assertAnotherFullAccessMember,
  assertFullAccess,
  assertMayChangePermissions,
  grantorOf,
  heldKeys,
  normalizeKeys,
  replacePermissions,
} from '../permissions/service.js';
import { type MemberRow, type MemberStatus, members } from './tables.js';

export interface ListUsersArgs extends PageArgs {
  status?: MemberStatus | null;
}

/** The members of the caller's account, oldest first. */
export async function listUsers(ctx: MemberContext, args: ListUsersArgs) {
  const scope = and(eq(members.accountId, ctx.viewer.account.id), args.status ? eq(members.status, args.status) : undefined);
  const page = await paginate(ctx.app.db.read, members, scope, args, 'asc');
  for (const row of page.nodes) ctx.loaders.member.prime(row.id, row);
  return page;
}

/** A member of the caller's account; members of other accounts do not exist from here. */
export async function getUser(ctx: MemberContext, id: string): Promise<MemberRow> {
  const member = await ctx.loaders.member.load(id);
  if (!member || member.accountId !== ctx.viewer.account.id) throw notFound('User');
  return member;
}

/** A member of the caller's account, read inside the transaction, with the keys they hold now. */
async function memberInAccount(ctx: WriteContext, id: string) {
  const member = await ownRow(ctx, members, id, 'User');
  if (member.status === 'DELETED') throw conflict('This user was deleted', { rule: 'USER_DELETED' });
  return { member, keys: await heldKeys(ctx.tx, member.id) };
}

export interface UpdateUserPermissionsInput {
  userId: string;
  permissions: readonly string[];
}

/** Replaces a member's permissions: full access on or off, permission sets and toggles. */
export async function updateUserPermissions(ctx: WriteContext, input: UpdateUserPermissionsInput) {
  const { tx } = ctx;
  const { member, keys: before } = await memberInAccount(ctx, input.userId);
  const after = normalizeKeys(input.permissions);
  assertMayChangePermissions(grantorOf(ctx), { targetMemberId: member.id, before, after });
  if (before.includes(FULL_ACCESS) && !after.includes(FULL_ACCESS)) {
    await assertAnotherFullAccessMember(tx, member.accountId, member.id);
  }
  if (before.join() !== after.join()) {
    await replacePermissions(tx, member.id, after);
    publishAfterCommit(ctx.app, tx, 'member:permissions', member.id, {
      cause: 'PERMISSIONS_EDITED',
      at: ctx.app.now().toISOString(),
    });
    await audit(ctx, 'PERMISSIONS_CHANGED', member.id, { before: { permissions: before }, after: { permissions: after } });
  }
  return member;
}

/**
 * Deletes a member: they can no longer act in the account and every session of theirs in it ends
 * at once. The person, their name and email stay, so history keeps showing who did what.
 */
export async function deleteUser(ctx: WriteContext, userId: string) {
  const { tx } = ctx;
  const { member, keys } = await memberInAccount(ctx, userId);
  if (keys.includes(FULL_ACCESS)) {
    assertFullAccess(grantorOf(ctx));
    await assertAnotherFullAccessMember(tx, member.accountId, member.id);
  }
  const at = ctx.app.now();
  const deleted = await one(
    tx.db
      .update(members)
      .set({ status: 'DELETED', deletedAt: at, deletedById: ctx.viewer.member.id })
      .where(eq(members.id, member.id))
      .returning(),
  );
  await endSessions(ctx.app, tx, { personId: member.personId, accountId: member.accountId }, 'MEMBER_DELETED', at);
  await revokeInvitesSentBy(ctx, member.id);
  await audit(ctx, 'USER_DELETED', member.id, {
    before: { status: member.status, permissions: keys },
    after: { status: deleted.status },
  });
  return deleted;
}
