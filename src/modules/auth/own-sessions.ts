import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { first } from '../../db/rows.js';
import { notFound } from '../../errors.js';
import type { WriteContext } from '../../request/transaction.js';
import { recordAudit } from '../audit/service.js';
import { accounts } from '../accounts/index.js';
import { members } from '../users/index.js';
import { lastSeen } from './last-seen.js';
import { type SessionsToEnd, endSessions } from './sessions.js';
import { sessions } from './tables.js';

/** How many of their sessions a person is shown (the most recent). */
const LISTED = 100;

/** The caller's live sessions in every account, most recent first, the current one marked. */
export async function ownSessions(ctx: MemberContext) {
  const rows = await ctx.app.db.read
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.personId, ctx.viewer.person.id), isNull(sessions.endedAt), gt(sessions.expiresAt, ctx.app.now())))
    .orderBy(desc(sessions.createdAt), desc(sessions.id))
    .limit(LISTED);
  return rows.map(({ session, account }) => ({
    ...session,
    account,
    lastSeenAt: lastSeen(ctx.app, session.id, session.lastSeenAt),
    current: session.id === ctx.viewer.sessionId,
  }));
}

export type OwnSession = Awaited<ReturnType<typeof ownSessions>>[number];

/** Ends one of the caller's own sessions (the current one: as logout). */
export async function endOwnSession(ctx: WriteContext, sessionId: string): Promise<boolean> {
  const own = await first(
    ctx.tx.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.personId, ctx.viewer.person.id), isNull(sessions.endedAt))),
  );
  if (!own) throw notFound('Session');
  const current = sessionId === ctx.viewer.sessionId;
  await endAndRecord(ctx, { sessionId }, current ? 'LOGOUT' : 'ENDED_BY_USER');
  return true;
}

/** Ends every session of the caller's login but the current one; returns how many ended. */
export async function endOtherSessions(ctx: WriteContext): Promise<number> {
  return endAndRecord(ctx, { personId: ctx.viewer.person.id, except: ctx.viewer.sessionId }, 'ENDED_BY_USER');
}

/** Ends the sessions and records, in each account they acted in, how many of the member's ended. */
async function endAndRecord(ctx: WriteContext, which: SessionsToEnd, reason: 'LOGOUT' | 'ENDED_BY_USER') {
  const at = ctx.app.now();
  const ended = await endSessions(ctx.app, ctx.tx, which, reason, at);
  if (reason === 'LOGOUT') return ended.length;
  const perAccount = new Map<string, number>();
  for (const { accountId } of ended) perAccount.set(accountId, (perAccount.get(accountId) ?? 0) + 1);
  for (const [accountId, sessionsEnded] of perAccount) {
    const member = await first(
      ctx.tx.db
        .select({ id: members.id })
        .from(members)
        .where(and(eq(members.accountId, accountId), eq(members.personId, ctx.viewer.person.id), eq(members.status, 'ACTIVE'))),
    );
    if (!member) continue;
    await recordAudit(ctx.app, ctx.tx, {
      accountId,
      action: 'SESSIONS_ENDED',
      actorId: member.id,
      targetId: member.id,
      after: { sessionsEnded },
      at,
    });
  }
  return ended.length;
}
