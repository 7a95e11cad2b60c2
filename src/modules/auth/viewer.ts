import { and, eq, gt, isNull } from 'drizzle-orm';
import type { App } from '../../app.js';
import { hashToken } from '../../lib/tokens.js';
import type { Loaders } from '../../loaders.js';
import { type AccountRow, accounts } from '../accounts/tables.js';
import { accountFeatureFlags } from '../accounts/features.js';
import { type EffectivePermissions, decide } from '../permissions/decide.js';
import { type MemberRow, type PersonRow, members, people } from '../users/tables.js';
import { sessions } from './tables.js';

export interface Viewer {
  readonly sessionId: string;
  /** When the session expires; its streams end then. */
  readonly sessionExpiresAt: Date;
  readonly person: PersonRow;
  readonly member: MemberRow;
  readonly account: AccountRow;
  readonly permissions: EffectivePermissions;
}

/** A session by its token (a request) or by its id (a subscription re-checking itself). */
export type SessionKey = { token: string } | { sessionId: string };

/**
 * The member behind a session, or null when the session is unknown, expired or ended, or the
 * membership was deleted. Two queries: the session with its person, member and account; then the
 * member's permissions.
 */
export async function loadViewer(app: App, loaders: Loaders, key: SessionKey): Promise<Viewer | null> {
  const row = await app.db.read
    .select({ sessionId: sessions.id, sessionExpiresAt: sessions.expiresAt, person: people, member: members, account: accounts })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .innerJoin(members, and(eq(members.personId, sessions.personId), eq(members.accountId, sessions.accountId)))
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(
      and(
        'token' in key ? eq(sessions.tokenHash, hashToken(key.token)) : eq(sessions.id, key.sessionId),
        isNull(sessions.endedAt),
        gt(sessions.expiresAt, app.now()),
        eq(members.status, 'ACTIVE'),
      ),
    )
    .get();
  if (!row) return null;
  const keys = await loaders.memberPermissions.load(row.member.id);
  return { ...row, permissions: decide(keys, accountFeatureFlags(row.account)) };
}
