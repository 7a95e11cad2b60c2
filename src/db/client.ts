import { type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema.js';

/**
 * The typed database client services write against. It is SQLite's type on both dialects (see
 * ./dialect.ts): services use only what both share.
 */
export type Db = BetterSQLite3Database<typeof schema>;

/** A running transaction: queries go through `db`; effects wait until the commit. */
export interface Transaction {
  readonly db: Db;
  /** Runs after a successful commit (publishing events, logging mail); never after a rollback. */
  afterCommit(effect: () => void): void;
  /**
   * Holds the lock named `key` until the transaction ends: two transactions that take the same
   * lock run one after the other, across every instance (PostgreSQL advisory lock; SQLite already
   * serialises every write). Keys name what is guarded: `account:<id>`, `email:<address>`.
   */
  lock(key: string): Promise<void>;
}

export interface Database {
  readonly dialect: 'sqlite' | 'pg';
  /** Reads outside transactions see only committed data. */
  readonly read: Db;
  /** Runs `work` in one write transaction: all of it commits, or none of it. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** SQL statements executed so far (tests assert on it to catch N+1). */
  readonly statements: { count: number };
  /**
   * A number that changes whenever anything commits to the database, this instance or any other
   * process (an operator's CLI), before the commit's effects run; null where it cannot be read
   * cheaply (PostgreSQL), so nothing read may be kept there.
   */
  version(): number | null;
  /** Resolves when the database answers a trivial query (the readiness check). */
  ping(): Promise<void>;
  /** PostgreSQL's pool now: connections open, idle, and requests waiting for one; null on SQLite. */
  pool(): { total: number; idle: number; waiting: number } | null;
  close(): Promise<void>;
}

/** Where background failures go (the app's logger): they happen after the request that caused them answered. */
export type ErrorLog = (message: string, error: unknown) => void;

/** Runs the effects of a committed transaction: a failing one must not fail the committed change. */
export function runEffects(effects: Array<() => void>, log: ErrorLog) {
  for (const effect of effects) {
    try {
      effect();
    } catch (error) {
      log('after-commit effect failed', error);
    }
  }
}
