import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { type SQL, sql } from 'drizzle-orm';
import pg from 'pg';
import { type Config, SettingError } from '../config.js';
import { migrationsFolder } from '../lib/paths.js';
import { type Database, type ErrorLog, type Db, type Transaction, runEffects } from './client.js';
import * as schema from './schema.js';
import { withDeadline } from '../lib/time.js';
import type { Tracing } from '../observability/tracing.js';
import { tracedPgQuery } from './traced.js';

/** What a drizzle pg database or transaction has that the SQLite-typed `Db` does not show. */
interface PgExecutor {
  execute(query: SQL): Promise<unknown>;
}

/** Any constant: the advisory lock under which one instance at a time applies migrations. */
const MIGRATION_LOCK = 7_261_930;

/** Applies the migrations; instances starting together take turns, and the later ones find nothing to do. */
async function migrateOnce(pool: pg.Pool, db: Db) {
  const lock = await pool.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(db as never, { migrationsFolder: migrationsFolder('pg') });
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    lock.release();
  }
}

/**
 * PostgreSQL through node-postgres (`pg`): one pool for every query. Transactions run at READ
 * COMMITTED; what SQLite gets from serialising every write, PostgreSQL gets from a per-account
 * advisory lock that each mutation takes first (`lock`), across every instance: decisions
 * re-made inside the transaction, and "the last full-access member", hold as on SQLite.
 */
export async function openPostgres(config: Config, log: ErrorLog, tracing: Tracing): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    max: config.databasePoolSize,
    statement_timeout: config.databaseStatementTimeoutMs,
    // A request waiting this long for a connection fails instead of hanging.
    connectionTimeoutMillis: 10_000,
  });
  // A connection lost (a restart, a failover, pg_terminate_backend) must not take the process down.
  // The pool listens to its idle clients only; a client in use when its connection dies emits
  // 'error' too, so every client gets a listener of its own. The query in flight fails (UNAVAILABLE)
  // and the broken client leaves the pool when it is released.
  pool.on('connect', (client) => {
    client.on('error', (error) => log('PostgreSQL connection lost', error));
    // Every query, the pool's own included, runs through its client's `query`.
    if (tracing.enabled) client.query = tracedPgQuery(client.query.bind(client), tracing) as typeof client.query;
  });
  pool.on('error', () => {}); // an idle client's loss, already logged by its own listener; the pool drops it
  const statements = { count: 0 };
  const db = drizzle({ client: pool, schema, logger: { logQuery: () => void statements.count++ } }) as unknown as Db;
  try {
    await migrateOnce(pool, db);
  } catch (error) {
    await pool.end();
    const why = ((error as Error).message || String((error as { code?: string }).code ?? error)).split('\n')[0];
    throw new SettingError('DATABASE_URL', `cannot open the PostgreSQL database: ${why}`);
  }

  const transaction = async <T>(work: (tx: Transaction) => Promise<T>): Promise<T> => {
    const effects: Array<() => void> = [];
    const result = await (db as any).transaction(
      (tx: Db) =>
        work({
          db: tx,
          afterCommit: (effect) => effects.push(effect),
          lock: async (key) => {
            await (tx as unknown as PgExecutor).execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
          },
        }),
      { isolationLevel: 'read committed' },
    );
    runEffects(effects, log);
    return result as T;
  };

  return {
    dialect: 'pg',
    read: db,
    transaction,
    statements,
    version: () => null,
    // Bounded: a database that does not answer, or a pool with no connection free for a second, is not ready.
    ping: async () => void (await withDeadline(pool.query('select 1'), 1000)),
    pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: async () => {
      if (!pool.ended) await pool.end();
    },
  };
}
