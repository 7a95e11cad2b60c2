import { type SQL, and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { App } from '../../app.js';
import type { Context } from '../../request/context.js';
import type { Db, Transaction } from '../../db/client.js';
import { first } from '../../db/rows.js';
import { RosterError, notFound } from '../../errors.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import { type EmailLinkPurpose, type SignUpRequest, emailLinks } from './tables.js';

const HOUR_MS = 60 * 60 * 1000;

export interface LinkRequest {
  purpose: EmailLinkPurpose;
  /** The address the email goes to. */
  email: string;
  personId?: string | null;
  signUp?: SignUpRequest | null;
  /** The session asking for an email change. */
  sessionId?: string;
  /** False when the address gets a notice rather than a link. */
  usable: boolean;
}

const lifetimeMs = (app: App, purpose: EmailLinkPurpose) =>
  purpose === 'PASSWORD_RESET' ? app.config.resetLinkTtlMinutes * 60 * 1000 : app.config.verifyLinkTtlHours * HOUR_MS;

/**
 * Records an email about to be sent, within the per-address and per-client limits, and returns
 * the token its link carries (null for a notice). Only the token's hash is stored.
 */
export async function issueLink(ctx: Context, tx: Transaction, request: LinkRequest) {
  const { emailsPerAddressPerHour, emailsPerClientPerHour } = ctx.app.config;
  await assertWithinLimit(ctx.app, tx.db, eq(emailLinks.email, request.email), emailsPerAddressPerHour, 'this address');
  if (ctx.client.address) {
    await assertWithinLimit(ctx.app, tx.db, eq(emailLinks.client, ctx.client.address), emailsPerClientPerHour, 'this client');
  }
  const now = ctx.app.now();
  const expiresAt = new Date(now.getTime() + lifetimeMs(ctx.app, request.purpose));
  const token = request.usable ? newToken() : null;
  await tx.db.insert(emailLinks).values({
    purpose: request.purpose,
    tokenHash: token && hashToken(token),
    email: request.email,
    personId: request.personId ?? null,
    signUp: request.signUp ?? null,
    sessionId: request.sessionId ?? null,
    client: ctx.client.address,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

/** RATE_LIMITED once `limit` emails matching `which` went out in the last hour. */
async function assertWithinLimit(app: App, db: Db, which: SQL, limit: number, whom: string) {
  const now = app.now();
  const recent = await db
    .select({ createdAt: emailLinks.createdAt })
    .from(emailLinks)
    .where(and(which, gt(emailLinks.createdAt, new Date(now.getTime() - HOUR_MS))))
    .orderBy(desc(emailLinks.createdAt))
    .limit(limit);
  if (recent.length < limit) return;
  const retryAt = recent.at(-1)!.createdAt.getTime() + HOUR_MS;
  throw new RosterError('RATE_LIMITED', `Too many emails for ${whom} in the last hour: try again later`, {
    retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)),
  });
}

/** The unused, unexpired link of `purpose` a token belongs to, as `db` sees it. */
export async function openLink(app: App, db: Db, token: string, purpose: EmailLinkPurpose) {
  const link = await first(
    db
      .select()
      .from(emailLinks)
      .where(eq(emailLinks.tokenHash, hashToken(token))),
  );
  if (!link || link.purpose !== purpose) throw notFound('Link');
  if (link.usedAt) throw new RosterError('LINK_EXPIRED', 'This link was already used or replaced by a newer one: ask for a new one');
  if (link.expiresAt <= app.now()) {
    throw new RosterError('LINK_EXPIRED', 'This link has expired: ask for a new one', { expiredAt: link.expiresAt.toISOString() });
  }
  return link;
}

/**
 * Marks as used every open link of `purpose` matching `which` (the one followed, and any it makes
 * moot), dropping what a sign-up kept: a used link needs no password hash.
 */
export async function useLinks(tx: Transaction, purpose: EmailLinkPurpose, which: SQL, at: Date) {
  await tx.db
    .update(emailLinks)
    .set({ usedAt: at, signUp: null })
    .where(and(eq(emailLinks.purpose, purpose), which, isNull(emailLinks.usedAt)));
}
