import DataLoader from 'dataloader';
import { type SQL, and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { App } from '../../app.js';
import type { Db } from '../../db/client.js';
import { commaJoined, prepare } from '../../db/dialect.js';
import { daysAfter } from '../../lib/time.js';
import { hashToken } from '../../lib/tokens.js';
import { lastSeen } from './last-seen.js';
import type { Loaders } from '../../request/loaders.js';
import { type AccountRow, accounts } from '../accounts/index.js';
import { accountFeatureFlags } from '../accounts/features.js';
import { type EffectivePermissions, decide } from '../permissions/decide.js';
import { type MemberRow, type PersonRow, memberPermissions, members, people } from '../users/index.js';
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
 * Live sessions matching `where`, one row each, with their person, member, account and the keys
 * the member holds, comma-joined (catalog keys hold no comma): one row rather than one per key,
 * since a fan-out re-checks thousands of sessions at once.
 */
function viewerRows(db: Db, where: SQL) {
  return db
    .select({
      sessionId: sessions.id,
      sessionExpiresAt: sessions.expiresAt,
      sessionActiveAt: sql<Date>`coalesce(${sessions.lastSeenAt}, ${sessions.createdAt})`.mapWith(sessions.createdAt),
      person: people,
      member: members,
      account: accounts,
      permissionKeys: sql<
        string | null
      >`(select ${commaJoined(memberPermissions.permissionKey)} from ${memberPermissions} where ${memberPermissions.memberId} = ${members.id})`,
    })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .innerJoin(members, and(eq(members.personId, sessions.personId), eq(members.accountId, sessions.accountId)))
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(where, isNull(sessions.endedAt), eq(members.status, 'ACTIVE')));
}

type ViewerRow = Awaited<ReturnType<typeof viewerRows>>[number];

/**
 * Every request looks its caller up by token: prepared once per connection, so drizzle builds the
 * SQL and the database compiles it only once. Subscriptions re-check by session id, many at once
 * when one event reaches every subscriber of an account: those lookups are batched per tick into
 * one query (never cached: each re-check reads the session as it is then).
 */
interface ViewerQueries {
  byToken: { execute(values: { key: string; now: unknown }): Promise<ViewerRow[]> };
  byId: DataLoader<string, ViewerRow[]>;
}

function viewerQueries(app: App, db: Db): ViewerQueries {
  let queries = perDatabase.get(db);
  if (!queries) {
    const byToken = prepare(
      viewerRows(db, and(eq(sessions.tokenHash, sql.placeholder('key')), gt(sessions.expiresAt, sql.placeholder('now')))!),
      'viewer_by_token',
    );
    const byId = new DataLoader<string, ViewerRow[]>(
      async (ids) => {
        const rows = await viewerRows(db, and(inArray(sessions.id, [...ids]), gt(sessions.expiresAt, app.now()))!);
        const bySession = new Map<string, ViewerRow[]>(ids.map((id) => [id, []]));
        for (const row of rows) bySession.get(row.sessionId)!.push(row);
        return ids.map((id) => bySession.get(id)!);
      },
      { cache: false, maxBatchSize: 1000 },
    );
    queries = { byToken, byId };
    perDatabase.set(db, queries);
  }
  return queries;
}

const perDatabase = new WeakMap<Db, ViewerQueries>();

/**
 * What a token's lookup found, kept while the database changes not at all: any commit may end a
 * session or change a member, an account or their keys, so every commit, by this instance or any
 * other process, makes every entry stale (`db.version()`). PostgreSQL has no cheap equivalent, so
 * there nothing is kept. Entries hold only what the lookup returned; expiry is checked at each use.
 */
interface CachedLookup {
  version: number;
  rows: ViewerRow[];
}

const MAX_CACHED_LOOKUPS = 10_000;
const lookups = new WeakMap<Db, Map<string, CachedLookup>>();

async function rowsForToken(app: App, db: Db, token: string): Promise<ViewerRow[]> {
  const tokenHash = hashToken(token);
  const now = app.now();
  const version = db === app.db.read ? app.db.version() : null;
  let cache = version === null ? undefined : lookups.get(db);
  if (version !== null && !cache) lookups.set(db, (cache = new Map()));
  const cached = cache?.get(tokenHash);
  if (cached && cached.version === version && cached.rows[0]!.sessionExpiresAt > now) return cached.rows;
  const rows = await viewerQueries(app, db).byToken.execute({ key: tokenHash, now: sessions.expiresAt.mapToDriverValue(now) });
  if (cache && rows.length > 0) {
    if (cache.size >= MAX_CACHED_LOOKUPS) cache.clear();
    cache.set(tokenHash, { version: version!, rows });
  }
  return rows;
}

/** The keys of a looked-up row, one array per row: a kept lookup gives `decide` the same array each request, which it recognises. */
const keysOfRow = new WeakMap<ViewerRow, string[]>();
function keysOf(row: ViewerRow): string[] {
  let keys = keysOfRow.get(row);
  if (!keys) keysOfRow.set(row, (keys = row.permissionKeys ? row.permissionKeys.split(',') : []));
  return keys;
}

/** A session unused for SESSION_IDLE_DAYS is over, whatever its expiry (last use as this instance saw it, or as stored). */
const idle = (app: App, row: ViewerRow) =>
  lastSeen(app, row.sessionId, row.sessionActiveAt)! <= daysAfter(app.now(), -app.config.sessionIdleDays);

/**
 * The member behind a session, or null when the session is unknown, expired or ended, or the
 * membership was deleted, as `db` sees it (a transaction, or committed data). The caller's rows and
 * keys are primed into the request's loaders (read from the same `db`), so the viewer's own User, its
 * person and its account (every listed member's features) cost no statement more.
 */
export async function loadViewer(app: App, db: Db, loaders: Loaders, key: SessionKey): Promise<Viewer | null> {
  const rows = 'token' in key ? await rowsForToken(app, db, key.token) : await viewerQueries(app, db).byId.load(key.sessionId);
  const [row] = rows;
  if (!row || idle(app, row)) return null;
  const keys = keysOf(row);
  loaders.primeCaller({ person: row.person, member: row.member, account: row.account, keys });
  const { permissionKeys: _, sessionActiveAt: __, ...viewer } = row;
  return { ...viewer, permissions: decide(keys, accountFeatureFlags(row.account)) };
}
