import { first } from '../../db/rows.js';
import { and, asc, eq } from 'drizzle-orm';
import type { App } from '../../app.js';
import { type Context, type Viewer, refreshViewer } from '../../request/context.js';
import { type WriteContext, callerTransaction } from '../../request/transaction.js';
import { notFound, unauthenticated } from '../../errors.js';
import { unmatchableHash, verifyPassword } from '../../lib/passwords.js';
import * as validate from '../../lib/validate.js';
import { openAccount } from '../accounts/service.js';
import { members } from '../users/index.js';
import { publishAfterCommit } from '../live/publish.js';
import { endSessions, startSession } from './sessions.js';
import { sessions } from './tables.js';
import { keepTryIfWrong } from '../../security/rate-limits.js';
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
 * The person with this (normalised) email and password, or null. An unknown email costs the same
 * hashing time as a wrong password, so response times do not reveal which emails have a login.
 */
async function authenticate(app: App, email: string, password: string) {
  const person = await loginOf(app.db.read, email);
  const valid = await verifyPassword(password, person?.passwordHash ?? unmatchableHash(app.config.passwordHashCost));
  return person && valid ? person : null;
}

/** The LOGIN_PER_EMAIL subjects of a try: the email, and the email from this client. */
const loginSubjects = (ctx: Context, email: string) => [
  `email:${email}`,
  ...(ctx.client.address ? [`client:${ctx.client.address}:${email}`] : []),
];

/**
 * Counts a sign-in try on LOGIN_PER_EMAIL before the password is hashed (tries sent together each
 * get their own number), or refuses it. Once the email's failures are used up, a client with no
 * failure (and no try under way) for it still gets its try: a stranger's guesses cannot keep the
 * owner out, and a guesser on many addresses gets one guess on each. Returns how to give the try
 * back, for a try that was not a wrong password.
 */
async function countLoginTry(ctx: Context, email: string) {
  const tries = await ctx.app.rateLimits.count('LOGIN_PER_EMAIL', loginSubjects(ctx, email));
  const [ofEmail, fromClient] = tries.numbers;
  if (ofEmail! > tries.allowed && fromClient !== 1) {
    await tries.giveBack();
    throw tries.refusal();
  }
  return tries.giveBack;
}

/** After a completed password reset, the email's failed sign-ins, and those of the client that reset it, are forgotten. */
export async function forgetLoginFailures(ctx: Context, email: string) {
  for (const subject of loginSubjects(ctx, email)) await ctx.app.rateLimits.clear('LOGIN_PER_EMAIL', subject);
}

export interface LoginInput {
  email: string;
  password: string;
  accountId?: string | null;
}

/** Signs in to `accountId`, or to the person's oldest active membership. */
export async function login(ctx: Context, input: LoginInput): Promise<SignedIn> {
  await ctx.app.rateLimits.hitPerClient('LOGIN_PER_CLIENT', ctx.client);
  const email = validate.normalizeEmail(input.email) ?? input.email.trim().toLowerCase();
  const giveBack = await countLoginTry(ctx, email);
  const person = await keepTryIfWrong(giveBack, authenticate(ctx.app, email, input.password));
  if (!person) throw unauthenticated('Wrong email or password');
  const memberships = await ctx.app.db.read
    .select()
    .from(members)
    .where(and(eq(members.personId, person.id), eq(members.status, 'ACTIVE')))
    .orderBy(asc(members.createdAt));
  if (memberships.length === 0) throw unauthenticated('This login is no longer a member of any account');
  const membership = input.accountId ? memberships.find((m) => m.accountId === input.accountId) : memberships[0];
  if (!membership) throw notFound('Account');
  return callerTransaction(ctx, async (tx) => {
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
  const name = validate.name('name', nameInput);
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
