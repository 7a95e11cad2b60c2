import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { SettingError } from '../config.js';
import { migrationsFolder } from '../paths.js';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema>;

/** A running transaction: queries go through `db`; effects wait until the commit. */
export interface Transaction {
  readonly db: Db;
  /** Runs after a successful commit (publishing events, logging mail); never after a rollback. */
  afterCommit(effect: () => void): void;
}

export interface Database {
  /** Reads outside transactions see only committed data. */
  readonly read: Db;
  /** Runs `work` in one write transaction: all of it commits, or none of it. Writes are serialised. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** SQL statements executed so far on both connections (tests assert on it to catch N+1). */
  readonly statements: { count: number };
  close(): void;
}

/** `file:./data/roster.db`, `sqlite:./data/roster.db` or a plain path. */
export function sqlitePath(databaseUrl: string): string {
  const path = databaseUrl.replace(/^(file|sqlite):(\/\/)?/, '');
  if (/^[a-z]+:\/\//i.test(databaseUrl) && path === databaseUrl) {
    throw new SettingError('DATABASE_URL', `"${databaseUrl}" is not supported: use a SQLite file path such as file:./data/roster.db`);
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
 * Opens the SQLite file with two connections: one for writes, one for reads. Transactions are
 * async (password hashing and future PostgreSQL drivers await inside them), so a request that reads
 * while another request's transaction is open must not see its uncommitted rows: with WAL, the read
 * connection only ever sees committed data.
 */
export function openDatabase(databaseUrl: string): Database {
  const path = sqlitePath(databaseUrl);
  if (path === ':memory:') throw new SettingError('DATABASE_URL', 'SQLite needs a file: two connections cannot share :memory:');
  const statements = { count: 0 };
  const connect = () => {
    const client = openFile(path, { verbose: () => void statements.count++ });
    client.pragma('journal_mode = WAL');
    client.pragma('foreign_keys = ON');
    client.pragma('busy_timeout = 5000');
    client.pragma('synchronous = NORMAL');
    return client;
  };
  const writerClient = connect();
  const writer = drizzle({ client: writerClient, schema });
  migrate(writer, { migrationsFolder });
  const readerClient = connect();
  const read = drizzle({ client: readerClient, schema });

  let queue: Promise<unknown> = Promise.resolve();
  const transaction = <T>(work: (tx: Transaction) => Promise<T>): Promise<T> => {
    const run = async () => {
      const effects: Array<() => void> = [];
      let result: T;
      writerClient.exec('BEGIN IMMEDIATE');
      try {
        result = await work({ db: writer, afterCommit: (effect) => effects.push(effect) });
        writerClient.exec('COMMIT');
      } catch (error) {
        if (writerClient.inTransaction) writerClient.exec('ROLLBACK');
        throw error;
      }
      // The change is committed: a failing effect must not turn it into an error for the client.
      for (const effect of effects) {
        try {
          effect();
        } catch (error) {
          console.error('after-commit effect failed', error);
        }
      }
      return result;
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    read,
    transaction,
    statements,
    close: () => {
      readerClient.close();
      writerClient.close();
    },
  };
}
