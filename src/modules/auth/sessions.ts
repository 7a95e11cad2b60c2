import { first } from '../../db/rows.js';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { App } from '../../app.js';
import type { Context } from '../../request/context.js';
import type { Transaction } from '../../db/client.js';
import { daysAfter } from '../../lib/time.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import { publishAfterCommit } from '../live/publish.js';
import { type SessionEndReason, sessions } from './tables.js';

/** Starts a session in one account for the caller; the token is returned once and only its hash is kept. */
export async function startSession(ctx: Context, tx: Transaction, personId: string, accountId: string) {
  const token = newToken();
  const now = ctx.app.now();
  await tx.db.insert(sessions).values({
    tokenHash: hashToken(token),
    personId,
    accountId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: daysAfter(now, ctx.app.config.sessionTtlDays),
    userAgent: ctx.client.userAgent?.slice(0, 500) ?? null,
  });
  return token;
}

/** Why a session is no longer live: its recorded end, or else its expiry. */
export async function sessionEnd(app: App, sessionId: string): Promise<SessionEndReason | 'EXPIRED'> {
  const row = await first(app.db.read.select({ endReason: sessions.endReason }).from(sessions).where(eq(sessions.id, sessionId)));
  return row?.endReason ?? 'EXPIRED';
}

/** Which sessions to end: one, or a person's (in one account, or all but one). */
export type SessionsToEnd = { sessionId: string } | { personId: string; accountId?: string; except?: string };

/**
 * Ends every live session matching `where`. Once the change commits, each session's subscribers
 * get a final event and its sockets close with 4401. Returns the sessions ended.
 */
export async function endSessions(app: App, tx: Transaction, where: SessionsToEnd, reason: SessionEndReason, at: Date) {
  const match =
    'sessionId' in where
      ? eq(sessions.id, where.sessionId)
      : and(
          eq(sessions.personId, where.personId),
          where.accountId ? eq(sessions.accountId, where.accountId) : undefined,
          where.except ? ne(sessions.id, where.except) : undefined,
        );
  const ended = await tx.db
    .update(sessions)
    .set({ endedAt: at, endReason: reason })
    .where(and(match, isNull(sessions.endedAt)))
    .returning({ id: sessions.id, accountId: sessions.accountId });
  for (const { id } of ended) {
    publishAfterCommit(app, tx, 'session:changed', id, { change: 'ENDED', reason, at: at.toISOString() });
  }
  return ended;
}
