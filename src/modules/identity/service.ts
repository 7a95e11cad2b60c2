import { and, eq } from 'drizzle-orm';
import type { Context } from '../../request/context.js';
import type { Transaction } from '../../db/client.js';
import { first, one } from '../../db/rows.js';
import { RosterError, badInput, conflict, unauthenticated } from '../../errors.js';
import { hashNewPassword, verifyPassword } from '../../lib/passwords.js';
import * as validate from '../../lib/validate.js';
import { type HashingContext, callerTransaction } from '../../request/transaction.js';
import { openAccount } from '../accounts/service.js';
import { recordAuditForPerson } from '../audit/service.js';
import { type SignedIn, actAs, forgetLoginFailures } from '../auth/service.js';
import { endSessions, startSession } from '../auth/sessions.js';
import { people } from '../users/index.js';
import { issueLink, openLink, useLinks } from './links.js';
import * as mails from './mails.js';
import { emailLinks } from './tables.js';
import { keepTryIfWrong } from '../../security/rate-limits.js';
import { loginOf } from '../users/logins.js';

/** The answer of every email-sending request: the same whatever the address, so it reveals nothing. */
export interface EmailSent {
  email: string;
  message: string;
}

const emailSent = (email: string): EmailSent => ({
  email,
  message: `An email is on its way to ${email}: follow it to continue`,
});

const hash = (ctx: Context, field: string, password: string) => hashNewPassword(field, password, ctx.app.config.passwordHashCost);

export interface SignUpInput {
  accountName: string;
  name: string;
  email: string;
  password: string;
}

/**
 * Mails a verification link to a new address, or to a known one a note that it has a login. The
 * answer, the work done (hashing the password, one row, one email) and the rate limits are the
 * same either way, so sign-up tells nobody which addresses have a login.
 */
export async function signUp(ctx: Context, input: SignUpInput): Promise<EmailSent> {
  await ctx.app.rateLimits.hitPerClient('SIGN_UP_PER_CLIENT', ctx.client);
  const accountName = validate.name('accountName', input.accountName);
  const name = validate.name('name', input.name);
  const email = validate.email('email', input.email);
  const passwordHash = await hash(ctx, 'password', input.password);
  await callerTransaction(ctx, async (tx) => {
    await tx.lock(`email:${email}`);
    const known = Boolean(await loginOf(tx.db, email));
    const signUp = known ? null : { accountName, name, passwordHash };
    const link = await issueLink(ctx, tx, { purpose: 'SIGN_UP', email, signUp, usable: !known });
    const mail = link.token ? mails.signUpLink(ctx.app, email, link.token, link.expiresAt) : mails.signUpKnownAddress(ctx.app, email);
    await ctx.app.mail.send(tx, mail);
  });
  return emailSent(email);
}

export interface VerifyEmailInput {
  token: string;
  password: string;
}

/**
 * Finishes a sign-up: the login, its account and a session come into being. It takes the password
 * chosen at sign-up as well as the link, so a link followed by its mailbox's owner cannot complete a
 * sign-up someone else started with a password of their own.
 */
export async function verifyEmail(ctx: Context, input: VerifyEmailInput): Promise<SignedIn> {
  await ctx.app.rateLimits.hitPerClient('LINKS_PER_CLIENT', ctx.client);
  const link = await openLink(ctx.app, ctx.app.db.read, input.token, 'SIGN_UP');
  if (!(await verifyPassword(input.password, link.signUp!.passwordHash))) {
    throw unauthenticated('Wrong password: enter the one chosen when signing up');
  }
  return callerTransaction(ctx, async (tx) => {
    await tx.lock(`email:${link.email}`);
    const current = await openLink(ctx.app, tx.db, input.token, 'SIGN_UP');
    if (await loginOf(tx.db, current.email)) {
      throw conflict('This address already has a login: sign in, then use createAccount for another account', { field: 'token' });
    }
    const at = ctx.app.now();
    const { name, accountName, passwordHash } = current.signUp!;
    const person = await one(tx.db.insert(people).values({ email: current.email, name, passwordHash, createdAt: at }).returning());
    await voidSignUps(tx, current.email, at);
    const { account } = await openAccount(ctx.app, tx, person.id, accountName, at);
    const token = await startSession(ctx, tx, person.id, account.id);
    return { token, personId: person.id, accountId: account.id };
  }).then((signedIn) => actAs(ctx, signedIn));
}

/** Every open sign-up for an address is moot once it has a login (this one's, or an invitee's). */
export const voidSignUps = (tx: Transaction, email: string, at: Date) => useLinks(tx, 'SIGN_UP', eq(emailLinks.email, email), at);

/** Mails a reset link to an address with a login, and to any other a note that none uses it. */
export async function requestPasswordReset(ctx: Context, emailInput: string): Promise<EmailSent> {
  const email = validate.email('email', emailInput);
  await callerTransaction(ctx, async (tx) => {
    await tx.lock(`email:${email}`);
    const person = await loginOf(tx.db, email);
    // Only the newest link works.
    await useLinks(tx, 'PASSWORD_RESET', eq(emailLinks.email, email), ctx.app.now());
    const link = await issueLink(ctx, tx, { purpose: 'PASSWORD_RESET', email, personId: person?.id, usable: Boolean(person) });
    const mail = link.token ? mails.resetLink(ctx.app, email, link.token, link.expiresAt) : mails.resetUnknownAddress(ctx.app, email);
    await ctx.app.mail.send(tx, mail);
  });
  return emailSent(email);
}

export interface ResetPasswordInput {
  token: string;
  password: string;
}

/** Sets a new password from a reset link; every session of the login ends. */
export async function resetPassword(ctx: Context, input: ResetPasswordInput): Promise<boolean> {
  await ctx.app.rateLimits.hitPerClient('LINKS_PER_CLIENT', ctx.client);
  const link = await openLink(ctx.app, ctx.app.db.read, input.token, 'PASSWORD_RESET');
  const passwordHash = await hash(ctx, 'password', input.password);
  await callerTransaction(ctx, async (tx) => {
    await tx.lock(`email:${link.email}`);
    const current = await openLink(ctx.app, tx.db, input.token, 'PASSWORD_RESET');
    const person = await loginOf(tx.db, current.email);
    // The login moved to another address since the link was sent: this mailbox no longer owns it.
    if (person?.id !== current.personId) throw new RosterError('LINK_EXPIRED', 'This login no longer uses this address');
    await setPassword(ctx, tx, person.id, passwordHash, 'PASSWORD_RESET');
  });
  await forgetLoginFailures(ctx, link.email);
  return true;
}

/**
 * Sets a login's password from an emailed link (a reset, or an invite to an address that has a
 * login): every session of the login ends, every open reset link is void, and each of the
 * person's accounts records it.
 */
export async function setPassword(ctx: Context, tx: Transaction, personId: string, passwordHash: string, how: 'PASSWORD_RESET') {
  const at = ctx.app.now();
  await tx.db.update(people).set({ passwordHash }).where(eq(people.id, personId));
  await useLinks(tx, 'PASSWORD_RESET', eq(emailLinks.personId, personId), at);
  const ended = await endSessions(ctx.app, tx, { personId }, how, at);
  await recordAuditForPerson(ctx.app, tx, personId, { action: how, after: { sessionsEnded: ended.length }, at });
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** Changes the caller's password (the current one required); their other sessions end. */
export async function changePassword(ctx: HashingContext, input: ChangePasswordInput): Promise<void> {
  await assertOwnPassword(ctx, 'currentPassword', input.currentPassword);
  const passwordHash = await hash(ctx, 'newPassword', input.newPassword);
  await ctx.transaction(async ({ tx, viewer }) => {
    const at = ctx.app.now();
    await tx.db.update(people).set({ passwordHash }).where(eq(people.id, viewer.person.id));
    const ended = await endSessions(ctx.app, tx, { personId: viewer.person.id, except: viewer.sessionId }, 'PASSWORD_CHANGED', at);
    await recordAuditForPerson(ctx.app, tx, viewer.person.id, { action: 'PASSWORD_CHANGED', after: { sessionsEnded: ended.length }, at });
    await ctx.app.mail.send(tx, mails.passwordChanged(ctx.app, viewer.person.email));
  });
}

/**
 * The caller's current password, or BAD_USER_INPUT naming `field`. Checks are limited per client
 * (every check) and per person (wrong ones, counted before hashing), so a stolen token cannot
 * guess the password, nor fill the hash queue everyone's sign-in waits in.
 */
async function assertOwnPassword(ctx: HashingContext, field: string, password: string) {
  await ctx.app.rateLimits.hitPerClient('PASSWORD_CHECKS_PER_CLIENT', ctx.client);
  const giveBack = await ctx.app.rateLimits.reserve('PASSWORD_CHECKS_PER_PERSON', ctx.viewer.person.id);
  if (!(await keepTryIfWrong(giveBack, verifyPassword(password, ctx.viewer.person.passwordHash)))) {
    throw badInput(field, `${field} is not your current password`);
  }
}

export interface ChangeEmailInput {
  newEmail: string;
  password: string;
}

/**
 * Mails a confirmation link to the new address (or, if it has a login, a note that it has) and
 * tells the current address. Nothing changes until the link is followed.
 */
export async function changeEmail(ctx: HashingContext, input: ChangeEmailInput): Promise<EmailSent> {
  const email = validate.email('newEmail', input.newEmail);
  if (email === ctx.viewer.person.email) throw badInput('newEmail', 'newEmail is already your email');
  await assertOwnPassword(ctx, 'password', input.password);
  await ctx.transaction(async (writeCtx) => {
    const { tx, viewer } = writeCtx;
    await tx.lock(`email:${email}`);
    const taken = Boolean(await loginOf(tx.db, email));
    const link = await issueLink(writeCtx, tx, {
      purpose: 'EMAIL_CHANGE',
      email,
      personId: viewer.person.id,
      sessionId: viewer.sessionId,
      usable: !taken,
    });
    await ctx.app.mail.send(
      tx,
      link.token ? mails.emailChangeLink(ctx.app, email, link.token, link.expiresAt) : mails.emailChangeTaken(email),
    );
    await ctx.app.mail.send(tx, mails.emailChangeRequested(ctx.app, viewer.person.email, email));
  });
  return emailSent(email);
}

/**
 * Moves a login to the address its link was mailed to; both addresses are told. Every session of
 * the login but the one that asked for the change ends, as after a password change.
 */
export async function confirmEmailChange(ctx: Context, token: string): Promise<boolean> {
  await ctx.app.rateLimits.hitPerClient('LINKS_PER_CLIENT', ctx.client);
  const link = await openLink(ctx.app, ctx.app.db.read, token, 'EMAIL_CHANGE');
  await callerTransaction(ctx, async (tx) => {
    await tx.lock(`email:${link.email}`);
    const current = await openLink(ctx.app, tx.db, token, 'EMAIL_CHANGE');
    if (await loginOf(tx.db, current.email)) throw conflict('This address got a login of its own meanwhile', { field: 'token' });
    const person = (await first(tx.db.select().from(people).where(eq(people.id, current.personId!))))!;
    const at = ctx.app.now();
    await tx.db.update(people).set({ email: current.email }).where(eq(people.id, person.id));
    await voidSignUps(tx, current.email, at);
    // Earlier requests to move this login, and resets mailed to its old address, are void.
    await useLinks(tx, 'EMAIL_CHANGE', eq(emailLinks.personId, person.id), at);
    await useLinks(tx, 'PASSWORD_RESET', and(eq(emailLinks.personId, person.id), eq(emailLinks.email, person.email))!, at);
    const ended = await endSessions(ctx.app, tx, { personId: person.id, except: current.sessionId ?? undefined }, 'EMAIL_CHANGED', at);
    await recordAuditForPerson(ctx.app, tx, person.id, {
      action: 'EMAIL_CHANGED',
      before: { email: person.email },
      after: { email: current.email, sessionsEnded: ended.length },
      at,
    });
    await ctx.app.mail.send(tx, mails.emailChanged(person.email, current.email));
  });
  return true;
}
