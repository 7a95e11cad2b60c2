import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { SettingError, withoutPassword } from '../config.js';
import { migrationsFolder } from '../lib/paths.js';
import { type Database, type ErrorLog, type Transaction, runEffects } from './client.js';
import * as schema from './schema.js';
import type { Tracing } from '../observability/tracing.js';
import { tracedSqliteStatement } from './traced.js';

/** `file:./data/roster.db`, `sqlite:./data/roster.db` or a plain path. */
export function sqlitePath(databaseUrl: string): string {
  const path = databaseUrl.replace(/^(file|sqlite):(\/\/)?/, '');
  if (/^[a-z]+:\/\//i.test(databaseUrl) && path === databaseUrl) {
    throw new SettingError(
      'DATABASE_URL',
      `"${withoutPassword(databaseUrl)}" is not supported: use a SQLite file path such as file:./data/roster.db, or postgres://…`,
    );
  }
  return path;
}

/** Opens the file, creating its folder; a path that cannot be opened is a DATABASE_URL problem. */
function openFile(path: string, options: Sqlite.Options): Sqlite.Database {
  try {
    mkdirSync(dirname(path), { recursive: true });
    return new Sqlite(path, options);
  } catch (error) {
    throw new SettingError('DATABASE_URL', `cannot open the SQLite file "${path}": ${(error as Error).message}`);
  }
}

/**
 * Keeps the statements a connection prepares, by SQL text: drizzle prepares every query it runs,
 * and SQLite's prepare was 4 % of the user list's CPU (`npm run bench`, figure 5). A statement is
 * handed out in its default mode, since drizzle switches `raw` on and off per call.
 */
function keepPreparedStatements(client: Sqlite.Database, tracing: Tracing, capacity = 1_000) {
  const prepareNew = client.prepare.bind(client);
  // While tracing, each kept statement is wrapped once: every run of it is a span.
  const prepare = tracing.enabled ? (source: string) => tracedSqliteStatement(prepareNew(source), source, tracing) : prepareNew;
  const kept = new Map<string, Sqlite.Statement>();
  client.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (statement) {
      // Least recently used goes first: re-inserting moves it to the end.
      kept.delete(source);
      kept.set(source, statement);
      return statement.reader ? statement.raw(false).pluck(false) : statement;
    }
    statement = prepare(source);
    kept.set(source, statement);
    if (kept.size > capacity) kept.delete(kept.keys().next().value!);
    return statement;
  }) as typeof client.prepare;
}

/**
 * Opens the SQLite file with two connections: one for writes, one for reads. Transactions are
 * async (password hashing awaits inside them), so a request that reads while another request's
 * transaction is open must not see its uncommitted rows: with WAL, the read connection only ever
 * sees committed data. Writes are serialised: one transaction at a time, in order.
 */
export function openSqlite(databaseUrl: string, log: ErrorLog, tracing: Tracing): Database {
  const path = sqlitePath(databaseUrl);
  if (path === ':memory:') throw new SettingError('DATABASE_URL', 'SQLite needs a file: two connections cannot share :memory:');
  const statements = { count: 0 };
  const connect = () => {
    const client = openFile(path, { verbose: () => void statements.count++ });
    client.pragma('journal_mode = WAL');
    client.pragma('foreign_keys = ON');
    client.pragma('busy_timeout = 5000');
    client.pragma('synchronous = NORMAL');
    keepPreparedStatements(client, tracing);
    return client;
  };
  const writerClient = connect();
  const writer = drizzle({ client: writerClient, schema });
  migrate(writer, { migrationsFolder: migrationsFolder('sqlite') });
  const readerClient = connect();
  const read = drizzle({ client: readerClient, schema });
  // SQLite's data_version changes on a connection whenever another connection commits: a third
  // connection, which never writes (and is not counted as a statement), sees every commit.
  const watcher = openFile(path, {});
  const dataVersion = watcher.prepare('PRAGMA data_version').pluck();
  // Read once per turn of the event loop (each read locks the file: it was 6 % of a signed-in
  // request's CPU), and again at once after this process commits. Another process's commit counts
  // from the next turn: requests of the same turn run as if they had arrived a moment earlier.
  let versionThisTurn: number | undefined;
  const version = () => {
    if (versionThisTurn === undefined) {
      versionThisTurn = dataVersion.get() as number;
      setImmediate(() => (versionThisTurn = undefined));
    }
    return versionThisTurn;
  };

  let queue: Promise<unknown> = Promise.resolve();
  const transaction = <T>(work: (tx: Transaction) => Promise<T>): Promise<T> => {
    const run = async () => {
      const effects: Array<() => void> = [];
      let result: T;
      writerClient.exec('BEGIN IMMEDIATE');
      try {
        result = await work({
          db: writer,
          afterCommit: (effect) => effects.push(effect),
          // Every write transaction already runs alone.
          lock: async () => {},
        });
        writerClient.exec('COMMIT');
        versionThisTurn = undefined;
      } catch (error) {
        if (writerClient.inTransaction) writerClient.exec('ROLLBACK');
        throw error;
      }
      runEffects(effects, log);
      return result;
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    dialect: 'sqlite',
    read,
    transaction,
    statements,
    version,
    ping: async () => void readerClient.prepare('select 1').get(),
    pool: () => null,
    close: async () => {
      watcher.close();
      readerClient.close();
      writerClient.close();
    },
  };
}
