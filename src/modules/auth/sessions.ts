import { first } from '../../db/rows.js';
import { and, eq, isNull } from 'drizzle-orm';
import type { App } from '../../app.js';
import type { Transaction } from '../../db/client.js';
import { daysAfter } from '../../lib/time.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import { publishAfterCommit } from '../live/publish.js';
import { type SessionEndReason, sessions } from './tables.js';


/** Starts a session in one account; the token is returned once and only its hash is kept. */
export async function startSession(app: App, tx: Transaction, personId: string, accountId: string) {
  const token = newToken();
  const now = app.now();
  await tx.db.insert(sessions).values({
    tokenHash: hashToken(token),
    personId,
    accountId,
    createdAt: now,
    expiresAt: daysAfter(now, app.config.sessionTtlDays),
  });
  return token;
}

/** Why a session is no longer live: its recorded end, or else its expiry. */
export async function sessionEnd(app: App, sessionId: string): Promise<SessionEndReason | 'EXPIRED'> {
  const row = await first(app.db.read.select({ endReason: sessions.endReason }).from(sessions).where(eq(sessions.id, sessionId)));
  return row?.endReason ?? 'EXPIRED';
}

/**
 * Ends every live session matching `where` (a person in an account, or one session). Once the
 * change commits, each session's subscribers get a final event and its sockets close.
 */
export async function endSessions(
  app: App,
  tx: Transaction,
  where: { personId: string; accountId: string } | { sessionId: string },
  reason: SessionEndReason,
  at: Date,
) {
  const match =
    'sessionId' in where
      ? eq(sessions.id, where.sessionId)
      : and(eq(sessions.personId, where.personId), eq(sessions.accountId, where.accountId));
  const ended = await tx.db
    .update(sessions)
    .set({ endedAt: at, endReason: reason })
    .where(and(match, isNull(sessions.endedAt)))
    .returning({ id: sessions.id });
  for (const { id } of ended) {
    publishAfterCommit(app, tx, 'session:changed', id, { change: 'ENDED', reason, at: at.toISOString() });
  }
}
