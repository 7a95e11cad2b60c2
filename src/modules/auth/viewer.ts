import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { App } from '../../app.js';
import type { Db } from '../../db/client.js';
import { prepare } from '../../db/dialect.js';
import { hashToken } from '../../lib/tokens.js';
import type { Loaders } from '../../loaders.js';
import { type AccountRow, accounts } from '../accounts/tables.js';
import { accountFeatureFlags } from '../accounts/features.js';
import { type EffectivePermissions, decide } from '../permissions/decide.js';
import { type MemberRow, type PersonRow, memberPermissions, members, people } from '../users/tables.js';
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
 * The live session matching `key`, with its person, member, account and one row per permission key
 * the member holds (none: one row with a null key). Every request runs it, so it is prepared once
 * per connection: drizzle builds the SQL and SQLite compiles it only once.
 */
function prepareViewerQuery(db: Db, key: typeof sessions.tokenHash | typeof sessions.id) {
  const query = db
    .select({
      sessionId: sessions.id,
      sessionExpiresAt: sessions.expiresAt,
      person: people,
      member: members,
      account: accounts,
      permissionKey: memberPermissions.permissionKey,
    })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .innerJoin(members, and(eq(members.personId, sessions.personId), eq(members.accountId, sessions.accountId)))
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(memberPermissions, eq(memberPermissions.memberId, members.id))
    .where(
      and(
        eq(key, sql.placeholder('key')),
        isNull(sessions.endedAt),
        gt(sessions.expiresAt, sql.placeholder('now')),
        eq(members.status, 'ACTIVE'),
      ),
    );
  return prepare(query, `viewer_by_${key.name}`);
}

const prepared = new WeakMap<Db, { byToken: ReturnType<typeof prepareViewerQuery>; byId: ReturnType<typeof prepareViewerQuery> }>();

function viewerQueries(db: Db) {
  let queries = prepared.get(db);
  if (!queries) {
    queries = { byToken: prepareViewerQuery(db, sessions.tokenHash), byId: prepareViewerQuery(db, sessions.id) };
    prepared.set(db, queries);
  }
  return queries;
}

/**
 * The member behind a session, or null when the session is unknown, expired or ended, or the
 * membership was deleted, as `db` sees it (a transaction, or committed data). One SQL statement; the member's keys are primed into the request's
 * loader, so `permissions` of the viewer's own User costs nothing more.
 */
export async function loadViewer(app: App, db: Db, loaders: Loaders, key: SessionKey): Promise<Viewer | null> {
  const queries = viewerQueries(db);
  const now = sessions.expiresAt.mapToDriverValue(app.now());
  const rows = await ('token' in key
    ? queries.byToken.execute({ key: hashToken(key.token), now })
    : queries.byId.execute({ key: key.sessionId, now }));
  const [row] = rows;
  if (!row) return null;
  const keys = rows.flatMap((r) => (r.permissionKey === null ? [] : [r.permissionKey]));
  loaders.memberPermissions.prime(row.member.id, keys);
  const { permissionKey: _, ...viewer } = row;
  return { ...viewer, permissions: decide(keys, accountFeatureFlags(row.account)) };
}
