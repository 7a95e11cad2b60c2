import { first } from '../../db/rows.js';
import { and, asc, eq } from 'drizzle-orm';
import type { App } from '../../app.js';
import { type Context, type Viewer, mutate, refreshViewer } from '../../context.js';
import type { WriteContext } from '../../transactions.js';
import { notFound, unauthenticated } from '../../errors.js';
import { unmatchableHash, verifyPassword } from '../../lib/passwords.js';
import * as validate from '../../lib/validate.js';
import { openAccount } from '../accounts/service.js';
import { members } from '../users/tables.js';
import { publishAfterCommit } from '../live/publish.js';
import { endSessions, startSession } from './sessions.js';
import { sessions } from './tables.js';
import { hitPerClient } from '../../security/rate-limits.js';
import { loginOf } from '../users/logins.js';

/**
 * After signing in, the rest of the operation (the payload's `me { … }`) is read as the new
 * session, with its own permissions.
 */
export async function actAs(ctx: Context, signedIn: SignedIn): Promise<SignedIn> {
  await refreshViewer(ctx, { token: signedIn.token });
  return signedIn;
}

/** A new session: its token (shown once), its person and the account it acts in. */
export interface SignedIn {
  token: string;
  personId: string;
  accountId: string;
}

/**
 * The person with this (normalised) email and password, or UNAUTHENTICATED. An unknown email
 * costs the same hashing time as a wrong password, so response times do not reveal which emails
 * have a login.
 */
async function authenticate(app: App, email: string, password: string) {
  const person = await loginOf(app.db.read, email);
  const valid = await verifyPassword(password, person?.passwordHash ?? unmatchableHash(app.config.passwordHashCost));
  if (!person || !valid) throw unauthenticated('Wrong email or password');
  return person;
}

export interface LoginInput {
  email: string;
  password: string;
  accountId?: string | null;
}

/** Signs in to `accountId`, or to the person's oldest active membership. */
export async function login(ctx: Context, input: LoginInput): Promise<SignedIn> {
  // Every attempt counts per client; per email only failures do, so nobody can lock an owner out
  // by signing in as them, and a guesser is stopped before any more hashing.
  await hitPerClient(ctx, 'LOGIN_PER_CLIENT');
  const email = validate.normalizeEmail(input.email) ?? input.email.trim().toLowerCase();
  await ctx.app.rateLimits.check('LOGIN_PER_EMAIL', email);
  const person = await authenticate(ctx.app, email, input.password).catch(async (error) => {
    await ctx.app.rateLimits.hit('LOGIN_PER_EMAIL', email).catch(() => {});
    throw error;
  });
  const memberships = await ctx.app.db.read
    .select()
    .from(members)
    .where(and(eq(members.personId, person.id), eq(members.status, 'ACTIVE')))
    .orderBy(asc(members.createdAt));
  if (memberships.length === 0) throw unauthenticated('This login is no longer a member of any account');
  const membership = input.accountId ? memberships.find((m) => m.accountId === input.accountId) : memberships[0];
  if (!membership) throw notFound('Account');
  return mutate(ctx, null, async (tx) => {
    const token = await startSession(ctx, tx, person.id, membership.accountId);
    return { token, personId: person.id, accountId: membership.accountId };
  }).then((signedIn) => actAs(ctx, signedIn));
}

export async function logout(ctx: WriteContext): Promise<boolean> {
  await endSessions(ctx.app, ctx.tx, { sessionId: ctx.viewer.sessionId }, 'LOGOUT', ctx.app.now());
  return true;
}

/** Moves the caller's session to another account they are an active member of. */
export async function switchAccount(ctx: WriteContext, accountId: string): Promise<Viewer> {
  const membership = await first(
    ctx.tx.db
      .select()
      .from(members)
      .where(and(eq(members.personId, ctx.viewer.person.id), eq(members.accountId, accountId), eq(members.status, 'ACTIVE'))),
  );
  if (!membership) throw notFound('Account');
  return moveSession(ctx, accountId);
}

/** A new account with the caller as its first, full-access member; the session moves there. */
export async function createAccount(ctx: WriteContext, nameInput: string): Promise<Viewer> {
  const name = validate.text('name', nameInput);
  const { account } = await openAccount(ctx.app, ctx.tx, ctx.viewer.person.id, name, ctx.app.now());
  return moveSession(ctx, account.id);
}

async function moveSession(ctx: WriteContext, accountId: string): Promise<Viewer> {
  const { tx } = ctx;
  await tx.db.update(sessions).set({ accountId }).where(eq(sessions.id, ctx.viewer.sessionId));
  // The session's open streams belong to the account it leaves: they end now, not at their next event.
  publishAfterCommit(ctx.app, tx, 'session:changed', ctx.viewer.sessionId, {
    change: 'SWITCHED',
    accountId,
    at: ctx.app.now().toISOString(),
  });
  // The answer shows the caller in the account they moved to.
  await refreshViewer(ctx, ctx.session, tx.db);
  return ctx.viewer;
}
