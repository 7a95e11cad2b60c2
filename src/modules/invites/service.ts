import { first, one } from '../../db/rows.js';
import { type SQL, and, eq, gt, isNull, lte } from 'drizzle-orm';
import type { App } from '../../app.js';
import { type Context, type MemberContext } from '../../request/context.js';
import type { Db, Transaction } from '../../db/client.js';
import { ownRow } from '../../request/tenancy.js';
import { type WriteContext, callerTransaction } from '../../request/transaction.js';
import { paginate } from '../../db/paginate.js';
import { RosterError, badInput, conflict, notFound, unauthenticated } from '../../errors.js';
import type { PageArgs } from '../../lib/pagination.js';
import { hashNewPassword, verifyPassword } from '../../lib/passwords.js';
import { daysAfter } from '../../lib/time.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import * as validate from '../../lib/validate.js';
import { audit, recordAudit } from '../audit/service.js';
import { type SignedIn, actAs, forgetLoginFailures } from '../auth/service.js';
import { startSession } from '../auth/sessions.js';
import { link, quoted } from '../mail/message.js';
import { setPassword, voidSignUps } from '../identity/service.js';
import { FULL_ACCESS } from '../permissions/catalog.js';
import {
  assertFullAccess,
  assertMayChangePermissions,
  grantorOf,
  heldKeys,
  normalizeKeys,
  replacePermissions,
} from '../permissions/service.js';
import { accountFeatureFlags } from '../accounts/features.js';
import { accounts } from '../accounts/index.js';
import { decide } from '../permissions/decide.js';
import { members, people } from '../users/index.js';
import { type InviteRow, inviteTokens, invites } from './tables.js';
import { loginOf } from '../users/logins.js';

export const InviteStatus = {
  PENDING: 'Sent and waiting to be accepted',
  EXPIRED: 'Past its expiry without being accepted; re-invite to send a new link',
  ACCEPTED: 'Accepted: the person is a member',
  REVOKED: 'Revoked by an admin; the link no longer works',
} as const;
export type InviteStatus = keyof typeof InviteStatus;

export const inviteStatus = (invite: InviteRow, now: Date): InviteStatus =>
  invite.status === 'PENDING' && invite.expiresAt <= now ? 'EXPIRED' : invite.status;

export interface ListInvitesArgs extends PageArgs {
  status?: InviteStatus | null;
}

/** The invites of the caller's account, newest first. */
export async function listInvites(ctx: MemberContext, args: ListInvitesArgs) {
  const now = ctx.app.now();
  const byStatus = {
    PENDING: and(eq(invites.status, 'PENDING'), gt(invites.expiresAt, now)),
    EXPIRED: and(eq(invites.status, 'PENDING'), lte(invites.expiresAt, now)),
    ACCEPTED: eq(invites.status, 'ACCEPTED'),
    REVOKED: eq(invites.status, 'REVOKED'),
  };
  const scope = and(eq(invites.accountId, ctx.viewer.account.id), args.status ? byStatus[args.status] : undefined);
  return paginate(ctx.app.db.read, invites, scope, args, 'desc');
}

/** Issues a new link for an invite, emails it, and returns the invite as updated. */
async function sendLink(ctx: WriteContext, invite: InviteRow, resend: boolean) {
  const { tx } = ctx;
  const token = newToken();
  const now = ctx.app.now();
  await tx.db
    .update(inviteTokens)
    .set({ replacedAt: now })
    .where(and(eq(inviteTokens.inviteId, invite.id), isNull(inviteTokens.replacedAt)));
  await tx.db.insert(inviteTokens).values({ tokenHash: hashToken(token), inviteId: invite.id, createdAt: now });
  const expiresAt = daysAfter(now, ctx.app.config.inviteTtlDays);
  const updated = await one(
    tx.db
      .update(invites)
      .set({
        expiresAt,
        lastSentAt: now,
        lastSentById: ctx.viewer.member.id,
        sentCount: resend ? invite.sentCount + 1 : invite.sentCount,
        expiryAnnouncedAt: null,
      })
      .where(eq(invites.id, invite.id))
      .returning(),
  );
  const { account, person } = ctx.viewer;
  await ctx.app.mail.send(tx, {
    accountId: account.id,
    inviteId: invite.id,
    to: invite.email,
    subject: 'You are invited to join an account on Roster',
    lines: [
      'Hello,',
      '',
      'Someone with a Roster login invited this address to join their account on Roster.',
      'The text in quotes below was typed by the people who invited you, not written or checked by Roster:',
      `Account: ${quoted(account.name)}`,
      `Invited by: ${quoted(person.name)}, ${person.email}`,
      ...(invite.name ? [`Your name, as they typed it: ${quoted(invite.name)}`] : []),
      '',
      link('Accept the invitation:', `${ctx.app.config.publicUrl}/invite?token=${token}`),
      '',
      `This link expires on ${expiresAt.toUTCString()}. If it expires, ask whoever invited you to re-invite you.`,
      'If you did not expect this invitation, ignore this email: nothing happens without it.',
    ],
  });
  return updated;
}

export interface InviteUserInput {
  email: string;
  name?: string | null;
  /** "Full access" unless the inviter unchecks it, as in Inventory Planner. */
  permissions?: readonly string[] | null;
}

/** Invites and re-invites count per account and per client. */
async function countInvite(ctx: WriteContext) {
  await ctx.app.rateLimits.hit('INVITES_PER_ACCOUNT', ctx.viewer.account.id);
  await ctx.app.rateLimits.hitPerClient('INVITES_PER_CLIENT', ctx.client);
}

export async function inviteUser(ctx: WriteContext, input: InviteUserInput) {
  await countInvite(ctx);
  const { tx } = ctx;
  const email = validate.email('email', input.email);
  const name = input.name == null ? null : validate.name('name', input.name);
  // Omitted, the GraphQL default gives FULL_ACCESS; an explicit null is a mistake, not full access.
  if (input.permissions === null) throw badInput('permissions', 'permissions must be a list: omit it for full access');
  const permissions = normalizeKeys(input.permissions ?? [FULL_ACCESS]);
  const accountId = ctx.viewer.account.id;
  assertMayChangePermissions(grantorOf(ctx), { targetMemberId: null, before: null, after: permissions });
  const member = await first(
    tx.db
      .select({ id: members.id })
      .from(members)
      .innerJoin(people, eq(people.id, members.personId))
      .where(and(eq(members.accountId, accountId), eq(people.email, email), eq(members.status, 'ACTIVE'))),
  );
  if (member) throw conflict(`${email} is already a member of this account`, { field: 'email', userId: member.id });
  const open = await first(
    tx.db
      .select()
      .from(invites)
      .where(and(eq(invites.accountId, accountId), eq(invites.email, email), eq(invites.status, 'PENDING'))),
  );
  if (open) {
    throw conflict(`${email} is already invited: re-send or revoke that invite`, { field: 'email', inviteId: open.id });
  }
  const now = ctx.app.now();
  const invite = await one(
    tx.db
      .insert(invites)
      .values({
        accountId,
        email,
        name,
        permissions,
        status: 'PENDING',
        invitedById: ctx.viewer.member.id,
        createdAt: now,
        expiresAt: now,
        lastSentAt: now,
      })
      .returning(),
  );
  const sent = await sendLink(ctx, invite, false);
  await audit(ctx, 'INVITE_SENT', invite.id, { after: { email, name, permissions, expiresAt: sent.expiresAt } });
  return sent;
}

/** A pending (or expired) invite of the caller's account, read inside the transaction. */
async function openInvite(ctx: WriteContext, inviteId: string) {
  const invite = await ownRow(ctx, invites, inviteId, 'Invite');
  if (invite.status !== 'PENDING') {
    throw conflict(`This invite was already ${invite.status.toLowerCase()}`, { status: invite.status });
  }
  return invite;
}

/** Revokes the open invites matching `which`, each recorded in the audit log, with why if not by hand. */
async function revokeWhere(ctx: WriteContext, which: SQL, because?: string) {
  const at = ctx.app.now();
  const revoked = await ctx.tx.db
    .update(invites)
    .set({ status: 'REVOKED', revokedAt: at, revokedById: ctx.viewer.member.id })
    .where(and(eq(invites.status, 'PENDING'), which))
    .returning();
  for (const invite of revoked) {
    await audit(ctx, 'INVITE_REVOKED', invite.id, {
      before: { status: 'PENDING' },
      after: because ? { status: 'REVOKED', because } : { status: 'REVOKED' },
    });
  }
  return revoked;
}

/** Revokes the open invites a deleted member sent last: nobody can join on their authority any more. */
export const revokeInvitesSentBy = (ctx: WriteContext, senderId: string) =>
  revokeWhere(ctx, eq(invites.lastSentById, senderId), 'SENDER_DELETED');

/** A new link and a new expiry; every earlier link stops working. */
export async function resendInvite(ctx: WriteContext, inviteId: string) {
  await countInvite(ctx);
  const invite = await openInvite(ctx, inviteId);
  assertMayChangePermissions(grantorOf(ctx), { targetMemberId: null, before: null, after: invite.permissions });
  const sent = await sendLink(ctx, invite, true);
  await audit(ctx, 'INVITE_RESENT', invite.id, {
    before: { expiresAt: invite.expiresAt, sentCount: invite.sentCount },
    after: { expiresAt: sent.expiresAt, sentCount: sent.sentCount },
  });
  return sent;
}

export async function revokeInvite(ctx: WriteContext, inviteId: string) {
  const invite = await openInvite(ctx, inviteId);
  if (invite.permissions.includes(FULL_ACCESS)) assertFullAccess(grantorOf(ctx));
  const [revoked] = await revokeWhere(ctx, eq(invites.id, invite.id));
  return revoked!;
}

/** The invite a link belongs to, if the link is still the current one and the invite is open. */
async function inviteForToken(app: App, db: Db, token: string) {
  const row = await first(
    db
      .select({ invite: invites, replacedAt: inviteTokens.replacedAt })
      .from(inviteTokens)
      .innerJoin(invites, eq(invites.id, inviteTokens.inviteId))
      .where(eq(inviteTokens.tokenHash, hashToken(token))),
  );
  if (!row) throw notFound('Invite');
  const { invite } = row;
  if (invite.status === 'REVOKED') throw new RosterError('INVITE_REVOKED', 'This invite was revoked');
  if (invite.status === 'ACCEPTED') throw conflict('This invite was already accepted: sign in instead');
  if (row.replacedAt) {
    throw new RosterError('INVITE_REVOKED', 'This link was replaced by a newer invite email: use the latest link');
  }
  if (inviteStatus(invite, app.now()) === 'EXPIRED') {
    throw new RosterError('INVITE_EXPIRED', 'This invite has expired: ask an admin to re-invite you', {
      expiredAt: invite.expiresAt.toISOString(),
    });
  }
  return invite;
}

/**
 * An invite grants what its sender could grant: if the sender has since been deleted, or lost user
 * management or any capability the invite carries, the link stops working.
 */
async function assertSenderStillEntitled(tx: Transaction, invite: InviteRow) {
  const senderId = invite.lastSentById ?? invite.invitedById;
  const sender = await first(
    tx.db
      .select({ status: members.status, wholesaleEnabled: accounts.wholesaleEnabled })
      .from(members)
      .innerJoin(accounts, eq(accounts.id, members.accountId))
      .where(eq(members.id, senderId)),
  );
  const keys = await heldKeys(tx, senderId);
  const revoked = () => new RosterError('INVITE_REVOKED', 'Whoever sent this invite can no longer grant it: ask an admin to re-invite you');
  if (sender?.status !== 'ACTIVE' || !decide(keys, accountFeatureFlags(sender)).has('manageUsers')) throw revoked();
  try {
    assertMayChangePermissions(
      { memberId: senderId, permissionKeys: keys },
      { targetMemberId: null, before: null, after: invite.permissions },
    );
  } catch {
    throw revoked();
  }
}

/** What the holder of an invite link may see before accepting it. */
export async function previewInvitation(ctx: Context, token: string) {
  await ctx.app.rateLimits.hitPerClient('LINKS_PER_CLIENT', ctx.client);
  const invite = await inviteForToken(ctx.app, ctx.app.db.read, token);
  const existingLogin = await loginOf(ctx.app.db.read, invite.email);
  return { invite, hasLogin: Boolean(existingLogin) };
}

export interface AcceptInviteInput {
  token: string;
  /** For a new login: the person's name. */
  name?: string | null;
  /** For a new login, its password; for an existing login, that login's password, or its new one. */
  password: string;
  /** For an existing login: set `password` as its new password (the link reached the mailbox). */
  resetPassword?: boolean | null;
}

/**
 * Joins the account with the invite's permissions. A person whose email already has a login joins
 * with it, proving it with its password, or, since the link reached their mailbox, by setting a
 * new one: nobody who chose that login's password can keep the mailbox's owner out.
 */
export async function acceptInvite(ctx: Context, input: AcceptInviteInput): Promise<SignedIn> {
  await ctx.app.rateLimits.hitPerClient('LINKS_PER_CLIENT', ctx.client);
  const invite = await inviteForToken(ctx.app, ctx.app.db.read, input.token);
  const existing = await loginOf(ctx.app.db.read, invite.email);
  let newPerson: { name: string; passwordHash: string } | null = null;
  let newPasswordHash: string | null = null;
  if (existing && input.resetPassword) {
    newPasswordHash = await hashNewPassword('password', input.password, ctx.app.config.passwordHashCost);
  } else if (existing) {
    if (!(await verifyPassword(input.password, existing.passwordHash))) {
      throw unauthenticated(`Wrong password for the existing login ${invite.email}: enter it, or set a new one with resetPassword`);
    }
  } else {
    const name = validate.name('name', input.name ?? invite.name ?? '');
    newPerson = { name, passwordHash: await hashNewPassword('password', input.password, ctx.app.config.passwordHashCost) };
  }
  return callerTransaction(ctx, async (tx) => {
    await tx.lock(`account:${invite.accountId}`);
    // One login per email, even when two invites to it are accepted at once.
    await tx.lock(`email:${invite.email}`);
    const current = await inviteForToken(ctx.app, tx.db, input.token); // a revoke or re-send may have landed since
    await assertSenderStillEntitled(tx, current);
    const at = ctx.app.now();
    // A login for this email may have been created since (another invite accepted meanwhile).
    if (!existing && (await loginOf(tx.db, current.email))) {
      throw conflict('A login for this email was just created: accept with its password', { field: 'password' });
    }
    const person =
      existing ??
      (await one(
        tx.db
          .insert(people)
          .values({ email: current.email, name: newPerson!.name, passwordHash: newPerson!.passwordHash, createdAt: at })
          .returning(),
      ));
    const earlier = await first(
      tx.db
        .select()
        .from(members)
        .where(and(eq(members.accountId, current.accountId), eq(members.personId, person.id))),
    );
    if (earlier?.status === 'ACTIVE') throw conflict('You are already a member of this account');
    const member = earlier
      ? await one(
          tx.db.update(members).set({ status: 'ACTIVE', deletedAt: null, deletedById: null }).where(eq(members.id, earlier.id)).returning(),
        )
      : await one(
          tx.db.insert(members).values({ accountId: current.accountId, personId: person.id, status: 'ACTIVE', createdAt: at }).returning(),
        );
    await replacePermissions(tx, member.id, current.permissions);
    await tx.db.update(invites).set({ status: 'ACCEPTED', acceptedAt: at, acceptedMemberId: member.id }).where(eq(invites.id, current.id));
    await recordAudit(ctx.app, tx, {
      accountId: current.accountId,
      action: 'INVITE_ACCEPTED',
      actorId: member.id,
      targetId: member.id,
      inviteId: current.id,
      before: earlier ? { status: earlier.status } : null,
      after: { status: 'ACTIVE', permissions: current.permissions, ...(newPasswordHash ? { passwordReset: true } : {}) },
      at,
    });
    if (newPasswordHash) await setPassword(ctx, tx, person.id, newPasswordHash, 'PASSWORD_RESET');
    if (!existing) await voidSignUps(tx, person.email, at);
    const token = await startSession(ctx, tx, person.id, current.accountId);
    return { token, personId: person.id, accountId: current.accountId };
  }).then(async (signedIn) => {
    if (newPasswordHash) await forgetLoginFailures(ctx, invite.email);
    return actAs(ctx, signedIn);
  });
}
